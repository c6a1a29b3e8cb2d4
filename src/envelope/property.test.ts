// Properties with pinned seeds (STYLE §7): any round trip holds, and any single-byte change anywhere
// in a package — header, encrypted data key, context, any frame field — is rejected with an
// EnvelopeError, never answered with plaintext.

import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { decryptFile, encryptFile, EnvelopeError } from './index';
import { bytesOf, envelopeWorld, expectSameBytes, flipped, type EnvelopeWorld } from './test-harness';

const F = 4096;
let world: EnvelopeWorld;
beforeAll(async () => {
  world = await envelopeWorld();
});

async function rejectsWithEnvelopeError(bytes: Uint8Array, what: string): Promise<void> {
  let error: unknown;
  try {
    const opened = await decryptFile(bytes, { kms: world.client });
    throw new Error(`${what}: the damaged package opened (${opened.plaintextBytes} bytes)`);
  } catch (caught) {
    error = caught;
  }
  expect(error, what).toBeInstanceOf(EnvelopeError);
}

const context = fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 12 }), { maxKeys: 3 });

it('property: every package round-trips, whatever its size, frame size, concurrency and context', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 0, max: 4 * F }),
      fc.integer({ min: F, max: 3 * F }),
      fc.integer({ min: 1, max: 8 }),
      context,
      fc.integer(),
      async (size, frameSize, concurrency, encryptionContext, seed) => {
        const plaintext = new Uint8Array(size).map((_, i) => (i * 31 + seed) & 0xff);
        const sealed = await encryptFile(plaintext, { kms: world.client, keyId: world.keyId, frameSize, concurrency, encryptionContext });
        const opened = await decryptFile(sealed.blob, { kms: world.client, concurrency, encryptionContext });
        expectSameBytes(await bytesOf(opened.blob), plaintext);
      },
    ),
    { seed: 20261129, numRuns: 60 },
  );
});

it('property: any single-byte change anywhere in a package of random size is rejected', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 0, max: 3 * F + 100 }),
      context,
      fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      fc.integer({ min: 1, max: 255 }),
      async (size, encryptionContext, where, mask) => {
        const sealed = await encryptFile(new Uint8Array(size).fill(0x5a), { kms: world.client, keyId: world.keyId, frameSize: F, encryptionContext });
        const pkg = await bytesOf(sealed.blob);
        const at = Math.floor(where * pkg.length);
        await rejectsWithEnvelopeError(flipped(pkg, at, mask), `byte ${at} of ${pkg.length} ^ 0x${mask.toString(16)}`);
      },
    ),
    { seed: 5, numRuns: 150 },
  );
});

it('exhaustive: every header byte, and the fixed fields and tag of every frame, changed one at a time, is rejected', async () => {
  const sealed = await encryptFile(new Uint8Array(F + 10).fill(1), { kms: world.client, keyId: world.keyId, frameSize: F, encryptionContext: { k: 'v' } });
  const pkg = await bytesOf(sealed.blob);
  const second = sealed.headerBytes + F + 37;
  const positions = [
    ...Array.from({ length: sealed.headerBytes }, (_, i) => i),
    ...Array.from({ length: 21 }, (_, i) => sealed.headerBytes + i), // frame 1: sequence, kind, length, IV
    ...Array.from({ length: 16 }, (_, i) => second - 16 + i), // frame 1: tag
    ...Array.from({ length: pkg.length - second }, (_, i) => second + i), // frame 2 (final): all of it
  ];
  for (const at of positions) await rejectsWithEnvelopeError(flipped(pkg, at, 0x80), `byte ${at}`);
});
