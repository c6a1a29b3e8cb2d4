// Screenshots of the Flows and Files pages after real runs, in light and dark, at 1280×800 and 360
// wide, plus presenter mode. Not a test: run it against a preview server you started yourself:
//   npm run build && npx vite preview --host 127.0.0.1 --port 4173 --strictPort &
//   node e2e/flows-screenshot.mjs [--out-dir test-results/flows-shots] [--base-url http://127.0.0.1:4173/]
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

const { values } = parseArgs({
  options: {
    'out-dir': { type: 'string', default: 'test-results/flows-shots' },
    'base-url': { type: 'string', default: 'http://127.0.0.1:4173/' },
  },
});

const executablePath = await findChromium();
if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` first.');

async function flows(page, { step = 7, flow = 'Envelope encryption', over = false } = {}) {
  await page.goto(new URL('#/flows', values['base-url']).href);
  const setup = page.getByRole('region', { name: 'Run a flow' });
  await setup.getByRole('button', { name: 'Create a demo key' }).click();
  await setup.getByRole('combobox', { name: 'KMS key' }).waitFor();
  await setup.getByRole('radio', { name: flow, exact: true }).check();
  if (over) await setup.getByRole('button', { name: 'Try 4,097 bytes' }).click();
  await setup.getByRole('button', { name: /^Run: / }).click();
  await page.getByRole('region', { name: 'Steps', exact: true }).getByRole('table').waitFor();
  await page.getByRole('button', { name: new RegExp(`^Go to step ${step}:`) }).click();
  await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
}

async function files(page) {
  await page.goto(new URL('#/files', values['base-url']).href);
  const seal = page.getByRole('region', { name: 'Encrypt a file' });
  await seal.getByRole('button', { name: 'Create a demo key' }).click();
  await seal.getByRole('combobox', { name: 'KMS key for GenerateDataKey' }).waitFor();
  await seal.getByLabel('File to encrypt').setInputFiles({ name: 'quarterly-report.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(3_000_000, 42) });
  await seal.getByRole('button', { name: 'Encrypt quarterly-report.pdf' }).click();
  const link = seal.getByRole('link', { name: /^Download / });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(await download.path());
  bytes[bytes.length - 100] ^= 1;
  const open = page.getByRole('region', { name: 'Open a package' });
  await open.getByLabel('Package to open').setInputFiles({ name: 'quarterly-report.pdf.kmslab', mimeType: 'application/octet-stream', buffer: bytes });
  await open.getByRole('button', { name: 'Decrypt and verify' }).click();
  await open.getByRole('status').getByText('FRAME_AUTHENTICATION_FAILED').waitFor();
  await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
}

const shots = [
  { name: 'flows-light-1280', page: flows, colorScheme: 'light', viewport: { width: 1280, height: 800 } },
  { name: 'flows-dark-1280', page: flows, colorScheme: 'dark', viewport: { width: 1280, height: 800 } },
  { name: 'flows-light-1280-full', page: flows, colorScheme: 'light', viewport: { width: 1280, height: 800 }, fullPage: true },
  { name: 'flows-refused-1280', page: (p) => flows(p, { step: 3, flow: 'Encrypt a short text', over: true }), colorScheme: 'light', viewport: { width: 1280, height: 800 } },
  { name: 'flows-light-360', page: flows, colorScheme: 'light', viewport: { width: 360, height: 740 }, fullPage: true },
  { name: 'flows-presenter-1280', page: async (p) => (await flows(p, { step: 10 }), await p.keyboard.press('p')), colorScheme: 'light', viewport: { width: 1280, height: 800 } },
  { name: 'files-light-1280', page: files, colorScheme: 'light', viewport: { width: 1280, height: 800 } },
  { name: 'files-dark-1280', page: files, colorScheme: 'dark', viewport: { width: 1280, height: 800 }, fullPage: true },
  { name: 'files-light-360', page: files, colorScheme: 'light', viewport: { width: 360, height: 740 }, fullPage: true },
];

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  await mkdir(values['out-dir'], { recursive: true });
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: shot.viewport, colorScheme: shot.colorScheme, reducedMotion: 'reduce', acceptDownloads: true });
    const page = await context.newPage();
    await shot.page(page);
    const file = join(values['out-dir'], `${shot.name}.png`);
    await page.screenshot({ path: file, fullPage: shot.fullPage ?? false });
    console.log(`wrote ${file}`);
    if (shot.viewport.width < 600) {
      // Narrow full-page shots are too tall to review at once: also write them in screen-sized parts.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, part = 1; y < height; y += 900, part += 1) {
        const clip = { x: 0, y, width: shot.viewport.width, height: Math.min(900, height - y) };
        await page.screenshot({ path: join(values['out-dir'], `${shot.name}-part${part}.png`), fullPage: true, clip });
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
}
