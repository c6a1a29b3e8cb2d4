// What KMS stores for a key: metadata, policy, tags, rotation settings and the exported key tokens of
// every key version (never the key material itself).

export type KeyState =
  | 'Creating'
  | 'Enabled'
  | 'Disabled'
  | 'PendingDeletion'
  | 'PendingReplicaDeletion'
  | 'PendingImport'
  | 'Unavailable'
  | 'Updating';

export interface KeyVersion {
  /** 64 hex characters: SHA-256 of the exported key token. */
  keyMaterialId: string;
  /** The backing key wrapped under the Region's domain key (see hsm/core.ts). */
  token: Uint8Array;
  createdAt: number;
  /** How this version came to be: the first material, or a rotation. */
  origin: 'CREATE' | 'AUTOMATIC' | 'ON_DEMAND';
}

export interface Tag {
  TagKey: string;
  TagValue: string;
}

export interface KeyRecord {
  keyId: string;
  arn: string;
  region: string;
  accountId: string;
  description: string;
  keyState: KeyState;
  creationDate: number;
  keySpec: 'SYMMETRIC_DEFAULT';
  keyUsage: 'ENCRYPT_DECRYPT';
  origin: 'AWS_KMS';
  keyManager: 'CUSTOMER' | 'AWS';
  deletionDate?: number;
  pendingDeletionWindowInDays?: number;
  policy: string;
  tags: Tag[];
  rotation: {
    enabled: boolean;
    periodInDays: number;
    /** When automatic rotation is next due (epoch ms); set only while rotation is enabled. */
    nextRotationDate?: number;
  };
  /** Oldest first; the last one is current. */
  versions: KeyVersion[];
}

export interface AliasRecord {
  aliasName: string;
  region: string;
  targetKeyId: string;
  creationDate: number;
  lastUpdatedDate: number;
}

export const currentVersion = (key: KeyRecord): KeyVersion => key.versions[key.versions.length - 1]!;

export const DAY_MS = 24 * 60 * 60 * 1000;

/** KeyMetadata exactly as the API returns it (timestamps as Date). */
export function keyMetadata(key: KeyRecord): Record<string, unknown> {
  return {
    AWSAccountId: key.accountId,
    KeyId: key.keyId,
    Arn: key.arn,
    CreationDate: new Date(key.creationDate),
    Enabled: key.keyState === 'Enabled',
    Description: key.description,
    KeyUsage: key.keyUsage,
    KeyState: key.keyState,
    ...(key.deletionDate !== undefined && { DeletionDate: new Date(key.deletionDate) }),
    // PendingDeletionWindowInDays appears only for a multi-Region primary in PendingReplicaDeletion
    // (API reference, KeyMetadata); a single-Region key shows its DeletionDate instead.
    Origin: key.origin,
    KeyManager: key.keyManager,
    CustomerMasterKeySpec: key.keySpec,
    KeySpec: key.keySpec,
    EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
    MultiRegion: false,
    CurrentKeyMaterialId: currentVersion(key).keyMaterialId,
  };
}
