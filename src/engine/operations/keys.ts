// Key lifecycle: CreateKey, DescribeKey, ListKeys, EnableKey, DisableKey, UpdateKeyDescription,
// ScheduleKeyDeletion and CancelKeyDeletion.

import { KmsError } from '../errors';
import { keyArn, uuid } from '../ids';
import { defaultKeyPolicy } from '../keys/default-policy';
import { DAY_MS, keyMetadata, type KeyRecord, type Tag } from '../keys/key-record';
import { validateKeyPolicy } from '../policy/validate-policy';
import { bool, int, required, str, type Shape } from '../shapes';
import { toTrailShape } from '../trail/record';
import { GRANT_TOKENS, KEY_ID, LIMIT, MARKER, loggedParameters, paginate } from './common';
import { TAGS, mergeTags } from './tags';
import { dueNoEarlierThan } from './rotation';
import { defineOperation } from './types';
import { POLICY_TEXT } from './policy-shapes';

/** AWS: customer managed keys per account and Region (adjustable). */
export const KEYS_PER_REGION = 100_000;

const KEY_SPECS = ['RSA_2048', 'RSA_3072', 'RSA_4096', 'ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521', 'ECC_SECG_P256K1', 'SYMMETRIC_DEFAULT', 'HMAC_224', 'HMAC_256', 'HMAC_384', 'HMAC_512', 'SM2', 'ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87', 'ECC_NIST_EDWARDS25519'] as const;



interface CreateKeyInput {
  Policy?: string;
  Description?: string;
  KeyUsage?: string;
  CustomerMasterKeySpec?: string;
  KeySpec?: string;
  Origin?: string;
  CustomKeyStoreId?: string;
  BypassPolicyLockoutSafetyCheck?: boolean;
  Tags?: Tag[];
  MultiRegion?: boolean;
  XksKeyId?: string;
}

const coming = (what: string) =>
  new KmsError('UnsupportedOperationException', `KMS Lab does not simulate ${what} yet; only symmetric encryption keys (SYMMETRIC_DEFAULT) with key material from KMS (AWS_KMS).`);

export const CreateKey = defineOperation({
  name: 'CreateKey',
  action: 'kms:CreateKey',
  readOnly: false,
  mutates: true,
  members: {
    Policy: POLICY_TEXT,
    Description: str({ min: 0, max: 8192 }),
    KeyUsage: str({ enum: ['SIGN_VERIFY', 'ENCRYPT_DECRYPT', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT'] }),
    CustomerMasterKeySpec: str({ enum: KEY_SPECS.slice(0, 13) }),
    KeySpec: str({ enum: KEY_SPECS }),
    Origin: str({ enum: ['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'] }),
    CustomKeyStoreId: str({ min: 1, max: 64 }),
    BypassPolicyLockoutSafetyCheck: bool,
    Tags: TAGS,
    MultiRegion: bool,
    XksKeyId: str({ min: 1, max: 128, pattern: /^[a-zA-Z0-9-_.]+$/ }),
  },
  requestParameters: (input: CreateKeyInput) => ({
    keyUsage: input.KeyUsage ?? 'ENCRYPT_DECRYPT',
    keySpec: input.KeySpec ?? input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT',
    ...(loggedParameters({ ...input, KeyUsage: undefined, KeySpec: undefined, CustomerMasterKeySpec: undefined }) ?? {}),
  }),
  responseElements: (output: { KeyMetadata: Record<string, unknown> }) => toTrailShape(output) as Record<string, unknown>,
  async run(ctx, input: CreateKeyInput) {
    if (input.KeySpec !== undefined && input.CustomerMasterKeySpec !== undefined) {
      throw new KmsError('ValidationException', 'You cannot specify KeySpec and CustomerMasterKeySpec in the same request. CustomerMasterKeySpec is deprecated.');
    }
    const spec = input.KeySpec ?? input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT';
    if (spec !== 'SYMMETRIC_DEFAULT') throw coming(`${spec} keys`);
    if (input.KeyUsage !== undefined && input.KeyUsage !== 'ENCRYPT_DECRYPT') {
      throw new KmsError('ValidationException', `KeyUsage ${input.KeyUsage} is not compatible with KeySpec SYMMETRIC_DEFAULT.`);
    }
    if (input.CustomKeyStoreId !== undefined) {
      throw new KmsError('CustomKeyStoreNotFoundException', `Custom key store '${input.CustomKeyStoreId}' does not exist.`);
    }
    if (input.Origin !== undefined && input.Origin !== 'AWS_KMS') throw coming(`keys with Origin ${input.Origin}`);
    if (input.MultiRegion) throw coming('multi-Region keys');
    if (ctx.view.keys().length >= KEYS_PER_REGION) {
      throw new KmsError('LimitExceededException', `You have reached the quota of ${KEYS_PER_REGION} customer managed keys in this Region.`);
    }
    const policy = input.Policy ?? defaultKeyPolicy(ctx.accountId);
    if (input.Policy !== undefined) {
      validateKeyPolicy(input.Policy, { callerArn: ctx.identity.arn, accountId: ctx.accountId, lockoutCheck: !input.BypassPolicyLockoutSafetyCheck });
    }
    const tags = mergeTags([], input.Tags ?? []);
    const keyId = uuid(ctx.random);
    const arn = keyArn(ctx.region, ctx.accountId, keyId);
    const material = await ctx.hsm({ op: 'GenerateKeyMaterial', keyArn: arn });
    const key: KeyRecord = {
      keyId,
      arn,
      region: ctx.region,
      accountId: ctx.accountId,
      description: input.Description ?? '',
      keyState: 'Enabled',
      creationDate: ctx.now,
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      origin: 'AWS_KMS',
      keyManager: 'CUSTOMER',
      policy,
      tags,
      rotation: { enabled: false, periodInDays: 365 },
      versions: [{ keyMaterialId: material.keyMaterialId, token: material.token, createdAt: ctx.now, origin: 'CREATE' }],
    };
    ctx.noteKey(key, 'key-id');
    ctx.tx.putKey(key);
    return { KeyMetadata: keyMetadata(key) };
  },
});

export const DescribeKey = defineOperation({
  name: 'DescribeKey',
  action: 'kms:DescribeKey',
  readOnly: true,
  mutates: false,
  members: { KeyId: required(KEY_ID), GrantTokens: GRANT_TOKENS },
  requestParameters: (input: { KeyId: string }) => ({ keyId: input.KeyId }),
  run: (ctx, input: { KeyId: string }) => Promise.resolve({ KeyMetadata: keyMetadata(ctx.resolveKey(input.KeyId, { aliases: true })) }),
});

export const ListKeys = defineOperation({
  name: 'ListKeys',
  action: 'kms:ListKeys',
  readOnly: true,
  mutates: false,
  members: { Limit: LIMIT, Marker: MARKER },
  requestParameters: loggedParameters,
  run(ctx, input: { Limit?: number; Marker?: string }) {
    const keys = ctx.view.keys().sort((a, b) => a.creationDate - b.creationDate || (a.keyId < b.keyId ? -1 : 1));
    const { page, truncated, nextMarker } = paginate(keys, input.Limit, input.Marker);
    return Promise.resolve({
      Keys: page.map((key) => ({ KeyId: key.keyId, KeyArn: key.arn })),
      Truncated: truncated,
      ...(nextMarker && { NextMarker: nextMarker }),
    });
  },
});

/** Management operations that take one key by key ID or key ARN (not an alias) and change its record. */
function keyChange<I extends { KeyId: string }>(
  name: string,
  members: Record<string, Shape & { required?: boolean }>,
  change: (key: KeyRecord, input: I, now: number) => KeyRecord,
) {
  return defineOperation({
    name,
    action: `kms:${name}`,
    readOnly: false,
    mutates: true,
    members: { KeyId: required(KEY_ID), ...members },
    requestParameters: loggedParameters,
    run(ctx, input: I) {
      const key = ctx.resolveKey(input.KeyId, { aliases: false });
      ctx.requireState(key);
      ctx.tx.putKey(change(key, input, ctx.now));
      return Promise.resolve({});
    },
  });
}

// SPEC ROT-2: a disabled key was not rotated; if a rotation fell due meanwhile, it happens now, once.
export const EnableKey = keyChange('EnableKey', {}, (key, _input, now) => ({ ...key, keyState: 'Enabled', rotation: dueNoEarlierThan(key.rotation, now) }));
export const DisableKey = keyChange('DisableKey', {}, (key) => ({ ...key, keyState: 'Disabled' }));
export const UpdateKeyDescription = keyChange<{ KeyId: string; Description: string }>(
  'UpdateKeyDescription',
  { Description: required(str({ min: 0, max: 8192 })) },
  (key, input) => ({ ...key, description: input.Description }),
);

interface ScheduleKeyDeletionInput {
  KeyId: string;
  PendingWindowInDays?: number;
}

export const ScheduleKeyDeletion = defineOperation({
  name: 'ScheduleKeyDeletion',
  action: 'kms:ScheduleKeyDeletion',
  readOnly: false,
  mutates: true,
  members: { KeyId: required(KEY_ID), PendingWindowInDays: int(1, 365) },
  requestParameters: loggedParameters,
  responseElements: (output: Record<string, unknown>) => toTrailShape(output) as Record<string, unknown>,
  run(ctx, input: ScheduleKeyDeletionInput) {
    const days = input.PendingWindowInDays ?? 30;
    // The model allows 1–365; the service takes 7–30 (SPEC KEY-3).
    if (days < 7 || days > 30) {
      const bound = days < 7 ? 'greater than or equal to 7' : 'less than or equal to 30';
      throw new KmsError('ValidationException', `1 validation error detected: Value '${days}' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value ${bound}`);
    }
    const key = ctx.resolveKey(input.KeyId, { aliases: false });
    ctx.requireState(key);
    const deletionDate = ctx.now + days * DAY_MS;
    ctx.tx.putKey({ ...key, keyState: 'PendingDeletion', deletionDate, pendingDeletionWindowInDays: days });
    return Promise.resolve({ KeyId: key.arn, DeletionDate: new Date(deletionDate), KeyState: 'PendingDeletion', PendingWindowInDays: days });
  },
});

export const CancelKeyDeletion = defineOperation({
  name: 'CancelKeyDeletion',
  action: 'kms:CancelKeyDeletion',
  readOnly: false,
  mutates: true,
  members: { KeyId: required(KEY_ID) },
  requestParameters: loggedParameters,
  responseElements: (output: Record<string, unknown>) => toTrailShape(output) as Record<string, unknown>,
  run(ctx, input: { KeyId: string }) {
    const key = ctx.resolveKey(input.KeyId, { aliases: false });
    ctx.requireState(key);
    // SPEC KEY-4: a key whose deletion is cancelled comes back Disabled, not Enabled.
    const { deletionDate: _deletionDate, pendingDeletionWindowInDays: _window, ...rest } = key;
    ctx.tx.putKey({ ...rest, keyState: 'Disabled' });
    return Promise.resolve({ KeyId: key.arn });
  },
});

