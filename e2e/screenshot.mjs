// Takes the README screenshot (docs/screenshot.png, light) and a dark one for review. Not a test:
// run it against a preview server you started yourself:
//   npm run build && npx vite preview --host 127.0.0.1 --port 4173 --strictPort &
//   node e2e/screenshot.mjs [--out-dir <dir>] [--route '#/engine'] [--width 1280] [--height 800] [--full-page]
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

const { values } = parseArgs({
  options: {
    'out-dir': { type: 'string', default: 'docs' },
    'dark-dir': { type: 'string', default: 'test-results' },
    route: { type: 'string', default: '#/' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '800' },
    'base-url': { type: 'string', default: 'http://127.0.0.1:4173/' },
    'full-page': { type: 'boolean', default: false },
  },
});

const executablePath = await findChromium();
if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` first.');

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const viewport = { width: Number(values.width), height: Number(values.height) };
  const shots = [
    { colorScheme: 'light', file: join(values['out-dir'], 'screenshot.png') },
    { colorScheme: 'dark', file: join(values['dark-dir'], 'screenshot-dark.png') },
  ];
  for (const { colorScheme, file } of shots) {
    const context = await browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(new URL(values.route, values['base-url']).href);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await mkdir(join(file, '..'), { recursive: true });
    await page.screenshot({ path: file, fullPage: values['full-page'] });
    console.log(`wrote ${file}`);
    await context.close();
  }
} finally {
  await browser.close();
}
