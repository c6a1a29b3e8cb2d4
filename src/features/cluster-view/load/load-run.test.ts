import { describe, expect, it } from 'vitest';
import { startLoad, type GenerateOutcome, type LoadTimers } from './load-run';

/** Timers moved by hand: `advance` runs every tick that falls due, in order. */
function manualTimers() {
  let now = 0;
  const tickers = new Set<{ ms: number; next: number; run: () => void }>();
  const timers: LoadTimers = {
    now: () => now,
    every(ms, run) {
      const ticker = { ms, next: now + ms, run };
      tickers.add(ticker);
      return () => tickers.delete(ticker);
    },
  };
  async function advance(ms: number) {
    const end = now + ms;
    for (;;) {
      const next = [...tickers].sort((a, b) => a.next - b.next)[0];
      if (!next || next.next > end) break;
      now = next.next;
      next.next += next.ms;
      next.run();
      await Promise.resolve();
    }
    now = end;
  }
  return { timers, advance };
}

/** A KMS stand-in with a quota: `limit` calls per whole second of the manual clock, the rest throttled. */
function quotaKms(limit: number, clock: () => number) {
  const used = new Map<number, number>();
  let calls = 0;
  const generate = (): Promise<GenerateOutcome> => {
    calls++;
    const second = Math.floor(clock() / 1000);
    const count = (used.get(second) ?? 0) + 1;
    used.set(second, count);
    return Promise.resolve(
      count <= limit
        ? { ok: true, key: { plaintext: new Uint8Array(32).fill(1), ciphertextBlob: new Uint8Array(4) } }
        : { ok: false, name: 'ThrottlingException', message: 'You have exceeded the rate at which you may call KMS.' },
    );
  };
  return { generate, calls: () => calls };
}

describe('load generator', () => {
  it('sends N per second for T seconds and counts accepted and throttled calls per second', async () => {
    const { timers, advance } = manualTimers();
    const kms = quotaKms(10, timers.now);
    const run = startLoad({ perSecond: 50, seconds: 2, cache: null }, kms.generate, timers);
    await advance(2500);
    const result = await run.done;
    expect(result.sent).toBe(100);
    expect(result.seconds).toEqual([
      { accepted: 10, throttled: 40, failed: 0, cached: 0 },
      { accepted: 10, throttled: 40, failed: 0, cached: 0 },
    ]);
    expect(result.running).toBe(false);
  });

  it('with a data-key cache, most messages make no call and nothing is throttled', async () => {
    const { timers, advance } = manualTimers();
    const kms = quotaKms(10, timers.now);
    const run = startLoad({ perSecond: 50, seconds: 2, cache: { maxMessages: 100, maxAgeMs: 60_000 } }, kms.generate, timers);
    await advance(2500);
    const result = await run.done;
    expect(kms.calls()).toBe(1);
    expect(result.seconds.map((s) => s.throttled)).toEqual([0, 0]);
    expect(result.seconds.reduce((sum, s) => sum + s.cached, 0)).toBe(99);
  });

  it('stops early when asked and reports what was sent', async () => {
    const { timers, advance } = manualTimers();
    const kms = quotaKms(1000, timers.now);
    const run = startLoad({ perSecond: 10, seconds: 10, cache: null }, kms.generate, timers);
    await advance(450);
    run.stop();
    const result = await run.done;
    expect(result.sent).toBe(5);
    await advance(2000);
    expect(kms.calls()).toBe(5);
  });

  it('keeps the first failure that is not throttling, in AWS words', async () => {
    const { timers, advance } = manualTimers();
    const generate = () => Promise.resolve<GenerateOutcome>({ ok: false, name: 'KMSInternalException', message: 'The request can be retried.' });
    const run = startLoad({ perSecond: 2, seconds: 1, cache: null }, generate, timers);
    await advance(1000);
    const result = await run.done;
    expect(result.seconds[0]).toMatchObject({ failed: 2, accepted: 0 });
    expect(result.otherFailure).toBe('KMSInternalException: The request can be retried.');
  });

  it('refuses a load beyond its limits', () => {
    const { timers } = manualTimers();
    expect(() => startLoad({ perSecond: 5000, seconds: 1, cache: null }, () => Promise.reject(new Error('unused')), timers)).toThrow(RangeError);
  });
});
