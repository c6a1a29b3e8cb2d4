import type { LoadProgress, LoadSecond } from './load-run';

const count = new Intl.NumberFormat('en-US');

export function totals(seconds: readonly LoadSecond[]): LoadSecond {
  return seconds.reduce((sum, s) => ({ accepted: sum.accepted + s.accepted, throttled: sum.throttled + s.throttled, failed: sum.failed + s.failed, cached: sum.cached + s.cached }), {
    accepted: 0,
    throttled: 0,
    failed: 0,
    cached: 0,
  });
}

/** One sentence for the live region when a run ends. */
export function summarize(progress: LoadProgress, region: string, cached: boolean): string {
  const sum = totals(progress.seconds);
  const parts = [
    `${count.format(sum.accepted)} GenerateDataKey ${sum.accepted === 1 ? 'call' : 'calls'} accepted`,
    `${count.format(sum.throttled)} throttled with ThrottlingException`,
  ];
  if (cached) parts.push(`${count.format(sum.cached)} messages reused a cached data key and made no call`);
  if (sum.failed > 0) parts.push(`${count.format(sum.failed)} failed otherwise (${progress.otherFailure ?? 'unknown'})`);
  return `Load finished in ${region}: ${count.format(progress.sent)} messages sent; ${parts.join(', ')}.`;
}
