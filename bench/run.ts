// `npm run bench`: runs every benchmark, writes bench/results.json and prints a table.
// What each one measures, and the caveats of this machine: bench/README.md.

import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchBrowserDataKeys } from './browser-data-key';
import { benchBrowserEnvelope } from './browser-envelope';
import { benchAzRouting, benchReplicaRebuild } from './node-cluster';
import { benchNodeDataKeyPairs } from './node-data-key';
import type { BenchResult } from './stats';

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
// Rates are large and read as whole numbers; a time in milliseconds can be a couple of ms.
const small = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const format = (value: number) => (value < 100 ? small : number).format(value);

function table(results: readonly BenchResult[]): string {
  const rows = results.flatMap((result) => [
    [result.name, `${format(result.value)} ${result.unit}`, result.ratio === undefined ? '' : result.ratio.toFixed(3)],
    ...(result.baseline ? [[`  vs ${result.baseline.name}`, `${format(result.baseline.value)} ${result.baseline.unit}`, '']] : []),
    ...(result.note ? [[`  ${result.note}`, '', '']] : []),
  ]);
  const header = ['benchmark', 'value', 'ratio'];
  const widths = header.map((_, i) => Math.max(header[i]!.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const results: BenchResult[] = [];
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}\n`);
console.log('Node: GenerateDataKey+Decrypt pairs…');
results.push(await benchNodeDataKeyPairs());
console.log('Node: GenerateDataKey with three AZs and routing against one AZ, and a 10,000-key replica rebuild…');
results.push(await benchAzRouting(), await benchReplicaRebuild());
console.log('Chromium: GenerateDataKey through the HSM Web Worker (builds the bench page first)…');
results.push(...(await benchBrowserDataKeys()));
console.log('Chromium: envelope encryption of a 64 MiB file against raw AES-GCM frames, a frame-size sweep and the peak heap…');
results.push(...(await benchBrowserEnvelope()));

writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${table(results)}\n\nwrote bench/results.json`);
