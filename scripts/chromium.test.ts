import { afterEach, describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, findChromium } from './chromium.mjs';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const saved = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved;
});

describe('finding Chromium for the browser tests', () => {
  it('prefers CHROMIUM_PATH when it is set', async () => {
    process.env.CHROMIUM_PATH = process.execPath; // any file that exists
    expect(await findChromium()).toBe(process.execPath);
  });

  it('refuses a CHROMIUM_PATH that does not exist, rather than silently using another browser', async () => {
    process.env.CHROMIUM_PATH = '/nowhere/chromium';
    await expect(findChromium()).rejects.toThrow('CHROMIUM_PATH is set to /nowhere/chromium, which does not exist.');
  });

  it.runIf(existsSync(DEBIAN_CHROMIUM))('falls back to Debian\'s /usr/bin/chromium', async () => {
    delete process.env.CHROMIUM_PATH;
    expect(await findChromium()).toBe(DEBIAN_CHROMIUM);
  });

  it('ensure-chromium stops with one line saying how to get a browser when CHROMIUM_PATH is wrong', () => {
    let output = '';
    try {
      execFileSync(process.execPath, ['scripts/ensure-chromium.mjs'], { env: { ...process.env, CHROMIUM_PATH: '/nowhere/chromium' }, stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stderr: Buffer }).stderr);
    }
    expect(output.trim().split('\n')).toEqual(['CHROMIUM_PATH is set to /nowhere/chromium, which does not exist.']);
  });
});
