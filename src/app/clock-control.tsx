import { useCallback, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import type { Kms } from '../engine/index';
import { useEngineStore } from './engine-provider';
import { formatSimulatedMinute, formatSimulatedTime } from '../components/simulated-time';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

const STEPS: readonly { label: string; words: string; ms: number }[] = [
  { label: '+1 h', words: '1 hour', ms: HOUR_MS },
  { label: '+1 d', words: '1 day', ms: DAY_MS },
  { label: '+7 d', words: '7 days', ms: 7 * DAY_MS },
  { label: '+30 d', words: '30 days', ms: 30 * DAY_MS },
];

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The engine's clock to the second: read once a second (it follows the wall clock) and at once after
 * a jump. Whole seconds keep the snapshot stable between React's reads.
 */
function useSimulatedNow(kms: Kms | null): number | null {
  const subscribe = useCallback(
    (changed: () => void) => {
      if (!kms) return () => {};
      const timer = window.setInterval(changed, 1000);
      const stop = kms.clock.onAdvance?.(changed);
      return () => {
        window.clearInterval(timer);
        stop?.();
      };
    },
    [kms],
  );
  return useSyncExternalStore(subscribe, () => (kms ? Math.floor(kms.clock.now() / 1000) * 1000 : null));
}

/**
 * The simulation clock in the header: simulated time, and buttons that move it forward so a deletion
 * window ends or a rotation falls due. What an advance did is announced in a live region.
 */
export function ClockControl() {
  const store = useEngineStore();
  const kms = useStore(store, (state) => state.kms);
  const now = useSimulatedNow(kms);
  const groupId = useId();
  const [announcement, setAnnouncement] = useState('');
  const busy = useRef(false);

  async function advance(step: (typeof STEPS)[number]) {
    if (!kms || busy.current) return;
    busy.current = true;
    try {
      const result = await kms.advanceClock(step.ms);
      const happened = [
        result.keysDeleted > 0 && `${plural(result.keysDeleted, 'key', 'keys')} deleted`,
        result.keysRotated > 0 && `${plural(result.keysRotated, 'automatic rotation', 'automatic rotations')}`,
      ].filter(Boolean);
      setAnnouncement(`Advanced ${step.words} to ${formatSimulatedMinute(result.now)}${happened.length > 0 ? ` — ${happened.join(', ')}` : ''}.`);
    } catch (error) {
      setAnnouncement(`The clock did not move: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      busy.current = false;
    }
  }

  return (
    <div className="clock-control">
      <p className="clock-control__now">
        <span className="clock-control__label">Simulated time</span>{' '}
        {now === null ? <span>starting…</span> : <time dateTime={new Date(now).toISOString()}>{formatSimulatedTime(now)}</time>}
      </p>
      <div className="clock-control__steps" role="group" aria-labelledby={groupId}>
        <span id={groupId} className="clock-control__label">
          Advance
        </span>
        {STEPS.map((step) => (
          <button
            key={step.ms}
            type="button"
            className="header-button"
            aria-label={`Advance the clock by ${step.words}`}
            aria-disabled={kms === null}
            onClick={() => void advance(step)}
          >
            {step.label}
          </button>
        ))}
      </div>
      {/* A live region without the status role: pages keep "the page's status" to themselves. */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
