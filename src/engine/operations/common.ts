// Member shapes and helpers that several operations share.

import { KmsError } from '../errors';
import { decodeCursor, encodeCursor } from '../cursor';
import { bool, list, str, blob, type Shape } from '../shapes';
import { toTrailShape } from '../trail/record';

export const KEY_ID = str({ min: 1, max: 2048 });
export const GRANT_TOKENS = list(str({ min: 1, max: 8192 }), 0, 10);
export const ENCRYPTION_CONTEXT: Shape = { type: 'map', key: str(), value: str() };
export const ENCRYPTION_ALGORITHM = str({ enum: ['SYMMETRIC_DEFAULT', 'RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE'] });
export const DRY_RUN = bool;
export const DRY_RUN_MODIFIERS = list(str({ enum: ['IGNORE_CIPHERTEXT'] }));
export const CIPHERTEXT = blob(1, 6144);
export const LIMIT = { type: 'integer', min: 1, max: 1000 } as const;
export const MARKER = str({ min: 1, max: 1024, pattern: /[\u0020-\u00FF]*/ });
export const RECIPIENT: Shape = { type: 'structure', members: { KeyEncryptionAlgorithm: str(), AttestationDocument: blob(1, 262144) } };

export type EncryptionContextInput = Record<string, string> | undefined;

/** CloudTrail logs the encryption context in the clear, and leaves the member out when there is none. */
export const contextParameter = (name: string, context: EncryptionContextInput) =>
  context && Object.keys(context).length > 0 ? { [name]: context } : {};

/** Everything a management request named, as CloudTrail logs it (lower camel case, no blobs). */
export const loggedParameters = (input: object): Record<string, unknown> | null => {
  const shaped = toTrailShape(input) as Record<string, unknown>;
  return Object.keys(shaped).length > 0 ? shaped : null;
};

/** Only symmetric keys exist so far; AWS refuses asymmetric algorithms on them the same way. */
export function requireSymmetricAlgorithm(algorithm: string | undefined, keyArn: string): void {
  if (algorithm !== undefined && algorithm !== 'SYMMETRIC_DEFAULT') {
    throw new KmsError('InvalidKeyUsageException', `${keyArn} key usage is ENCRYPT_DECRYPT and key spec is SYMMETRIC_DEFAULT, which does not support the ${algorithm} encryption algorithm.`);
  }
}

/** Nitro Enclaves attestation is outside what KMS Lab simulates; refuse it plainly rather than ignore it. */
export function refuseRecipient(recipient: unknown): void {
  if (recipient !== undefined) {
    throw new KmsError('UnsupportedOperationException', 'KMS Lab does not simulate AWS Nitro Enclaves, so the Recipient parameter is not supported.');
  }
}

const MARKER_PREFIX = 'kms-lab-marker';

/** AWS-style pagination: Limit (default `fallback`), an opaque Marker, and Truncated/NextMarker. */
export function paginate<T>(items: readonly T[], limit: number | undefined, marker: string | undefined, fallback = 100) {
  let start = 0;
  if (marker !== undefined) {
    const offset = decodeCursor(MARKER_PREFIX, marker);
    if (offset === null || !/^\d+$/.test(offset) || Number(offset) > items.length) throw new KmsError('InvalidMarkerException', 'Invalid marker');
    start = Number(offset);
  }
  const end = start + (limit ?? fallback);
  const page = items.slice(start, end);
  const truncated = end < items.length;
  return { page, truncated, ...(truncated && { nextMarker: encodeCursor(MARKER_PREFIX, String(end)) }) };
}
