import type { AnyOperation } from './types';
import { Decrypt, Encrypt, GenerateDataKey, GenerateDataKeyWithoutPlaintext, GenerateRandom, ReEncrypt } from './crypto';
import { CancelKeyDeletion, CreateKey, DescribeKey, DisableKey, EnableKey, ListKeys, ScheduleKeyDeletion, UpdateKeyDescription } from './keys';
import { CreateAlias, DeleteAlias, ListAliases, UpdateAlias } from './aliases';
import { DisableKeyRotation, EnableKeyRotation, GetKeyRotationStatus, ListKeyRotations, RotateKeyOnDemand } from './rotation';
import { GetKeyPolicy, ListKeyPolicies, ListResourceTags, PutKeyPolicy, TagResource, UntagResource } from './tags';

/** Every KMS operation the engine implements, by AWS name. */
export const OPERATIONS: ReadonlyMap<string, AnyOperation> = new Map(
  [
    CreateKey, DescribeKey, ListKeys, UpdateKeyDescription, EnableKey, DisableKey, ScheduleKeyDeletion, CancelKeyDeletion,
    Encrypt, Decrypt, ReEncrypt, GenerateDataKey, GenerateDataKeyWithoutPlaintext, GenerateRandom,
    CreateAlias, UpdateAlias, DeleteAlias, ListAliases,
    EnableKeyRotation, DisableKeyRotation, GetKeyRotationStatus, RotateKeyOnDemand, ListKeyRotations,
    TagResource, UntagResource, ListResourceTags, GetKeyPolicy, PutKeyPolicy, ListKeyPolicies,
  ].map((operation) => [operation.name, operation]),
);
