import { KmsError } from '../errors';
import { utf8 } from './bytes';

/** A lone UTF-16 surrogate: text that has no UTF-8 form, which TextEncoder would turn into U+FFFD. */
const LONE_SURROGATE = /\p{Surrogate}/u;

export type EncryptionContext = Record<string, string>;

/**
 * The canonical bytes of an encryption context, bound into AES-GCM as additional authenticated data.
 * Pairs are sorted by the UTF-8 bytes of their keys, so order never matters, and every string is
 * length-prefixed, so no two different contexts encode alike ({"a":"bc"} vs {"ab":"c"}).
 * Layout: count (u16 BE), then per pair: key length (u16 BE), key, value length (u16 BE), value.
 */
export function encodeEncryptionContext(context: EncryptionContext | undefined): Uint8Array {
  const entries = Object.entries(context ?? {});
  // Two contexts that differ only in ill-formed text would encode alike; refuse them instead (CT-3).
  if (entries.some(([key, value]) => LONE_SURROGATE.test(key) || LONE_SURROGATE.test(value))) {
    throw new KmsError('ValidationException', 'Encryption context keys and values must be well-formed Unicode text.');
  }
  const pairs = entries
    .map(([key, value]) => [utf8(key), utf8(value)] as const)
    .sort(([a], [b]) => compareBytes(a, b));
  let length = 2;
  for (const [key, value] of pairs) length += 4 + key.length + value.length;
  const out = new Uint8Array(length);
  const view = new DataView(out.buffer);
  view.setUint16(0, pairs.length);
  let offset = 2;
  for (const [key, value] of pairs) {
    view.setUint16(offset, key.length);
    out.set(key, offset + 2);
    offset += 2 + key.length;
    view.setUint16(offset, value.length);
    out.set(value, offset + 2);
    offset += 2 + value.length;
  }
  return out;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
