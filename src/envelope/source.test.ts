import { describe, expect, it } from 'vitest';
import { EnvelopeError } from './errors';
import { toSource } from './source';

const bytes = (length: number, seed = 1) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed) & 0xff);

describe('reading a Blob front to back', () => {
  it('returns exactly the bytes asked for, across reads of every length', async () => {
    const data = bytes(100_000);
    const reader = toSource(new Blob([data])).sequential(0, 3);
    const lengths = [1, 7, 65_536, 3, 20_000, 14_453];
    let offset = 0;
    for (const length of lengths) {
      const got = await reader.next(length);
      expect(got).toEqual(data.subarray(offset, offset + length));
      offset += length;
    }
    expect(offset).toBe(data.length);
    await reader.close();
  });

  it('recycles its buffers only after `window` further reads, so in-flight frames stay intact', async () => {
    const data = bytes(8 * 1024);
    const window = 3;
    const reader = toSource(new Blob([data])).sequential(0, window);
    const reads: Uint8Array[] = [];
    for (let i = 0; i < 8; i++) reads.push(await reader.next(1024));
    // The last `window` results still hold their own bytes…
    for (let i = 8 - window; i < 8; i++) expect(reads[i]).toEqual(data.subarray(i * 1024, (i + 1) * 1024));
    // …and an older one's buffer went to a later read: it is detached (empty), never silently changed.
    expect(reads[0]!.byteLength).toBe(0);
    expect(reads[8 - window - 1]!.byteLength).toBe(0);
    await reader.close();
  });

  it('fails with READ_FAILED, naming the range, when the input is shorter than asked', async () => {
    const reader = toSource(new Blob([bytes(1000)])).sequential(0, 2);
    await reader.next(600);
    const failure = reader.next(600);
    await expect(failure).rejects.toBeInstanceOf(EnvelopeError);
    const error = (await failure.catch((thrown: unknown) => thrown)) as EnvelopeError;
    expect(error.code).toBe('READ_FAILED');
    expect(error.message).toContain('600–1200');
    await reader.close();
  });
});
