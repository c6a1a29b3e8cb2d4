// Where KMS Lab's browser tests find Chromium. Shared by playwright.config.ts, the bench and
// scripts/ensure-chromium.mjs so that all three agree on one order of preference.
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags for a root user on a machine with no network but loopback (see README, "Browser tests"). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function playwrightsOwnChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else a browser Playwright installed itself.
 * Returns null when none exists. A CHROMIUM_PATH that does not exist is an error, not a fallback:
 * the person who set it meant that browser.
 */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return playwrightsOwnChromium();
}
