// ENV-17: memory is bounded by construction, not by luck. A 64 MiB input is made lazily, slice by
// slice, and every read is checked against what has been written: the reader is never more than
// `concurrency` frames ahead of the output (the brief asked for at most concurrency + 1), and the
// stream path never holds more than that plus one chunk.

import { beforeAll, describe, expect, it } from 'vitest';
import type { ChunkSink } from './blob-builder';
import { decryptTo } from './decrypt';
import { encryptTo } from './encrypt';
import { FRAME_OVERHEAD } from './format';
import { CountingBlob, envelopeWorld, type EnvelopeWorld } from './test-harness';

const MiB = 1024 * 1024;
const SIZE = 64 * MiB;
const F = 64 * 1024;
const CONCURRENCY = 4;

let world: EnvelopeWorld;
beforeAll(async () => {
  world = await envelopeWorld();
});

/** A sink that keeps nothing and counts frames: the header is one write, then two per frame (head, sealed). */
class CountingSink implements ChunkSink {
  writes = 0;
  bytes = 0;
  constructor(private readonly writesPerFrame: number, private readonly leadingWrites: number) {}
  write(chunk: Uint8Array): void {
    this.writes++;
    this.bytes += chunk.length;
  }
  get framesWritten(): number {
    return Math.max(0, Math.floor((this.writes - this.leadingWrites) / this.writesPerFrame));
  }
}

/** A 64 MiB plaintext whose bytes exist only while a slice of it is being read. */
const lazyContent = (start: number, end: number) => new Uint8Array(end - start).fill((start / F) & 0xff);

describe('bounded frames in flight', () => {
  it('ENV-17: encrypting 64 MiB read by slices, no slice is requested more than `concurrency` frames ahead of the output', async () => {
    const sink = new CountingSink(2, 1);
    const ahead: number[] = [];
    const input = new CountingBlob(SIZE, lazyContent, (start, end) => {
      expect(end - start).toBeLessThanOrEqual(F);
      ahead.push(start / F - sink.framesWritten);
    });
    const summary = await encryptTo(input, { kms: world.client, keyId: world.keyId, frameSize: F, concurrency: CONCURRENCY }, sink);
    expect(summary.frameCount).toBe(1024);
    expect(input.slices).toHaveLength(1024);
    // Each frame read exactly once, in order, covering the input.
    expect(input.slices.every(({ start, end }, i) => start === i * F && end === (i + 1) * F)).toBe(true);
    expect(Math.max(...ahead)).toBeLessThan(CONCURRENCY + 1);
    expect(Math.max(...ahead)).toBe(CONCURRENCY - 1); // frames really were in flight together
  });

  it('ENV-17: decrypting a 64 MiB package read by slices, no frame is requested more than `concurrency` frames ahead of the output', async () => {
    // The package, made from the same lazy input, kept in memory only for this test.
    const parts: Uint8Array[] = [];
    const summary = await encryptTo(new CountingBlob(SIZE, lazyContent), { kms: world.client, keyId: world.keyId, frameSize: F }, { write: (c) => parts.push(c) });
    const pkg = new Uint8Array(summary.packageBytes);
    let at = 0;
    for (const part of parts) {
      pkg.set(part, at);
      at += part.length;
    }
    const sink = new CountingSink(1, 0);
    const ahead: number[] = [];
    const input = new CountingBlob(pkg.length, (start, end) => pkg.subarray(start, end), (start, end) => {
      if (start === 0) return; // the header
      expect(end - start).toBeLessThanOrEqual(F + FRAME_OVERHEAD);
      ahead.push((start - summary.headerBytes) / (F + FRAME_OVERHEAD) - sink.framesWritten);
    });
    const opened = await decryptTo(input, { kms: world.client, concurrency: CONCURRENCY }, sink);
    expect(opened.plaintextBytes).toBe(SIZE);
    expect(sink.bytes).toBe(SIZE);
    expect(ahead).toHaveLength(1024);
    expect(Math.max(...ahead)).toBeLessThan(CONCURRENCY + 1);
    expect(Math.max(...ahead)).toBe(CONCURRENCY - 1);
  });

  it('ENV-17: reading a stream, no more than `concurrency` frames plus one chunk is pulled ahead of the output', async () => {
    const CHUNK = 1 * MiB;
    const sink = new CountingSink(2, 1);
    let pulled = 0;
    let worst = 0;
    const input = {
      size: SIZE,
      slice: () => {
        throw new Error('the stream path must not slice');
      },
      stream: () =>
        new ReadableStream<Uint8Array>(
          {
            pull(controller) {
              if (pulled >= SIZE) return controller.close();
              const n = Math.min(CHUNK, SIZE - pulled);
              controller.enqueue(lazyContent(pulled, pulled + n));
              pulled += n;
              worst = Math.max(worst, pulled - sink.framesWritten * F);
            },
          },
          { highWaterMark: 0 },
        ),
    };
    await encryptTo(input, { kms: world.client, keyId: world.keyId, frameSize: F, concurrency: CONCURRENCY }, sink);
    expect(pulled).toBe(SIZE);
    expect(worst).toBeLessThanOrEqual(CONCURRENCY * F + CHUNK);
  });
});
