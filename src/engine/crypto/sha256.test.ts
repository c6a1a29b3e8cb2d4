import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex, utf8 } from './bytes';
import { sha256Hex } from './sha256';

const webCrypto = async (text: string) => toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(text))));

describe('sha256Hex', () => {
  it('TRAIL-4 matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('TRAIL-4 agrees with WebCrypto on every length around the block boundaries', async () => {
    for (let length = 0; length <= 200; length++) {
      const text = Array.from({ length }, (_, i) => String.fromCharCode(32 + ((i * 31 + length) % 95))).join('');
      expect(sha256Hex(text)).toBe(await webCrypto(text));
    }
  });

  it('TRAIL-4 agrees with WebCrypto (over TextEncoder) on random text: 2-, 3- and 4-byte UTF-8 and lone surrogates', async () => {
    expect(sha256Hex('é€😀')).toBe(await webCrypto('é€😀'));
    expect(sha256Hex('\ud800x\udc00')).toBe(await webCrypto('\ud800x\udc00'));
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 3000 }), async (text) => {
        expect(sha256Hex(text)).toBe(await webCrypto(text));
      }),
      { seed: 180_4, numRuns: 200 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)), maxLength: 40 }), async (text) => {
        expect(sha256Hex(text)).toBe(await webCrypto(text));
      }),
      { seed: 180_5, numRuns: 100 },
    );
  });

  it('hashes a long text after a short one, and a short one after a long one, independently', async () => {
    const long = 'x'.repeat(20_000);
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(long)).toBe(await webCrypto(long));
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
