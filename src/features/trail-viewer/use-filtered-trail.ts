import { useEffect, useMemo, useState } from 'react';
import type { TrailEntry } from '../../engine/index';
import { filterSteps, type FilterOutcome, type TrailFilter } from './filter';

/** How long one slice of filtering may hold the page thread before it lets a frame through. */
const SLICE_MS = 12;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Filters in slices between frames, so 100,000 events never freeze the page. A newer request cancels
 * an older one; until the new answer is ready the last one stays on screen (`pending` says so).
 */
export function useFilteredTrail(
  entries: readonly TrailEntry[],
  version: number,
  region: string | null,
  filter: TrailFilter,
  now: () => number,
): { outcome: FilterOutcome | null; pending: boolean } {
  const request = useMemo(() => ({ entries, version, region, filter, now }), [entries, version, region, filter, now]);
  const [answer, setAnswer] = useState<{ outcome: FilterOutcome; for: typeof request } | null>(null);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      await nextTask();
      const steps = filterSteps(request.entries, request.region, request.filter, request.now());
      let deadline = performance.now() + SLICE_MS;
      for (;;) {
        if (cancelled) return;
        const step = steps.next();
        if (step.done) {
          setAnswer({ outcome: step.value, for: request });
          return;
        }
        if (performance.now() > deadline) {
          await nextTask();
          deadline = performance.now() + SLICE_MS;
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [request]);

  return { outcome: answer?.outcome ?? null, pending: answer?.for !== request };
}

/** `value`, changing at most once per `ms`: a busy trail re-filters once a second, not once a record. */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const [since, setSince] = useState(0);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const wait = Math.max(0, since + ms - performance.now());
    const timer = setTimeout(() => {
      setShown(value);
      setSince(performance.now());
    }, wait);
    return () => clearTimeout(timer);
  }, [value, shown, since, ms]);
  return shown;
}
