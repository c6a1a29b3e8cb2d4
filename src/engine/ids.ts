import type { Random } from './ports';
import { toHex } from './crypto/bytes';

export const KEY_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A UUID v4 drawn from the engine's Random port (so seeded runs give the same key IDs). */
export function uuid(random: Random): string {
  const b = random.fill(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = toHex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function uuidToBytes(id: string): Uint8Array {
  const hex = id.replaceAll('-', '');
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function bytesToUuid(bytes: Uint8Array): string {
  const h = toHex(bytes);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const keyArn = (region: string, accountId: string, keyId: string) => `arn:aws:kms:${region}:${accountId}:key/${keyId}`;
export const aliasArn = (region: string, accountId: string, aliasName: string) =>
  `arn:aws:kms:${region}:${accountId}:${aliasName}`;

export interface ParsedKmsArn {
  region: string;
  accountId: string;
  resourceType: 'key' | 'alias';
  /** The key ID, or the alias name including its `alias/` prefix. */
  resource: string;
}

const KMS_ARN = /^arn:aws:kms:([a-z0-9-]+):(\d{12}):(key\/.+|alias\/.+)$/;

export function parseKmsArn(arn: string): ParsedKmsArn | null {
  const match = KMS_ARN.exec(arn);
  if (!match) return null;
  const resource = match[3]!;
  return resource.startsWith('key/')
    ? { region: match[1]!, accountId: match[2]!, resourceType: 'key', resource: resource.slice(4) }
    : { region: match[1]!, accountId: match[2]!, resourceType: 'alias', resource };
}
