#!/usr/bin/env node
// Makes sure a Chromium exists before the browser tests or the browser benchmarks run.
// Order: CHROMIUM_PATH, /usr/bin/chromium, Playwright's own browser, then (as root on Debian)
// `apt-get install -y chromium`. Otherwise it stops with one line saying how to get a browser.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const HOW_TO =
  'No Chromium found: install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.';

function canApt() {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

async function main() {
  let path = await findChromium();
  if (!path && canApt()) {
    console.log('Chromium not found; installing Debian\'s chromium package (apt-get install -y chromium)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    path = await findChromium();
  }
  if (!path) {
    console.error(HOW_TO);
    process.exit(1);
  }
  console.log(`Chromium: ${path}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
