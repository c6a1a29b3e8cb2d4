// The seed claims a flow step can show (shared/reference/seed-claims.md), each restated in a line
// of our own for a legend or a tooltip. Only the claims a flow can actually demonstrate are here.

export const CLAIMS = {
  S3: 'KMS runs in at least three Availability Zones of each Region.',
  S4: 'CloudTrail records every use of a key: who, when, which key, which encryption context, never the data.',
  S6: 'Key material lives in validated HSMs (FIPS 140-3 Level 3 today).',
  S9: 'KMS encrypts at most 4,096 bytes directly; bulk data needs a data key.',
  S10: 'A KMS key generates, encrypts and decrypts data keys; data keys encrypt your data outside KMS.',
  S11: 'KMS keys never leave the HSMs, and KMS neither stores nor uses your data keys.',
  S12: 'GenerateDataKey returns the data key twice: in plaintext and encrypted under the KMS key.',
  S13: 'Encrypt with the plaintext data key, then remove it from memory as soon as you can.',
  S14: 'Store the encrypted data key next to the data it protects.',
  S15: 'To read, Decrypt the encrypted data key through KMS, decrypt locally, then wipe the key again.',
  S18: 'Envelope encryption: a data key encrypts the data, a KMS key encrypts the data key.',
} as const satisfies Record<string, string>;

export type ClaimId = keyof typeof CLAIMS;

export function claimText(id: string): string | undefined {
  return Object.hasOwn(CLAIMS, id) ? CLAIMS[id as ClaimId] : undefined;
}
