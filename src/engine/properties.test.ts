// Properties over random inputs, with pinned seeds (STYLE §7): round trips for any plaintext and
// encryption context (CT-1, CT-3), and any single-bit flip rejected with the right exception and
// never a plaintext (CT-4). A failing seed printed by fast-check belongs in a regression test.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { flipped, newKms, type Fixture, type KeyHandle } from '../testing/fixture';

const SEED = 20_261_129;
const ACCESS_DENIED = 'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.';

// Keys and values drawn from all of Unicode (no lone surrogates), including empty strings.
const contextArb = fc.dictionary(fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 24 }), { maxKeys: 6 });
const plaintextArb = fc.uint8Array({ minLength: 1, maxLength: 4096 });

/** Two contexts are equal for KMS when they hold the same pairs, in any order. */
const sameContext = (a: Record<string, string>, b: Record<string, string>) => {
  const canonical = (c: Record<string, string>) => JSON.stringify(Object.entries(c).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  return canonical(a) === canonical(b);
};

let fixture: Fixture;
let key: KeyHandle;

beforeAll(async () => {
  fixture = await newKms();
  key = await fixture.createKey();
});

describe('properties', () => {
  it('CT-1 CT-3 any plaintext of 1–4,096 bytes under any context decrypts to itself, with the context in any order', async () => {
    await fc.assert(
      fc.asyncProperty(plaintextArb, contextArb, async (plaintext, context) => {
        const { kms } = fixture;
        const { CiphertextBlob } = await kms.send('Encrypt', { KeyId: key.KeyId, Plaintext: plaintext, EncryptionContext: context });
        expect(CiphertextBlob).toHaveLength(plaintext.length + 78);
        const reordered = Object.fromEntries(Object.entries(context).reverse());
        const { Plaintext } = await kms.send('Decrypt', { CiphertextBlob, EncryptionContext: reordered });
        expect(Plaintext).toEqual(plaintext);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('CT-3 a different context never decrypts', async () => {
    await fc.assert(
      fc.asyncProperty(contextArb, contextArb, async (sealed, offered) => {
        fc.pre(!sameContext(sealed, offered));
        const { kms } = fixture;
        const { CiphertextBlob } = await kms.send('Encrypt', { KeyId: key.KeyId, Plaintext: new Uint8Array([1, 2, 3]), EncryptionContext: sealed });
        await expect(kms.send('Decrypt', { CiphertextBlob, EncryptionContext: offered })).rejects.toMatchObject({ name: 'InvalidCiphertextException' });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('CT-4 any single-bit flip is rejected (AccessDeniedException exactly in the key ID field) and never yields plaintext', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 256 }), fc.nat(), contextArb, async (plaintext, bitSeed, context) => {
        const { kms } = fixture;
        const { CiphertextBlob } = (await kms.send('Encrypt', { KeyId: key.KeyId, Plaintext: plaintext, EncryptionContext: context })) as { CiphertextBlob: Uint8Array };
        const bit = bitSeed % (CiphertextBlob.length * 8);
        const altered = flipped(CiphertextBlob, bit >> 3, 1 << (bit & 7));
        const byte = bit >> 3;
        const inKeyId = byte >= 2 && byte < 18;
        const outcome = await kms.send('Decrypt', { CiphertextBlob: altered, EncryptionContext: context }).then(
          (result) => ({ leaked: result }),
          (error: Error) => ({ error }),
        );
        expect(outcome).not.toHaveProperty('leaked');
        const { error } = outcome as { error: Error };
        expect(error.name).toBe(inKeyId ? 'AccessDeniedException' : 'InvalidCiphertextException');
        if (inKeyId) expect(error.message).toBe(ACCESS_DENIED);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
