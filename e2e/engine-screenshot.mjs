// Screenshots of the Engine panel after a real create-key, encrypt and decrypt, in light and dark, at
// 1280×800 and 360 wide. Not a test: run it against a preview server you started yourself:
//   npm run build && npx vite preview --host 127.0.0.1 --port 4173 --strictPort &
//   node e2e/engine-screenshot.mjs [--out-dir test-results/engine-shots] [--readme]
// --readme also writes the light 1280×800 shot to docs/screenshot.png.
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

const { values } = parseArgs({
  options: {
    'out-dir': { type: 'string', default: 'test-results/engine-shots' },
    'base-url': { type: 'string', default: 'http://127.0.0.1:4173/' },
    readme: { type: 'boolean', default: false },
  },
});

const executablePath = await findChromium();
if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` first.');

async function demo(page, { collapsed = false } = {}) {
  await page.goto(new URL('#/engine', values['base-url']).href);
  await page.getByText('Engine running').waitFor();
  const card = (name) => page.getByRole('region', { name, exact: true });
  await card('Create a key').getByLabel('Description').fill('Demo key for the README');
  await card('Create a key').getByRole('button', { name: 'Create key' }).click();
  await card('Create a key').getByRole('status').getByText('Created key').waitFor();
  await card('Encrypt').getByLabel('Plaintext').fill('Meet me at the HSM at noon.');
  await card('Encrypt').getByRole('button', { name: 'Encrypt', exact: true }).click();
  await card('Encrypt').getByRole('status').getByText('Encrypted').waitFor();
  await card('Decrypt').getByRole('button', { name: 'Decrypt', exact: true }).click();
  await card('Decrypt').getByLabel('Decrypted plaintext').waitFor();
  if (!collapsed) await card('CloudTrail records').getByText('Encrypt', { exact: true }).click();
  await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
}

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  await mkdir(values['out-dir'], { recursive: true });
  const shots = [
    // The README picture: scrolled to the three steps' results so that Encrypt, Decrypt and the trail fill the frame.
    { name: 'engine-readme-1280', colorScheme: 'light', viewport: { width: 1280, height: 800 }, fullPage: false, scrollTo: 'Encrypt', collapsed: true },
    { name: 'engine-light-1280', colorScheme: 'light', viewport: { width: 1280, height: 800 }, fullPage: false },
    { name: 'engine-dark-1280', colorScheme: 'dark', viewport: { width: 1280, height: 800 }, fullPage: false },
    { name: 'engine-light-1280-full', colorScheme: 'light', viewport: { width: 1280, height: 800 }, fullPage: true },
    { name: 'engine-light-360', colorScheme: 'light', viewport: { width: 360, height: 740 }, fullPage: true },
    { name: 'engine-dark-360', colorScheme: 'dark', viewport: { width: 360, height: 740 }, fullPage: true },
  ];
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: shot.viewport, colorScheme: shot.colorScheme, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await demo(page, shot);
    if (shot.scrollTo) {
      await page.getByRole('region', { name: shot.scrollTo, exact: true }).evaluate((element) => {
        window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 16);
      });
    }
    const file = join(values['out-dir'], `${shot.name}.png`);
    await page.screenshot({ path: file, fullPage: shot.fullPage });
    console.log(`wrote ${file}`);
    if (shot.viewport.width < 600) {
      // Narrow full-page shots are too tall to review at once: also write them in screen-sized parts.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, part = 1; y < height; y += 900, part += 1) {
        const clip = { x: 0, y, width: shot.viewport.width, height: Math.min(900, height - y) };
        await page.screenshot({ path: join(values['out-dir'], `${shot.name}-part${part}.png`), fullPage: true, clip });
      }
    }
    if (values.readme && shot.name === 'engine-readme-1280') {
      await copyFile(file, 'docs/screenshot.png');
      console.log('wrote docs/screenshot.png');
    }
    await context.close();
  }
} finally {
  await browser.close();
}
