// Profiles the bench page's main thread while it runs GenerateDataKey, 64 in flight, so a slow ratio
// can be traced to functions: `npx tsx bench/profile-page.ts [engine|raw] [memory|indexeddb]` builds the
// bench page unminified, runs one warm-up and three profiled rounds of 4,000, writes
// bench/.tmp/page.cpuprofile (open it in Chrome DevTools, Performance panel) and prints the functions
// with the most self time.

import { mkdirSync, writeFileSync } from 'node:fs';
import { openBenchPage, withBenchPage, type BenchWindow } from './bench-page-server';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const side: 'engine' | 'raw' = process.argv[2] === 'raw' ? 'raw' : 'engine';
const storage: 'memory' | 'indexeddb' = process.argv[3] === 'indexeddb' ? 'indexeddb' : 'memory';
process.env.BENCH_MINIFY = 'false';

const profile = await withBenchPage(async (browser, baseUrl) => {
  const { page, problems, close } = await openBenchPage(browser, baseUrl);
  try {
    await page.evaluate((s) => (window as unknown as BenchWindow).kmsLabBench.setup(s), storage);
    const round = () => page.evaluate((s) => (window as unknown as BenchWindow).kmsLabBench[s](4000, 64), side);
    console.log(`warm-up: ${Math.round(await round())}/s`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    for (let i = 0; i < 3; i++) console.log(`profiled round ${i + 1}: ${Math.round(await round())}/s`);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    if (problems.length > 0) throw new Error(`the bench page reported problems:\n${problems.join('\n')}`);
    return profile;
  } finally {
    await close();
  }
});

mkdirSync(new URL('./.tmp/', import.meta.url), { recursive: true });
writeFileSync(new URL('./.tmp/page.cpuprofile', import.meta.url), JSON.stringify(profile));

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
  const name = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber}`;
  const delta = profile.timeDeltas[i] ?? 0;
  self.set(name, (self.get(name) ?? 0) + delta);
  total += delta;
});
console.log(`\nself time, ${side} side, ${storage} storage (bench/.tmp/page.cpuprofile):`);
for (const [name, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${((time / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
