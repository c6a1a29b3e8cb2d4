// Samples a page's JS heap from outside while something runs: CDP's Runtime.getHeapUsage for the main
// thread's isolate, objects (usedSize) plus ArrayBuffer backing stores (backingStorageSize), where
// frames and WebCrypto results live. performance.measureUserAgentSpecificMemory is not an option: the
// bench page is not cross-origin isolated, and it answers once, after a GC, so it cannot see a peak.

import type { Page } from '@playwright/test';

export interface HeapPeak {
  /** Bytes in use after a GC, before the run. */
  before: number;
  peak: number;
  samples: number;
}

/**
 * The peak while `run` runs, after a forced GC, sampled every ~10 ms (CDP waits for the page between
 * its tasks, so fewer in practice). Garbage V8 has not collected yet counts: this is what the tab
 * holds, not only what is reachable. (Forcing a GC before each sample was tried and dropped: backing
 * stores are freed by a concurrent sweeper, and the readings swung between 2 and 100 MiB.)
 */
export async function peakHeap(page: Page, run: () => Promise<unknown>): Promise<HeapPeak> {
  const cdp = await page.context().newCDPSession(page);
  const used = async () => {
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
    return usage.usedSize + (usage.backingStorageSize ?? 0);
  };
  await cdp.send('HeapProfiler.collectGarbage');
  const before = await used();
  let peak = before;
  let samples = 0;
  let running = true;
  const sampler = (async () => {
    while (running) {
      peak = Math.max(peak, await used());
      samples++;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  try {
    await run();
  } finally {
    running = false;
    await sampler;
    await cdp.detach();
  }
  return { before, peak, samples };
}
