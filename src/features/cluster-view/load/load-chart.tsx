import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ChartColours, LoadChartHandle } from './uplot-chart';
import type { LoadProgress } from './load-run';

type Series = (number | null)[];

/** The chart's columns: second 1…T, then accepted, throttled, from cache and the quota line. */
function chartData(progress: LoadProgress, quota: number | undefined): [number[], Series, Series, Series, Series] {
  const perSecond = progress.total / progress.seconds.length;
  const reached = Math.ceil(progress.sent / perSecond);
  const seconds = progress.seconds.map((_, i) => i + 1);
  const shown = (pick: (i: number) => number) => progress.seconds.map((_, i) => (i < reached ? pick(i) : null));
  // The quota is drawn only when it is near the load: 100,000/s beside 50/s would flatten every line.
  const quotaLine = quota !== undefined && quota <= perSecond * 4 ? progress.seconds.map(() => quota) : progress.seconds.map(() => null);
  return [seconds, shown((i) => progress.seconds[i]!.accepted), shown((i) => progress.seconds[i]!.throttled), shown((i) => progress.seconds[i]!.cached), quotaLine];
}

function subscribeToScheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', onChange);
  };
}

/** 'light' or 'dark', as the page is drawn now: the canvas must be redrawn in the theme's colours. */
function useColourScheme(): string {
  return useSyncExternalStore(subscribeToScheme, () => getComputedStyle(document.documentElement).colorScheme, () => 'light');
}

function readColours(element: HTMLElement): ChartColours {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return { accepted: read('--chart-accepted'), throttled: read('--chart-throttled'), cached: read('--chart-cached'), quota: read('--chart-quota'), text: read('--color-text-muted'), grid: read('--color-border') };
}

/**
 * Accepted, throttled and cached per second, live. The canvas is a picture for sighted readers; the
 * counters above it and the summary at the end say the same in text.
 */
export function LoadChart({ progress, quota }: { progress: LoadProgress; quota: number | undefined }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<LoadChartHandle | null>(null);
  const latest = useRef(chartData(progress, quota));
  const [failed, setFailed] = useState(false);
  const scheme = useColourScheme();

  useEffect(() => {
    latest.current = chartData(progress, quota);
    chart.current?.update(latest.current);
  }, [progress, quota]);

  useEffect(() => {
    let cancelled = false;
    let handle: LoadChartHandle | null = null;
    import('./uplot-chart').then(
      ({ createLoadChart }) => {
        if (cancelled || !box.current) return;
        handle = createLoadChart(box.current, readColours(box.current), latest.current);
        chart.current = handle;
      },
      () => setFailed(true),
    );
    return () => {
      cancelled = true;
      handle?.destroy();
      chart.current = null;
    };
  }, [scheme]);

  return (
    <figure className="load-chart">
      <div ref={box} className="load-chart__canvas" role="img" aria-label="Chart of GenerateDataKey calls accepted and throttled, and messages served from the cache, per second" />
      {failed && <p className="field__note field__note--error">The chart could not load; the counts above are complete.</p>}
      <figcaption className="load-chart__legend">
        <span className="legend-item legend-item--accepted">Accepted</span>
        <span className="legend-item legend-item--throttled">Throttled</span>
        <span className="legend-item legend-item--cached">From cache (no call)</span>
        <span className="legend-item legend-item--quota">Quota</span>
      </figcaption>
    </figure>
  );
}
