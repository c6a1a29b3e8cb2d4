// Text and byte helpers for the panel: what a learner types is UTF-8 text, what KMS takes is bytes.

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export const ENCRYPT_PLAINTEXT_LIMIT = 4096;

export const utf8Bytes = (text: string): Uint8Array => encoder.encode(text);

/** The text the bytes spell, or null when they are not UTF-8 (the panel then shows base64). */
export function textOf(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

const NUMBER = new Intl.NumberFormat('en-US');
export const formatCount = (n: number): string => NUMBER.format(n);

/** The key ID part of a key ARN, shortened for tight spaces (the full one is in the JSON). */
export function shortKeyId(arnOrId: string): string {
  const id = arnOrId.slice(arnOrId.lastIndexOf('/') + 1);
  return id.length > 13 ? `${id.slice(0, 8)}…` : id;
}
