// The member order of each response structure in the service models (botocore's kms 2014-11-01
// and cloudtrail 2013-11-01 service-2.json). The CLI builds its output by walking the output shape,
// so JSON keys come in model order whatever order the service sent them in; we do the same.

/** A structure's members in model order; 0 for a scalar (or a list of scalars). */
export interface Order {
  [member: string]: Order | 0;
}

const KEY_METADATA: Order = { AWSAccountId: 0, KeyId: 0, Arn: 0, CreationDate: 0, Enabled: 0, Description: 0, KeyUsage: 0, KeyState: 0, DeletionDate: 0, ValidTo: 0, Origin: 0, CustomKeyStoreId: 0, CloudHsmClusterId: 0, ExpirationModel: 0, KeyManager: 0, CustomerMasterKeySpec: 0, KeySpec: 0, EncryptionAlgorithms: 0, SigningAlgorithms: 0, KeyAgreementAlgorithms: 0, MultiRegion: 0, MultiRegionConfiguration: { MultiRegionKeyType: 0, PrimaryKey: { Arn: 0, Region: 0 }, ReplicaKeys: { Arn: 0, Region: 0 } }, PendingDeletionWindowInDays: 0, MacAlgorithms: 0, XksKeyConfiguration: { Id: 0 }, CurrentKeyMaterialId: 0 };

export const OUTPUT_ORDER: Record<string, Order> = {
  CreateKey: { KeyMetadata: KEY_METADATA },
  DescribeKey: { KeyMetadata: KEY_METADATA },
  ListKeys: { Keys: { KeyId: 0, KeyArn: 0 }, NextMarker: 0, Truncated: 0 },
  ScheduleKeyDeletion: { KeyId: 0, DeletionDate: 0, KeyState: 0, PendingWindowInDays: 0 },
  CancelKeyDeletion: { KeyId: 0 },
  Encrypt: { CiphertextBlob: 0, KeyId: 0, EncryptionAlgorithm: 0 },
  Decrypt: { KeyId: 0, Plaintext: 0, EncryptionAlgorithm: 0, CiphertextForRecipient: 0, KeyMaterialId: 0 },
  ReEncrypt: { CiphertextBlob: 0, SourceKeyId: 0, KeyId: 0, SourceEncryptionAlgorithm: 0, DestinationEncryptionAlgorithm: 0, SourceKeyMaterialId: 0, DestinationKeyMaterialId: 0 },
  GenerateDataKey: { CiphertextBlob: 0, Plaintext: 0, KeyId: 0, CiphertextForRecipient: 0, KeyMaterialId: 0 },
  GenerateDataKeyWithoutPlaintext: { CiphertextBlob: 0, KeyId: 0, KeyMaterialId: 0 },
  GenerateRandom: { Plaintext: 0, CiphertextForRecipient: 0 },
  ListAliases: { Aliases: { AliasName: 0, AliasArn: 0, TargetKeyId: 0, CreationDate: 0, LastUpdatedDate: 0 }, NextMarker: 0, Truncated: 0 },
  GetKeyRotationStatus: { KeyRotationEnabled: 0, KeyId: 0, RotationPeriodInDays: 0, NextRotationDate: 0, OnDemandRotationStartDate: 0 },
  RotateKeyOnDemand: { KeyId: 0 },
  ListKeyRotations: { Rotations: { KeyId: 0, KeyMaterialId: 0, KeyMaterialDescription: 0, ImportState: 0, KeyMaterialState: 0, ExpirationModel: 0, ValidTo: 0, RotationDate: 0, RotationType: 0 }, NextMarker: 0, Truncated: 0 },
  ListResourceTags: { Tags: { TagKey: 0, TagValue: 0 }, NextMarker: 0, Truncated: 0 },
  GetKeyPolicy: { Policy: 0, PolicyName: 0 },
  ListKeyPolicies: { PolicyNames: 0, NextMarker: 0, Truncated: 0 },
  LookupEvents: { Events: { EventId: 0, EventName: 0, ReadOnly: 0, AccessKeyId: 0, EventTime: 0, EventSource: 0, Username: 0, Resources: { ResourceType: 0, ResourceName: 0 }, CloudTrailEvent: 0 }, NextToken: 0 },
};

/** `value` with its keys in model order; members the model does not know keep the service's order after them. */
export function inModelOrder(value: unknown, order: Order | 0 | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => inModelOrder(item, order));
  if (typeof value !== 'object' || value === null || order === 0 || order === undefined) return value;
  const record = value as Record<string, unknown>;
  const known = Object.keys(order).filter((key) => Object.hasOwn(record, key));
  const rest = Object.keys(record).filter((key) => !Object.hasOwn(order, key));
  const out: Record<string, unknown> = {};
  for (const key of [...known, ...rest]) {
    Object.defineProperty(out, key, { value: inModelOrder(record[key], order[key]), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
