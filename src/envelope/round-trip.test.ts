// Round trips through the real engine (ENV-7, ENV-9): sizes around frame boundaries, every kind of
// input, encryption contexts, and what a caller sees along the way (events, progress, results).

import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONCURRENCY, DEFAULT_FRAME_SIZE, decryptFile, encryptFile, readPackageHeader, type EnvelopeEvent } from './index';
import { FRAME_OVERHEAD, MAGIC, FORMAT_VERSION } from './format';
import { bytesOf, CountingBlob, envelopeFailure, envelopeWorld, expectSameBytes, testBytes, type EnvelopeWorld } from './test-harness';

const F = 4096;
let world: EnvelopeWorld;

beforeAll(async () => {
  world = await envelopeWorld();
});

/** A Blob-like whose stream() hands out chunks of awkward sizes, to exercise the frame carver. */
function choppyBlob(bytes: Uint8Array, chunkSizes: number[]) {
  return {
    size: bytes.length,
    slice: (start = 0, end = bytes.length) => new Blob([bytes.slice(start, end)]),
    stream() {
      let offset = 0;
      let turn = 0;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (offset >= bytes.length) return controller.close();
          const n = chunkSizes[turn++ % chunkSizes.length]!;
          controller.enqueue(bytes.slice(offset, offset + n));
          offset += n;
        },
      });
    },
  };
}

describe('round trip', () => {
  it.each([
    ['0 bytes', 0],
    ['1 byte', 1],
    ['frame − 1', F - 1],
    ['frame', F],
    ['frame + 1', F + 1],
    ['3 × frame', 3 * F],
  ])('ENV-9: %s round-trips, as bytes and as a Blob, with max(1, ⌈n / frame⌉) frames', async (_, size) => {
    const plaintext = testBytes(size, size + 7);
    for (const input of [plaintext, new Blob([plaintext])]) {
      const sealed = await encryptFile(input, { kms: world.client, keyId: world.keyId, frameSize: F });
      const frames = Math.max(1, Math.ceil(size / F));
      expect(sealed.frameCount).toBe(frames);
      expect(sealed.plaintextBytes).toBe(size);
      expect(sealed.blob.size).toBe(sealed.packageBytes);
      expect(sealed.packageBytes).toBe(sealed.headerBytes + size + frames * FRAME_OVERHEAD);
      const opened = await decryptFile(sealed.blob, { kms: world.client });
      expect(opened.frameCount).toBe(frames);
      expect(opened.plaintextBytes).toBe(size);
      expectSameBytes(await bytesOf(opened.blob), plaintext);
    }
  });

  it('5 MiB round-trips through a File, with 4 KiB frames and through bytes', async () => {
    const plaintext = testBytes(5 * 1024 * 1024, 99);
    const file = new File([plaintext], 'report.pdf', { type: 'application/pdf' });
    const sealed = await encryptFile(file, { kms: world.client, keyId: world.keyId, frameSize: F, concurrency: 8 });
    expect(sealed.frameCount).toBe(1280);
    const opened = await decryptFile(await bytesOf(sealed.blob), { kms: world.client, concurrency: 2 });
    expectSameBytes(await bytesOf(opened.blob), plaintext);
  });

  it('round-trips whatever chunk sizes the input stream delivers', async () => {
    const plaintext = testBytes(5 * F + 123, 5);
    const sealed = await encryptFile(choppyBlob(plaintext, [1000, 7, 9000, 1]), { kms: world.client, keyId: world.keyId, frameSize: F });
    const packageBytes = await bytesOf(sealed.blob);
    const opened = await decryptFile(choppyBlob(packageBytes, [3, 4133, 50_000, 17]), { kms: world.client });
    expectSameBytes(await bytesOf(opened.blob), plaintext);
  });

  it('round-trips a Blob-like input that can only slice (no stream)', async () => {
    const plaintext = testBytes(3 * F + 5, 3);
    const input = new CountingBlob(plaintext.length, (start, end) => plaintext.subarray(start, end));
    const sealed = await encryptFile(input, { kms: world.client, keyId: world.keyId, frameSize: F });
    const packageBytes = await bytesOf(sealed.blob);
    const opened = await decryptFile(new CountingBlob(packageBytes.length, (s, e) => packageBytes.subarray(s, e)), { kms: world.client });
    expectSameBytes(await bytesOf(opened.blob), plaintext);
  });

  it('ENV-4: the default frame size is 256 KiB and the default concurrency 4', async () => {
    const plaintext = testBytes(600 * 1024, 12);
    const sealed = await encryptFile(plaintext, { kms: world.client, keyId: world.keyId });
    expect(sealed).toMatchObject({ frameSize: DEFAULT_FRAME_SIZE, frameCount: 3 });
    expect(DEFAULT_FRAME_SIZE).toBe(256 * 1024);
    expect(DEFAULT_CONCURRENCY).toBe(4);
    expectSameBytes(await bytesOf((await decryptFile(sealed.blob, { kms: world.client })).blob), plaintext);
  });

  it('every frame size from 4 KiB to 4 MiB and every concurrency from 1 to 64 is accepted', async () => {
    const plaintext = testBytes(9000, 11);
    for (const [frameSize, concurrency] of [[4096, 1], [5000, 64], [4 * 1024 * 1024, 3]] as const) {
      const sealed = await encryptFile(plaintext, { kms: world.client, keyId: world.keyId, frameSize, concurrency });
      const opened = await decryptFile(sealed.blob, { kms: world.client, concurrency });
      expectSameBytes(await bytesOf(opened.blob), plaintext);
    }
  });
});

describe('the header', () => {
  it('ENV-1: a package starts with "KMSLAB" and format version 1', async () => {
    const sealed = await encryptFile(testBytes(10), { kms: world.client, keyId: world.keyId, frameSize: F });
    const bytes = await bytesOf(sealed.blob);
    expect(bytes.subarray(0, 6)).toEqual(MAGIC);
    expect(bytes[6]).toBe(FORMAT_VERSION);
  });

  it('ENV-2: records the key ARN (also when encrypting with an alias), the encrypted data key, the context and the frame size', async () => {
    await world.kms.send('CreateAlias', { AliasName: 'alias/reports', TargetKeyId: world.keyId });
    const context = { department: 'finance', 'schlüssel': 'wert ✓', '': 'empty key' };
    const sealed = await encryptFile(testBytes(100), { kms: world.client, keyId: 'alias/reports', encryptionContext: context, frameSize: 5000 });
    const header = await readPackageHeader(sealed.blob);
    expect(header).toMatchObject({ version: 1, keyArn: world.keyArn, encryptionContext: context, frameSize: 5000, frameCount: 1, headerBytes: sealed.headerBytes });
    expect(header.encryptedDataKey).toEqual(sealed.encryptedDataKey);
    expect(sealed.keyArn).toBe(world.keyArn);
    const opened = await decryptFile(sealed.blob, { kms: world.client, encryptionContext: { ...context } });
    expect(opened.encryptionContext).toEqual(context);
    expect(opened.keyArn).toBe(world.keyArn);
  });

  it('ENV-13: decrypt pins the caller\'s keyId when given, so a package from another key is refused by KMS', async () => {
    const sealed = await encryptFile(testBytes(100), { kms: world.client, keyId: world.keyId, frameSize: F });
    await expect(decryptFile(sealed.blob, { kms: world.client, keyId: world.keyArn })).resolves.toBeDefined();
    const { KeyMetadata } = (await world.kms.send('CreateKey', {})) as { KeyMetadata: { KeyId: string } };
    const refused = await envelopeFailure(decryptFile(sealed.blob, { kms: world.client, keyId: KeyMetadata.KeyId }), 'KMS_DECRYPT_FAILED');
    expect(refused.kmsErrorName).toBe('IncorrectKeyException');
  });
});

describe('what a caller sees', () => {
  it('encrypt events: one data key, the wipe, the header, summarised frames, the package', async () => {
    const events: EnvelopeEvent[] = [];
    const progress: number[] = [];
    const size = 1280 * F;
    await encryptFile(testBytes(size), {
      kms: world.client,
      keyId: world.keyId,
      frameSize: F,
      onEvent: (event) => events.push(event),
      onProgress: ({ bytesDone, bytesTotal }) => {
        expect(bytesTotal).toBe(size);
        progress.push(bytesDone);
      },
    });
    const types = events.map((event) => event.type).filter((type, i, all) => type !== all[i - 1]);
    expect(types).toEqual(['data-key-generated', 'data-key-wiped', 'header-written', 'frames-sealed', 'package-written']);
    expect(events.every((event) => event.mode === 'encrypt')).toBe(true);
    const sealedEvents = events.filter((event) => event.type === 'frames-sealed');
    expect(sealedEvents.length).toBeGreaterThan(10);
    expect(sealedEvents.length).toBeLessThanOrEqual(101);
    expect(sealedEvents.at(-1)).toMatchObject({ framesDone: 1280, frameCount: 1280, bytesDone: size, bytesTotal: size });
    expect(progress.length).toBe(sealedEvents.length);
    expect(progress.at(-1)).toBe(size);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(events[0]).toMatchObject({ type: 'data-key-generated', keyArn: world.keyArn, plaintextKeyBytes: 32 });
    expect(JSON.stringify(events.filter((event) => event.type !== 'data-key-wiped'))).not.toMatch(/Plaintext|"buffer"/);
  });

  it('decrypt events: one data key, the wipe, the verified header, summarised frames, the opened package', async () => {
    const sealed = await encryptFile(testBytes(0), { kms: world.client, keyId: world.keyId, frameSize: F });
    const events: EnvelopeEvent[] = [];
    const progress: number[] = [];
    await decryptFile(sealed.blob, { kms: world.client, onEvent: (event) => events.push(event), onProgress: (p) => progress.push(p.bytesDone) });
    expect(events.map((event) => event.type)).toEqual(['data-key-decrypted', 'data-key-wiped', 'header-verified', 'frames-opened', 'package-opened']);
    expect(progress).toEqual([sealed.packageBytes]);
  });

  it('a listener that throws does not break the run it watches', async () => {
    const sealed = await encryptFile(testBytes(3 * F), {
      kms: world.client,
      keyId: world.keyId,
      frameSize: F,
      onEvent: () => {
        throw new Error('observer bug');
      },
      onProgress: () => {
        throw new Error('observer bug');
      },
    });
    expect(sealed.frameCount).toBe(3);
  });

  it.each([
    ['frame size below 4 KiB', { frameSize: 4095 }],
    ['frame size above 4 MiB', { frameSize: 4 * 1024 * 1024 + 1 }],
    ['fractional frame size', { frameSize: 4096.5 }],
    ['concurrency 0', { concurrency: 0 }],
    ['concurrency 65', { concurrency: 65 }],
    ['no key', { keyId: '' }],
    ['context value not a string', { encryptionContext: { a: 1 as unknown as string } }],
    ['context with a lone surrogate', { encryptionContext: { a: '\ud800' } }],
    ['context over 8 KiB', { encryptionContext: { big: 'x'.repeat(8200) } }],
  ])('Precondition: encrypt refuses a bad argument (%s) before calling KMS', async (_, bad) => {
    const before = world.calls.length;
    await envelopeFailure(encryptFile(testBytes(10), { kms: world.client, keyId: world.keyId, ...bad }), 'INVALID_ARGUMENT');
    expect(world.calls.length).toBe(before);
  });

  it('Precondition: the input is a Blob, a File, a Blob-like object or a Uint8Array', async () => {
    await envelopeFailure(encryptFile('hello' as unknown as Blob, { kms: world.client, keyId: world.keyId }), 'INVALID_ARGUMENT');
    await envelopeFailure(decryptFile({} as unknown as Blob, { kms: world.client }), 'INVALID_ARGUMENT');
  });

  it('READ_FAILED: an input that returns fewer bytes than asked (a file changed while reading) fails the run', async () => {
    const shrinking = new CountingBlob(3 * F, (start, end) => new Uint8Array(Math.max(0, Math.min(end, 2 * F) - start)));
    const failure = await envelopeFailure(encryptFile(shrinking, { kms: world.client, keyId: world.keyId, frameSize: F }), 'READ_FAILED');
    expect(failure.message).toMatch(/did the file change/);
  });
});
