// The KMS Lab ciphertext blob, version 1. Specified in ../SPEC.md (rules CT-1 … CT-6).
//
//   offset  size  field
//   0       1     format version            0x01
//   1       1     suite                     0x01 = AES-256-GCM under the key version's backing key
//   2       16    key ID                    the KMS key's UUID, as 16 bytes
//   18      32    key material ID           SHA-256 of the key version's exported key token
//   50      12    AES-GCM IV                random for every encryption
//   62      n+16  AES-GCM ciphertext and tag
//
// The 62-byte header is AES-GCM additional data, followed by the encoded encryption context, so a
// change to any header byte or to the context fails authentication.

import { bytesToUuid, uuidToBytes } from '../ids';
import { fromHex, toHex } from './bytes';

export const CIPHERTEXT_VERSION = 0x01;
export const SUITE_AES256_GCM = 0x01;
export const HEADER_LENGTH = 62;
export const TAG_LENGTH = 16;
export const IV_LENGTH = 12;
export const KEY_MATERIAL_ID_LENGTH = 32;

export interface CiphertextHeader {
  keyId: string;
  /** 64 lowercase hex characters, as AWS's KeyMaterialId. */
  keyMaterialId: string;
  iv: Uint8Array;
}

export function encodeHeader(header: CiphertextHeader): Uint8Array {
  const out = new Uint8Array(HEADER_LENGTH);
  out[0] = CIPHERTEXT_VERSION;
  out[1] = SUITE_AES256_GCM;
  out.set(uuidToBytes(header.keyId), 2);
  out.set(fromHex(header.keyMaterialId), 18);
  out.set(header.iv, 50);
  return out;
}

export type ParsedCiphertext =
  | { ok: true; header: CiphertextHeader; headerBytes: Uint8Array; body: Uint8Array }
  | { ok: false; reason: string };

/** Reads the cleartext header. Authenticity is checked later, inside the HSM. */
export function parseCiphertext(blob: Uint8Array): ParsedCiphertext {
  if (blob.length < HEADER_LENGTH + TAG_LENGTH) return { ok: false, reason: `The ciphertext is ${blob.length} bytes, shorter than any KMS Lab ciphertext (${HEADER_LENGTH + TAG_LENGTH}).` };
  if (blob[0] !== CIPHERTEXT_VERSION) return { ok: false, reason: `Unknown ciphertext format version ${blob[0]}.` };
  if (blob[1] !== SUITE_AES256_GCM) return { ok: false, reason: `Unknown ciphertext suite ${blob[1]}.` };
  const headerBytes = blob.subarray(0, HEADER_LENGTH);
  return {
    ok: true,
    headerBytes,
    body: blob.subarray(HEADER_LENGTH),
    header: {
      keyId: bytesToUuid(blob.subarray(2, 18)),
      keyMaterialId: toHex(blob.subarray(18, 50)),
      iv: blob.slice(50, 62),
    },
  };
}
