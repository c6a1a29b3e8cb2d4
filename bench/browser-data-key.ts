// Chromium: GenerateDataKey per second through kms.send in the built app (the HSM in its Web Worker,
// 64 requests in flight), against raw WebCrypto in the same page (32 random bytes + AES-256-GCM
// encrypt with AAD, 64 in flight). Once with memory storage (the engine and Worker alone) and once
// with IndexedDB (the browser default, every request's trail record written through).

import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import type { KmsLabBench } from './browser/bench-page';
import { interleave, median, type BenchResult } from './stats';

const IN_FLIGHT = 64;
const PER_ROUND = 4000;
const ROUNDS = 7;
const WARMUP = 4000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

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

export async function benchBrowserDataKeys(): Promise<BenchResult[]> {
  const env = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
  execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit', env });
  const port = await freePort();
  const preview = spawn('npx', ['vite', 'preview', '--config', 'bench/vite.config.ts', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    env,
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}/`;
  let browser: Browser | null = null;
  try {
    await waitForServer(baseUrl, preview);
    const executablePath = await findChromium();
    if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` first.');
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    return [...(await measure(browser, baseUrl, 'memory')), ...(await measure(browser, baseUrl, 'indexeddb'))];
  } finally {
    await browser?.close();
    // npx starts vite as a child: end the whole process group we started, by its id.
    if (preview.pid !== undefined) {
      try {
        process.kill(-preview.pid, 'SIGTERM');
      } catch {
        preview.kill('SIGTERM');
      }
    }
  }
}
