// Chromium: envelope encryption of a 64 MiB file (encryptFile / decryptFile through the engine, HSM in
// its Worker) against raw AES-256-GCM frames of the same size over the same Blob in the same page,
// interleaved; a sweep of frame sizes from 64 KiB to 1 MiB; and the peak JS heap of the page while a
// 64 MiB file is sealed and opened, sampled from outside through the Chrome DevTools Protocol.

import type { Browser } from '@playwright/test';
import { openBenchPage, withBenchPage, type BenchWindow } from './bench-page-server';
import { peakHeap, type HeapPeak } from './heap-sampler';
import { interleave, median, type BenchResult } from './stats';

const FILE_MIB = 64;
const DEFAULT_FRAME = 256 * 1024;
const FRAME_SIZES = [64, 128, 256, 512, 1024].map((kib) => kib * 1024);
/** Rounds a side at the default frame size (the goal's rows), and for each size of the sweep. */
const ROUNDS = 7;
const SWEEP_ROUNDS = 3;
/** Encrypt + decrypt passes, each sampled on its own: CDP only gets a few samples into one pass. */
const HEAP_PASSES = 3;
const HEAP_GOAL_MIB = FILE_MIB + 16;
const MiB = 1024 * 1024;

type Side = 'seal' | 'open' | 'rawSeal' | 'rawOpen';

interface SizeRates {
  frameSize: number;
  seal: number;
  open: number;
  rawSeal: number;
  rawOpen: number;
}

const kib = (bytes: number) => `${bytes / 1024} KiB`;

async function measure(browser: Browser, baseUrl: string): Promise<BenchResult[]> {
  const { page, problems, close } = await openBenchPage(browser, baseUrl);
  const cdp = await page.context().newCDPSession(page);
  // Every pass leaves 64 MiB of output Blobs and ArrayBuffers behind as garbage. V8 collects their
  // small wrappers lazily, and until it does the blob store keeps their bytes and, filling up, starts
  // paging to disk, which slowed later passes by half. So each pass starts after a GC (not timed).
  const call = async (side: Side, frameSize: number) => {
    await cdp.send('HeapProfiler.collectGarbage');
    return page.evaluate(([s, f]) => (window as unknown as BenchWindow).kmsLabBench.envelope[s](f), [side, frameSize] as const);
  };
  try {
    await page.evaluate((mib) => (window as unknown as BenchWindow).kmsLabBench.envelope.setup(mib), FILE_MIB);
    // Warm-up: JIT, WebCrypto's thread pool and the blob store, once each way.
    for (const side of ['seal', 'open', 'rawSeal', 'rawOpen'] as const) await call(side, DEFAULT_FRAME);

    // Encrypt first (decrypt opens what it sealed), each side against its raw twin, interleaved.
    const pair = async (frameSize: number, rounds: number): Promise<SizeRates> => {
      const sealed = await interleave(rounds, () => call('seal', frameSize), () => call('rawSeal', frameSize));
      const opened = await interleave(rounds, () => call('open', frameSize), () => call('rawOpen', frameSize));
      await page.evaluate(() => (window as unknown as BenchWindow).kmsLabBench.envelope.drop());
      return { frameSize, seal: median(sealed.a), rawSeal: median(sealed.b), open: median(opened.a), rawOpen: median(opened.b) };
    };
    const main = await pair(DEFAULT_FRAME, ROUNDS);
    const sweep: SizeRates[] = [];
    for (const frameSize of FRAME_SIZES) sweep.push(await pair(frameSize, SWEEP_ROUNDS));

    // Each pass is one file encrypted and decrypted, after a GC; the peak is the largest of any pass.
    // The raw baseline's passes alternate with the envelope's: what WebCrypto and V8 cost anyway.
    const peaks: HeapPeak[] = [];
    const rawPeaks: HeapPeak[] = [];
    for (let pass = 0; pass < HEAP_PASSES; pass++) {
      await page.evaluate(() => (window as unknown as BenchWindow).kmsLabBench.envelope.drop());
      peaks.push(await peakHeap(page, () => call('seal', DEFAULT_FRAME).then(() => call('open', DEFAULT_FRAME))));
      await page.evaluate(() => (window as unknown as BenchWindow).kmsLabBench.envelope.drop());
      rawPeaks.push(await peakHeap(page, () => call('rawSeal', DEFAULT_FRAME).then(() => call('rawOpen', DEFAULT_FRAME))));
    }
    await page.evaluate(() => (window as unknown as BenchWindow).kmsLabBench.envelope.teardown());
    if (problems.length > 0) throw new Error(`the bench page reported problems:\n${problems.join('\n')}`);
    return report(main, sweep, peaks, rawPeaks);
  } finally {
    await close();
  }
}

function report(at: SizeRates, sweep: readonly SizeRates[], peaks: readonly HeapPeak[], rawPeaks: readonly HeapPeak[]): BenchResult[] {
  const peak = Math.max(...peaks.map((p) => p.peak));
  const rawPeak = Math.max(...rawPeaks.map((p) => p.peak));
  const each = (list: readonly HeapPeak[]) => list.map((p) => (p.peak / MiB).toFixed(1)).join(', ');
  const fastest = [...sweep].sort((a, b) => b.seal + b.open - (a.seal + a.open))[0]!;
  const perSize = sweep
    .map((r) => `${kib(r.frameSize)} ${r.seal.toFixed(0)}/${r.open.toFixed(0)} (raw ${r.rawSeal.toFixed(0)}/${r.rawOpen.toFixed(0)}, ratio ${(r.seal / r.rawSeal).toFixed(2)}/${(r.open / r.rawOpen).toFixed(2)})`)
    .join('; ');
  const raw = 'raw AES-256-GCM frames of the same size over the same Blob (stream() in, 8 MiB Blobs out, 4 in flight)';
  const common = `${FILE_MIB} MiB of random bytes; median of ${ROUNDS} interleaved rounds each side; goal ratio >= 0.8`;
  const sweepNote = `median of ${SWEEP_ROUNDS} interleaved rounds each side per size`;
  return [
    {
      name: `Chromium: encryptFile, ${FILE_MIB} MiB, ${kib(DEFAULT_FRAME)} frames (GenerateDataKey through the Worker HSM, then frames)`,
      value: at.seal,
      unit: 'MiB/s',
      baseline: { name: raw, value: at.rawSeal, unit: 'MiB/s' },
      ratio: at.seal / at.rawSeal,
      note: common,
    },
    {
      name: `Chromium: decryptFile, ${FILE_MIB} MiB, ${kib(DEFAULT_FRAME)} frames (Decrypt of the data key, then every frame verified)`,
      value: at.open,
      unit: 'MiB/s',
      baseline: { name: raw, value: at.rawOpen, unit: 'MiB/s' },
      ratio: at.open / at.rawOpen,
      note: common,
    },
    {
      name: 'Chromium: fastest frame size for encryptFile + decryptFile (sweep 64 KiB – 1 MiB)',
      value: fastest.frameSize / 1024,
      unit: 'KiB',
      note: `encrypt/decrypt MiB/s per frame size (${sweepNote}): ${perSize}`,
    },
    {
      name: `Chromium: peak JS heap while a ${FILE_MIB} MiB file is encrypted and decrypted (${kib(DEFAULT_FRAME)} frames; largest of ${HEAP_PASSES} passes)`,
      value: peak / MiB,
      unit: 'MiB',
      baseline: { name: 'raw AES-256-GCM frames over the same Blob, passes alternating with the envelope\'s', value: rawPeak / MiB, unit: 'MiB' },
      ratio: peak / rawPeak,
      note: `goal <= ${HEAP_GOAL_MIB} MiB (file size + 16 MiB); envelope passes ${each(peaks)} MiB, raw ${each(rawPeaks)} MiB; ${(peaks[0]!.before / MiB).toFixed(1)} MiB after GC before; objects + ArrayBuffers (CDP Runtime.getHeapUsage usedSize + backingStorageSize), uncollected garbage included; ${peaks.reduce((n, p) => n + p.samples, 0)} samples`,
    },
  ];
}

export function benchBrowserEnvelope(): Promise<BenchResult[]> {
  return withBenchPage((browser, baseUrl) => measure(browser, baseUrl));
}
