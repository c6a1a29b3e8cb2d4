// The bench page's lifecycle, shared by the Chromium benchmarks: build it with the app's own config
// (bench/vite.config.ts), serve it with `vite preview` on a free port, open Chromium, run, and stop the
// server (the whole process group we started, by its id) whatever happens.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import type { KmsLabBench } from './browser/bench-page';

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

/** Builds and serves the bench page, launches Chromium, and hands both to `run`. */
export async function withBenchPage<T>(run: (browser: Browser, baseUrl: string) => Promise<T>): Promise<T> {
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
    return await run(browser, baseUrl);
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

/** Opens the bench page in a fresh context; `problems` collects console errors and page errors. */
export async function openBenchPage(browser: Browser, baseUrl: string): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${message.text()} (${message.location().url})`);
  });
  await page.goto(`${baseUrl}bench/browser/bench.html`);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, problems, close: () => context.close() };
}

export type BenchWindow = Window & { kmsLabBench: KmsLabBench };
