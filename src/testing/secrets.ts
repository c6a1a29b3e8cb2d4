// Looking for secrets where they must not be: a secret's raw bytes inside any Uint8Array, and its hex
// or base64 inside any string, anywhere in a value (HSM messages, storage batches, trail records,
// events). CryptoKeys are reported too, since no message or record may carry one.

import { toBase64, toHex } from '../engine/crypto/bytes';

/** Whether `needle` occurs as a contiguous run inside `haystack`. */
export function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  const first = needle[0]!;
  outer: for (let i = haystack.indexOf(first); i !== -1 && i <= haystack.length - needle.length; i = haystack.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Text forms a secret takes inside a longer string: hex in either case, and base64. A secret inside a
 * larger buffer is base64-encoded at one of three alignments, so we search for the encoding of the
 * secret from each of its first three bytes, cut to whole 3-byte groups; one of them is always there.
 */
export function textForms(secret: Uint8Array): string[] {
  // Shorter secrets would match random text by chance; every secret a test hunts for is 16+ bytes.
  if (secret.length < 16) throw new RangeError(`Search for secrets of 16 bytes or more (got ${secret.length}).`);
  const forms = [toHex(secret), toHex(secret).toUpperCase()];
  for (let skip = 0; skip < 3; skip++) {
    const groups = Math.floor((secret.length - skip) / 3);
    forms.push(toBase64(secret.subarray(skip, skip + groups * 3)));
  }
  return forms;
}

export interface Finding {
  path: string;
  what: 'bytes' | 'text' | 'CryptoKey';
  secret: number;
}

/** Every place in `value` where one of `secrets` (or a CryptoKey) appears. */
export function findSecrets(value: unknown, secrets: readonly Uint8Array[]): Finding[] {
  const forms = secrets.map(textForms);
  const findings: Finding[] = [];
  const seen = new Set<object>();
  const walk = (item: unknown, path: string) => {
    if (typeof item === 'string') {
      forms.forEach((texts, secret) => {
        if (texts.some((text) => item.includes(text))) findings.push({ path, what: 'text', secret });
      });
      return;
    }
    if (item === null || typeof item !== 'object' || seen.has(item)) return;
    seen.add(item);
    if (typeof CryptoKey !== 'undefined' && item instanceof CryptoKey) {
      findings.push({ path, what: 'CryptoKey', secret: -1 });
      return;
    }
    if (item instanceof Uint8Array) {
      secrets.forEach((secret, index) => {
        if (containsBytes(item, secret)) findings.push({ path, what: 'bytes', secret: index });
      });
      return;
    }
    if (item instanceof Map) {
      for (const [key, entry] of item) walk(entry, `${path}.get(${String(key)})`);
      return;
    }
    for (const [key, entry] of Object.entries(item)) walk(entry, `${path}.${key}`);
  };
  walk(value, '$');
  return findings;
}

/** Every Uint8Array inside `value`, with its path. */
export function byteArraysIn(value: unknown): Array<{ path: string; bytes: Uint8Array }> {
  const found: Array<{ path: string; bytes: Uint8Array }> = [];
  const walk = (item: unknown, path: string) => {
    if (item instanceof Uint8Array) found.push({ path, bytes: item });
    else if (item && typeof item === 'object') for (const [key, entry] of Object.entries(item)) walk(entry, `${path}.${key}`);
  };
  walk(value, '$');
  return found;
}
