import { createHash, randomFillSync } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { expect, test as base } from './fixtures';
import { FilesPage } from './files-page';

// The largest case: a 1 GiB file through the Files page and back, from files on disk to
// downloads on disk. A persistent profile, because Chromium keeps an incognito context's Blobs in
// memory only, while a profile lets the blob store page a gigabyte of output to disk as a user's
// browser does. Plus a cancel in the middle of a large file.

const GiB = 1024 * 1024 * 1024;

const test = base.extend<{ workDir: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  workDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'kms-lab-large-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  context: async ({ workDir, baseURL }, use) => {
    const executablePath = await findChromium();
    const context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
      executablePath: executablePath ?? undefined,
      args: CHROMIUM_ARGS,
      baseURL,
      acceptDownloads: true,
    });
    await use(context);
    await context.close();
  },
});

/** Writes `bytes` pseudo-random bytes to `path` in 8 MiB blocks and returns their SHA-256. */
async function writeRandomFile(path: string, bytes: number): Promise<string> {
  const hash = createHash('sha256');
  const out = createWriteStream(path);
  const block = Buffer.alloc(8 * 1024 * 1024);
  for (let written = 0; written < bytes; written += block.length) {
    const chunk = block.subarray(0, Math.min(block.length, bytes - written));
    randomFillSync(chunk);
    hash.update(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return hash.digest('hex');
}

async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 8 * 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

test('a 1 GiB file encrypts, opens again and decrypts to the very same bytes', async ({ page, workDir }) => {
  test.setTimeout(600_000);
  const source = join(workDir, 'backup.tar');
  const digest = await writeRandomFile(source, GiB);
  const files = new FilesPage(page);
  await files.visit();
  await files.createDemoKey();

  await files.seal.getByLabel('File to encrypt').setInputFiles(source);
  await files.seal.getByRole('button', { name: 'Encrypt backup.tar' }).click();
  const packagePath = await files.downloadToDisk(files.seal.getByRole('link', { name: 'Download backup.tar.kmslab' }), { timeout: 300_000 });
  const frames = GiB / (256 * 1024);
  expect((await stat(packagePath)).size).toBeGreaterThan(GiB + frames * 37);

  const pkg = join(workDir, 'backup.tar.kmslab');
  await rename(packagePath, pkg);
  await files.open.getByLabel('Package to open').setInputFiles(pkg);
  await files.decrypt();
  const decrypted = await files.downloadToDisk(files.open.getByRole('link', { name: 'Download backup.tar' }), { timeout: 300_000 });
  expect((await stat(decrypted)).size).toBe(GiB);
  expect(await sha256OfFile(decrypted)).toBe(digest);
});

test('cancelling a large encryption stops it, keeps nothing and says so', async ({ page, workDir }) => {
  test.setTimeout(180_000);
  const source = join(workDir, 'video.mp4');
  await writeRandomFile(source, GiB / 2);
  const files = new FilesPage(page);
  await files.visit();
  await files.createDemoKey();

  await files.seal.getByLabel('File to encrypt').setInputFiles(source);
  await files.seal.getByRole('button', { name: 'Encrypt video.mp4' }).click();
  const progress = files.seal.getByRole('progressbar');
  await expect(progress).toBeVisible();
  await files.seal.getByRole('button', { name: 'Cancel' }).click();

  await expect(files.outcome(files.seal)).toContainText('Cancelled. Nothing was kept');
  await expect(files.seal.getByRole('link', { name: /^Download/ })).toHaveCount(0);
  // The journey shows the wipe of the plaintext data key and ends with the cancel, before any frame
  // summary: the run stopped, it did not finish quietly in the background.
  const titles = (await files.journeyRows()).map((row) => row[2]!.split('\n')[0]);
  expect(titles).toContain('Plaintext data key wiped');
  expect(titles.at(-1)).toBe('Cancelled');
  expect(titles.some((title) => title?.includes('sealed locally'))).toBe(false);
});
