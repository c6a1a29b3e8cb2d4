import { describe, expect, it, vi } from 'vitest';
import { createKms, type Kms } from '../engine/index';
import { createEngineStore } from './engine-store';

describe('engine store: the trail', () => {
  it('publishes a new trail value and version after each batch of records, without copying the log', async () => {
    const store = createEngineStore({ open: () => createKms() });
    store.getState().start();
    await vi.waitFor(() => expect(store.getState().status).toBe('ready'));
    const kms = store.getState().kms!;
    const before = store.getState().trail;
    const version = store.getState().trailVersion;

    await store.getState().call('CreateKey', {});
    await vi.waitFor(() => expect(store.getState().trailVersion).toBeGreaterThan(version));

    const after = store.getState().trail;
    expect(after).not.toBe(before);
    expect(before).toHaveLength(0);
    expect(after).toHaveLength(1);
    expect(after[0]!.record.eventName).toBe('CreateKey');
    expect(store.getState().trailEntries()).toBe(kms.trail.entries());
    store.getState().stop();
  });

  it('keeps an earlier trail value at its length while the engine appends (a snapshot, not a copy)', async () => {
    const store = createEngineStore({ open: () => createKms() });
    store.getState().start();
    await vi.waitFor(() => expect(store.getState().status).toBe('ready'));
    await store.getState().call('CreateKey', {});
    await vi.waitFor(() => expect(store.getState().trail).toHaveLength(1));
    const one = store.getState().trail;

    await store.getState().call('ListKeys', {});
    await vi.waitFor(() => expect(store.getState().trail).toHaveLength(2));

    expect(one).toHaveLength(1);
    expect(one[1]).toBeUndefined();
    expect(1 in one).toBe(false);
    expect([...one].map((entry) => entry.record.eventName)).toEqual(['CreateKey']);
    expect(one.map((entry) => entry.seq)).toEqual([1]);
    expect(Array.isArray(one)).toBe(true);
    expect(JSON.parse(JSON.stringify(one))).toHaveLength(1);
    expect(() => (one as unknown as unknown[]).push('x')).toThrow(TypeError);
    expect(store.getState().trailEntries()).toHaveLength(2);
    store.getState().stop();
    expect(store.getState().trail).toHaveLength(0);
    expect(store.getState().trailEntries()).toHaveLength(0);
  });
});

describe('engine store: a long trail', () => {
  it('publishes a thousand batches onto a 100,000-record trail without reading, let alone copying, its records', async () => {
    // A stand-in engine: only what the store reads (events, trail, close), with a long trail whose
    // element reads are counted. A copy per batch reads every element each time; a view reads none
    // until someone indexes it. Counting reads, not timing them, keeps the test deterministic.
    const entries = Array.from({ length: 100_000 }, (_, i) => ({ seq: i + 1 }));
    let elementReads = 0;
    const counted = new Proxy(entries, {
      get(target, property, receiver) {
        if (typeof property === 'string' && /^\d+$/.test(property)) elementReads++;
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    let listener: ((event: { type: string }) => void) | undefined;
    const kms = {
      events: { subscribe: (l: typeof listener) => ((listener = l), () => undefined) },
      trail: { entries: () => counted },
      close: () => undefined,
    } as unknown as Kms;
    const store = createEngineStore({ open: () => Promise.resolve(kms) });
    store.getState().start();
    await vi.waitFor(() => expect(store.getState().status).toBe('ready'));

    elementReads = 0;
    for (let batch = 0; batch < 1000; batch++) {
      entries.push({ seq: entries.length + 1 });
      listener!({ type: 'trail.recorded' });
      await Promise.resolve();
    }
    await vi.waitFor(() => expect(store.getState().trail).toHaveLength(101_000));
    // Publishing a thousand batches read no element of the trail: nothing was copied.
    expect(elementReads).toBe(0);
    expect(store.getState().trail[100_999]).toEqual({ seq: 101_000 });
    store.getState().stop();
  });
});
