// ENV-16: cancelling. An AbortSignal stops the work between frames, the call rejects with an Error
// named AbortError, no output is produced, the input stream is released and the data key is wiped.

import { beforeAll, describe, expect, it } from 'vitest';
import { isAllZero } from './bytes';
import { decryptFile, encryptFile, type EnvelopeEvent } from './index';
import { bytesOf, CountingBlob, envelopeWorld, testBytes, type EnvelopeWorld } from './test-harness';
import type { EnvelopeKmsClient } from './data-key';

const F = 4096;
const CONCURRENCY = 4;
let world: EnvelopeWorld;
beforeAll(async () => {
  world = await envelopeWorld();
});

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('Expected the call to be cancelled, but it resolved.');
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('cancel', () => {
  it('ENV-16: encrypt cancelled mid-way rejects with AbortError, reads nothing more, writes no package, and the key is wiped', async () => {
    const controller = new AbortController();
    const events: EnvelopeEvent[] = [];
    const from = world.calls.length;
    const input = new CountingBlob(1000 * F, undefined, (start) => {
      if (start === 10 * F) controller.abort();
    });
    const error = await rejection(
      encryptFile(input, { kms: world.client, keyId: world.keyId, frameSize: F, concurrency: CONCURRENCY, signal: controller.signal, onEvent: (e) => events.push(e) }),
    );
    expect(error.name).toBe('AbortError');
    expect(error.message).toMatch(/cancelled/);
    const slicesAtRejection = input.slices.length;
    expect(slicesAtRejection).toBe(11); // frames 0–10: the abort came while frame 10 was being read
    await tick();
    expect(input.slices.length).toBe(slicesAtRejection);
    expect(events.at(-1)?.type).toBe('cancelled');
    expect(events.map((e) => e.type)).not.toContain('package-written');
    expect(isAllZero(world.calls[from]!.output!.Plaintext as Uint8Array)).toBe(true);
  });

  it('ENV-16: decrypt cancelled mid-way rejects with AbortError and releases no plaintext', async () => {
    const sealed = await encryptFile(testBytes(200 * F), { kms: world.client, keyId: world.keyId, frameSize: F });
    const pkg = await bytesOf(sealed.blob);
    const controller = new AbortController();
    const events: EnvelopeEvent[] = [];
    let frameReads = 0;
    const input = new CountingBlob(pkg.length, (start, end) => pkg.subarray(start, end), (start) => {
      if (start > 0 && ++frameReads === 50) controller.abort();
    });
    const error = await rejection(decryptFile(input, { kms: world.client, signal: controller.signal, onEvent: (e) => events.push(e) }));
    expect(error.name).toBe('AbortError');
    expect(frameReads).toBe(50);
    expect(events.at(-1)?.type).toBe('cancelled');
    expect(events.map((e) => e.type)).not.toContain('package-opened');
  });

  it('ENV-16: an already-aborted signal stops the call before KMS is asked', async () => {
    const from = world.calls.length;
    const error = await rejection(encryptFile(testBytes(10), { kms: world.client, keyId: world.keyId, signal: AbortSignal.abort() }));
    expect(error.name).toBe('AbortError');
    expect(world.calls.length).toBe(from);
  });

  it('ENV-16: a cancel during GenerateDataKey stops before any frame is read, and the returned key is still wiped', async () => {
    const controller = new AbortController();
    let plaintext: Uint8Array | undefined;
    const client: EnvelopeKmsClient = {
      async send(operation, input) {
        const output = await world.kms.send(operation, input);
        plaintext = output.Plaintext as Uint8Array;
        controller.abort();
        return output;
      },
    };
    const input = new CountingBlob(10 * F);
    const error = await rejection(encryptFile(input, { kms: client, keyId: world.keyId, frameSize: F, signal: controller.signal }));
    expect(error.name).toBe('AbortError');
    expect(input.slices).toHaveLength(0);
    expect(isAllZero(plaintext!)).toBe(true);
  });

  it('ENV-16: a cancelled stream read is released (the input stream is cancelled)', async () => {
    const controller = new AbortController();
    let cancelled = false;
    let chunks = 0;
    const input = {
      size: 1000 * F,
      slice: () => {
        throw new Error('unused');
      },
      stream: () =>
        new ReadableStream<Uint8Array>(
          {
            pull(c) {
              if (++chunks === 20) controller.abort();
              c.enqueue(new Uint8Array(F));
            },
            cancel() {
              cancelled = true;
            },
          },
          { highWaterMark: 0 },
        ),
    };
    const error = await rejection(encryptFile(input, { kms: world.client, keyId: world.keyId, frameSize: F, signal: controller.signal }));
    expect(error.name).toBe('AbortError');
    expect(cancelled).toBe(true);
    expect(chunks).toBeLessThanOrEqual(20 + CONCURRENCY);
  });
});
