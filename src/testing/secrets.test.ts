// The secret search must find what it looks for, or every "no secret here" test passes vacuously.

import { describe, expect, it } from 'vitest';
import { toBase64 } from '../engine/index';
import { toHex } from '../engine/crypto/bytes';
import { containsBytes, findSecrets, textForms } from './secrets';

const secret = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 0xff);

describe('findSecrets', () => {
  it('finds the raw bytes inside a larger buffer, deep in a value', () => {
    const buffer = new Uint8Array(100);
    buffer.set(secret, 41);
    expect(containsBytes(buffer, secret)).toBe(true);
    expect(findSecrets({ a: [{ b: buffer }] }, [secret])).toEqual([{ path: '$.a.0.b', what: 'bytes', secret: 0 }]);
  });

  it('finds hex in either case and base64 at every alignment inside longer text', () => {
    for (const prefix of [0, 1, 2, 5]) {
      const wrapped = new Uint8Array([...new Uint8Array(prefix).fill(9), ...secret, 1, 2, 3]);
      expect(findSecrets({ text: `x${toBase64(wrapped)}y` }, [secret]), `prefix ${prefix}`).toHaveLength(1);
    }
    expect(findSecrets([toHex(secret).toUpperCase()], [secret])).toEqual([{ path: '$.0', what: 'text', secret: 0 }]);
  });

  it('reports CryptoKeys, and nothing in unrelated values', async () => {
    const key = await globalThis.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt']);
    expect(findSecrets({ key }, [secret])).toEqual([{ path: '$.key', what: 'CryptoKey', secret: -1 }]);
    const unrelated = globalThis.crypto.getRandomValues(new Uint8Array(256));
    expect(findSecrets({ unrelated, text: toBase64(unrelated), hex: toHex(unrelated) }, [secret])).toEqual([]);
  });

  it('refuses to hunt for secrets so short that random text would match them', () => {
    expect(() => textForms(new Uint8Array(8))).toThrow(RangeError);
  });
});
