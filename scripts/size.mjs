#!/usr/bin/env node
// `npm run size`: builds (the app and the embeddable widget, as `npm run build` does), prints the gzip
// size of every entry (with what it loads up front), every lazy chunk and every standalone bundle,
// and fails when a budget in size-budget.json is exceeded.
//   --no-build            measure the existing dist/
//   --budget <file>       use another budget file (e.g. to show that a lowered budget fails)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgetViolations, initialScripts, kib } from './size-lib.mjs';

const args = process.argv.slice(2);
const budgetFile = args.includes('--budget') ? args[args.indexOf('--budget') + 1] : 'size-budget.json';
if (!args.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--config', 'vite.embed.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
}

const dist = 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const budget = JSON.parse(readFileSync(budgetFile, 'utf8'));
const gzip = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

const { entries, initial } = initialScripts(manifest);
const sizes = { entries: {}, lazy: {} };
const rows = [];
for (const [entry, scripts] of Object.entries(entries)) {
  sizes.entries[entry] = scripts.reduce((sum, file) => sum + gzip(file), 0);
  rows.push([`${entry} (initial JS)`, sizes.entries[entry], budget.entries[entry]]);
  for (const file of scripts) rows.push([`  ${file}`, gzip(file)]);
}
// Standalone bundles: each directory of dist/ with its own build manifest (dist/embed/ for the widget).
sizes.bundles = {};
for (const dir of readdirSync(dist, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'assets' && entry.name !== '.vite')) {
  const bundleManifest = join(dist, dir.name, '.vite', 'manifest.json');
  if (!existsSync(bundleManifest)) continue;
  for (const scripts of Object.values(initialScripts(JSON.parse(readFileSync(bundleManifest, 'utf8'))).entries)) {
    const files = scripts.map((file) => `${dir.name}/${file}`);
    const name = files[0];
    sizes.bundles[name] = files.reduce((sum, file) => sum + gzip(file), 0);
    rows.push([`${name} (bundle)`, sizes.bundles[name], budget.bundles?.[name]]);
    for (const file of files.slice(1)) rows.push([`  ${file}`, gzip(file)]);
  }
}
const allScripts = readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.js')).map((file) => `assets/${file}`);
for (const file of allScripts.filter((file) => !initial.has(file)).sort()) {
  sizes.lazy[file] = gzip(file);
  rows.push([`${file} (lazy)`, sizes.lazy[file], budget.lazyChunk]);
}
for (const file of readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.css'))) rows.push([`assets/${file} (css)`, gzip(`assets/${file}`)]);

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`${'file'.padEnd(width)}  gzip KiB  budget KiB`);
for (const [name, bytes, limit] of rows) console.log(`${name.padEnd(width)}  ${kib(bytes).padStart(8)}  ${limit === undefined ? '' : String(limit).padStart(10)}`);

const problems = budgetViolations(sizes, budget);
if (problems.length > 0) {
  console.error(`\nSize budget exceeded:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('\nAll sizes are within budget.');
