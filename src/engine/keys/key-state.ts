// Which operations a key accepts in each key state, from AWS's key-state table
// (developer guide "Key states of AWS KMS keys"; ../../../../shared/reference/kms-api.md §3).
// Rows cover the operations KMS Lab implements and the states a symmetric AWS_KMS key can reach.

import { kmsErrors, type KmsError } from '../errors';
import type { KeyRecord, KeyState } from './key-record';

type Rule = 'ok' | 'disabled' | 'pending-deletion' | 'not-pending-deletion';

const CRYPTO: Partial<Record<KeyState, Rule>> = { Disabled: 'disabled', PendingDeletion: 'pending-deletion' };
const MANAGE: Partial<Record<KeyState, Rule>> = { PendingDeletion: 'pending-deletion' };
const ANY: Partial<Record<KeyState, Rule>> = {};

/** Per operation, the states that refuse it (any state not listed accepts it). */
const REFUSALS: Record<string, Partial<Record<KeyState, Rule>>> = {
  Encrypt: CRYPTO,
  Decrypt: CRYPTO,
  ReEncrypt: CRYPTO,
  GenerateDataKey: CRYPTO,
  GenerateDataKeyWithoutPlaintext: CRYPTO,
  EnableKey: MANAGE,
  DisableKey: MANAGE,
  UpdateKeyDescription: MANAGE,
  TagResource: MANAGE,
  UntagResource: MANAGE,
  CreateAlias: MANAGE,
  ScheduleKeyDeletion: MANAGE,
  CancelKeyDeletion: { Enabled: 'not-pending-deletion', Disabled: 'not-pending-deletion' },
  EnableKeyRotation: CRYPTO,
  DisableKeyRotation: CRYPTO,
  RotateKeyOnDemand: CRYPTO,
  // UpdateAlias: only the destination key is checked (a source pending deletion is fine).
  UpdateAlias: MANAGE,
  DescribeKey: ANY,
  GetKeyPolicy: ANY,
  PutKeyPolicy: ANY,
  ListKeyPolicies: ANY,
  ListResourceTags: ANY,
  GetKeyRotationStatus: ANY,
  ListKeyRotations: ANY,
  DeleteAlias: ANY,
  ListAliases: ANY,
};

/** The error a key in its current state gives for `operation`, or null when the state allows it. */
export function stateRefusal(operation: string, key: KeyRecord): KmsError | null {
  const rule = (REFUSALS[operation] ?? ANY)[key.keyState] ?? 'ok';
  switch (rule) {
    case 'ok':
      return null;
    case 'disabled':
      return kmsErrors.disabled(key.arn);
    case 'pending-deletion':
      return kmsErrors.pendingDeletion(key.arn);
    case 'not-pending-deletion':
      return kmsErrors.notPendingDeletion(key.arn);
  }
}
