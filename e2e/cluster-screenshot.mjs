// Screenshots of the cluster view after a real outage and a throttled load, in light and dark, at
// 1280×800 and 360 wide. Not a test: run it against a preview server you started yourself:
//   npm run build && npx vite preview --host 127.0.0.1 --port 4173 --strictPort &
//   node e2e/cluster-screenshot.mjs [--out-dir test-results/cluster-shots]
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

const { values } = parseArgs({
  options: {
    'out-dir': { type: 'string', default: 'test-results/cluster-shots' },
    'base-url': { type: 'string', default: 'http://127.0.0.1:4173/' },
  },
});

const executablePath = await findChromium();
if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` first.');

async function demo(page) {
  await page.goto(new URL('#/cluster', values['base-url']).href);
  const group = (name) => page.getByRole('group', { name, exact: true });
  const tryIt = page.getByRole('region', { name: 'Try it in us-east-1' });
  await group('us-east-1a').waitFor();
  await tryIt.getByRole('button', { name: 'Create key' }).click();
  await tryIt.getByRole('status').getByText('CreateKey succeeded').waitFor();
  await tryIt.getByRole('button', { name: 'Encrypt' }).click();
  await tryIt.getByRole('status').getByText('Encrypt succeeded').waitFor();
  await group('us-east-1a').getByLabel('Added latency (ms)').fill('120');
  await group('us-east-1a').getByRole('button', { name: 'Set latency' }).click();
  await group('us-east-1b').getByRole('button', { name: 'Take down' }).click();
  await group('us-east-1c').getByRole('button', { name: 'Partition' }).click();
  await tryIt.getByRole('button', { name: 'Create key' }).click();
  await tryIt.getByRole('status').getByText('KMSInternalException').first().waitFor();
  await tryIt.getByRole('button', { name: 'Decrypt' }).click();
  await tryIt.getByRole('status').getByText('Decrypt succeeded').waitFor();
  await group('Request quota in us-east-1').getByRole('button', { name: '10/s' }).click();
  const load = page.getByRole('region', { name: 'Load generator' });
  await load.getByLabel('For seconds').fill('4');
  await load.getByRole('button', { name: 'Start load' }).click();
  await load.getByRole('status').getByText('Load finished').waitFor({ timeout: 20_000 });
}

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  await mkdir(values['out-dir'], { recursive: true });
  const shots = [
    { name: 'cluster-light-1280', colorScheme: 'light', viewport: { width: 1280, height: 800 }, fullPage: false },
    { name: 'cluster-dark-1280', colorScheme: 'dark', viewport: { width: 1280, height: 800 }, fullPage: false },
    { name: 'cluster-light-1280-full', colorScheme: 'light', viewport: { width: 1280, height: 800 }, fullPage: true },
    { name: 'cluster-dark-1280-full', colorScheme: 'dark', viewport: { width: 1280, height: 800 }, fullPage: true },
    { name: 'cluster-light-360', colorScheme: 'light', viewport: { width: 360, height: 740 }, fullPage: true },
    { name: 'cluster-dark-360', colorScheme: 'dark', viewport: { width: 360, height: 740 }, fullPage: true },
  ];
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: shot.viewport, colorScheme: shot.colorScheme, reducedMotion: 'reduce' });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') console.error(`console error: ${message.text()}`);
    });
    await demo(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    const file = join(values['out-dir'], `${shot.name}.png`);
    await page.screenshot({ path: file, fullPage: shot.fullPage });
    console.log(`wrote ${file}`);
    if (shot.fullPage) {
      // Full-page shots are too tall to review at once: also write them in screen-sized parts.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const step = shot.viewport.width < 600 ? 900 : 800;
      for (let y = 0, part = 1; y < height; y += step, part += 1) {
        const clip = { x: 0, y, width: shot.viewport.width, height: Math.min(step, height - y) };
        await page.screenshot({ path: join(values['out-dir'], `${shot.name}-part${part}.png`), fullPage: true, clip });
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
}
