// Request ids for x-amzn-requestid. The wire adapter makes the id and hands it to kms.send, so the
// header the caller sees and CloudTrail's requestID are the same.

/**
 * A UUID v4. `crypto.randomUUID` exists only in secure contexts in browsers (a page served over plain
 * http from a LAN address lacks it), while `getRandomValues` exists everywhere, so fall back to it.
 */
export function newRequestId(): string {
  const webCrypto = globalThis.crypto;
  if (typeof webCrypto.randomUUID === 'function') return webCrypto.randomUUID();
  const bytes = webCrypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
