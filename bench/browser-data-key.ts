// Chromium: GenerateDataKey per second through kms.send in the built app (the HSM in its Web Worker,
// 64 requests in flight), against raw WebCrypto in the same page (32 random bytes + AES-256-GCM
// encrypt with AAD, 64 in flight). Once with memory storage (the engine and Worker alone) and once
// with IndexedDB (the browser default, every request's trail record written through).

import type { Browser } from '@playwright/test';
import type { KmsLabBench } from './browser/bench-page';
import { withBenchPage } from './bench-page-server';
import { interleave, median, type BenchResult } from './stats';

const IN_FLIGHT = 64;
const PER_ROUND = 4000;
const ROUNDS = 7;
const WARMUP = 4000;

async function measure(browser: Browser, baseUrl: string, storage: 'memory' | 'indexeddb'): Promise<BenchResult[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${message.text()} (${message.location().url})`);
  });
  try {
    await page.goto(`${baseUrl}bench/browser/bench.html`);
    await page.waitForSelector('body[data-ready="true"]');
    const kind = await page.evaluate((s) => (window as unknown as { kmsLabBench: KmsLabBench }).kmsLabBench.setup(s), storage);
    if (kind !== storage) throw new Error(`asked for ${storage} storage, the engine reports ${kind}`);
    const run = (side: 'engine' | 'raw', total: number) =>
      page.evaluate(([s, n, f]) => (window as unknown as { kmsLabBench: KmsLabBench }).kmsLabBench[s](n, f), [side, total, IN_FLIGHT] as const);
    await run('engine', WARMUP);
    await run('raw', WARMUP);
    const rates = await interleave(ROUNDS, () => run('engine', PER_ROUND), () => run('raw', PER_ROUND));
    await page.evaluate(() => (window as unknown as { kmsLabBench: KmsLabBench }).kmsLabBench.teardown());
    // Where the time goes (memory run only): the engine with its HSM on the page thread, and the
    // Worker HSM answering GenerateDataKey with no engine in front of it.
    const diagnosis =
      storage === 'memory'
        ? await page.evaluate(([n, f]) => (window as unknown as { kmsLabBench: KmsLabBench }).kmsLabBench.diagnose(n, f), [PER_ROUND, IN_FLIGHT] as const)
        : null;
    if (problems.length > 0) throw new Error(`the bench page reported problems:\n${problems.join('\n')}`);
    const value = median(rates.a);
    const baseline = median(rates.b);
    const diagnostics: BenchResult[] = diagnosis
      ? [
          {
            name: 'Chromium diagnosis: the same GenerateDataKey with the HSM in-process on the page thread (no Worker)',
            value: diagnosis.inProcessEngine,
            unit: 'requests/s',
            note: `one round of ${PER_ROUND}, ${IN_FLIGHT} in flight, after one warm-up round; memory storage`,
          },
          {
            name: 'Chromium diagnosis: the Worker HSM alone, GenerateDataKey HSM messages with no engine in front',
            value: diagnosis.workerHsmOnly,
            unit: 'requests/s',
            note: `one round of ${PER_ROUND}, ${IN_FLIGHT} in flight, after one warm-up round`,
          },
        ]
      : [];
    return [{
      name: `Chromium: GenerateDataKey through kms.send, HSM in a Web Worker (${storage === 'memory' ? 'memory storage' : 'IndexedDB storage'})`,
      value,
      unit: 'requests/s',
      baseline: { name: 'raw WebCrypto in the same page: 32 random bytes + AES-256-GCM encrypt with AAD', value: baseline, unit: 'ops/s' },
      ratio: value / baseline,
      note: `goal ratio >= 0.25 and > 10,000/s; ${IN_FLIGHT} in flight; median of ${ROUNDS} interleaved rounds of ${PER_ROUND} each side`,
    }, ...diagnostics];
  } finally {
    await context.close();
  }
}

export function benchBrowserDataKeys(): Promise<BenchResult[]> {
  return withBenchPage(async (browser, baseUrl) => [...(await measure(browser, baseUrl, 'memory')), ...(await measure(browser, baseUrl, 'indexeddb'))]);
}
