import { describe, expect, it, vi } from 'vitest';
import { DataKeyCache, type DataKey } from './data-key-cache';

const freshKey = (): DataKey => ({ plaintext: new Uint8Array(32).fill(7), ciphertextBlob: new Uint8Array(8) });

describe('data-key cache', () => {
  it('reuses one data key for up to maxMessages messages', async () => {
    const cache = new DataKeyCache({ maxMessages: 3, maxAgeMs: 60_000 }, () => 0);
    const fetch = vi.fn(() => Promise.resolve(freshKey()));
    const results = [];
    for (let i = 0; i < 7; i++) results.push((await cache.get(fetch)).cached);
    expect(results).toEqual([false, true, true, false, true, true, false]);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('fetches a fresh key once the cached one is older than maxAgeMs', async () => {
    let now = 0;
    const cache = new DataKeyCache({ maxMessages: 100, maxAgeMs: 1000 }, () => now);
    const fetch = vi.fn(() => Promise.resolve(freshKey()));
    await cache.get(fetch);
    now = 999;
    expect((await cache.get(fetch)).cached).toBe(true);
    now = 1000;
    expect((await cache.get(fetch)).cached).toBe(false);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('wipes a plaintext data key when it is evicted or cleared', async () => {
    const cache = new DataKeyCache({ maxMessages: 1, maxAgeMs: 60_000 }, () => 0);
    const first = (await cache.get(() => Promise.resolve(freshKey()))).key;
    const second = (await cache.get(() => Promise.resolve(freshKey()))).key;
    expect(first.plaintext.every((byte) => byte === 0)).toBe(true);
    expect(second.plaintext.some((byte) => byte !== 0)).toBe(true);
    cache.clear();
    expect(second.plaintext.every((byte) => byte === 0)).toBe(true);
  });

  it('shares one GenerateDataKey call among messages that miss at the same time', async () => {
    const cache = new DataKeyCache({ maxMessages: 10, maxAgeMs: 60_000 }, () => 0);
    const fetch = vi.fn(() => Promise.resolve(freshKey()));
    const results = await Promise.all(Array.from({ length: 5 }, () => cache.get(fetch)));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(results.filter((r) => !r.cached)).toHaveLength(1);
  });

  it('lets a waiting message fetch on its own when the shared call fails', async () => {
    const cache = new DataKeyCache({ maxMessages: 10, maxAgeMs: 60_000 }, () => 0);
    const fetch = vi.fn().mockRejectedValueOnce(new Error('ThrottlingException')).mockResolvedValue(freshKey());
    const [first, second] = await Promise.allSettled([cache.get(fetch), cache.get(fetch)]);
    expect(first.status).toBe('rejected');
    expect(second).toMatchObject({ status: 'fulfilled', value: { cached: false } });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('refuses limits that would cache nothing', () => {
    expect(() => new DataKeyCache({ maxMessages: 0, maxAgeMs: 1 }, () => 0)).toThrow(RangeError);
  });
});
