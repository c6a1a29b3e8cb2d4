import { createContext, use, useCallback, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { TrailEntry } from '../../engine/index';
import type { CallOutcome, EngineState, EngineStore } from '../../stores/engine-store';

// What every part of the console needs: the engine store, and the Region and acting identity the
// shell chose. The page passes them in as props; the parts share them through this context.

export interface ConsoleEnv {
  store: EngineStore;
  region: string;
  /** The acting identity's ARN, or null for the engine's default (the account's Admin user). */
  principal: string | null;
}

export const ConsoleContext = createContext<ConsoleEnv | null>(null);

export function useConsoleEnv(): ConsoleEnv {
  const env = use(ConsoleContext);
  if (!env) throw new Error('Key console parts must render inside <KeyConsole>.');
  return env;
}

/** One slice of engine state; the component re-renders only when that slice changes. */
export function useEngine<T>(selector: (state: EngineState) => T): T {
  return useStore(useConsoleEnv().store, selector);
}

/**
 * CloudTrail records what the AWS console sends with the user agent "AWS Internal"; the console's
 * requests say the same here, so the trail tells them from the terminal's and the SDK's.
 */
export const CONSOLE_USER_AGENT = 'AWS Internal';

export type ConsoleCall = (operation: string, input: Record<string, unknown>) => Promise<CallOutcome>;

/** `call` bound to the shell's Region and acting identity: every console request goes through it. */
export function useCall(): ConsoleCall {
  const { store, region, principal } = useConsoleEnv();
  return useCallback(
    (operation, input) =>
      store.getState().call(operation, input, { region, userAgent: CONSOLE_USER_AGENT, ...(principal !== null && { principal }) }),
    [store, region, principal],
  );
}

/**
 * The sequence number of the newest CloudTrail record of a change (not a read), so views read again
 * after any write from anywhere (this console, the terminal, a lesson, KMS deleting a key when its
 * waiting period ends) but not after their own reads, which are recorded too.
 */
function latestChange(trail: readonly TrailEntry[]): number {
  for (let i = trail.length - 1; i >= 0; i--) {
    const entry = trail[i]!;
    if (!entry.record.readOnly) return entry.seq;
  }
  return -1;
}

const CLOCK_TICK_MS = 15_000;

/**
 * The simulation clock's time, kept current: again when KMS Lab's clock jumps (onAdvance) and on a
 * timer for a clock that runs by itself.
 */
export function useClockNow(): number {
  const kms = useEngine((state) => state.kms);
  const [now, setNow] = useState(() => kms?.clock.now() ?? 0);
  useEffect(() => {
    if (!kms) return;
    const read = () => setNow(kms.clock.now());
    read();
    const stop = kms.clock.onAdvance?.(read);
    const timer = window.setInterval(read, CLOCK_TICK_MS);
    return () => {
      stop?.();
      window.clearInterval(timer);
    };
  }, [kms]);
  return now;
}

/** Counts the simulation clock's jumps (ManualClock.advance), for views that read again after one. */
function useClockJumps(): number {
  const kms = useEngine((state) => state.kms);
  const [jumps, setJumps] = useState(0);
  useEffect(() => kms?.clock.onAdvance?.(() => setJumps((n) => n + 1)), [kms]);
  return jumps;
}

/**
 * A value that changes whenever what the console shows may have changed: a write, a clock jump, the
 * Region or the acting identity. Not the running clock: reading again every few seconds would fill
 * CloudTrail with the console's reads.
 */
export interface ChangeStamp {
  /** The engine is running, so reads can be made. */
  ready: boolean;
  /** Region and acting identity: what a read was made for (facts read for another scope are not shown). */
  scope: string;
  /** Changes with the scope and after every write or clock jump. */
  stamp: string;
}

export function useChangeStamp(): ChangeStamp {
  const { region, principal } = useConsoleEnv();
  const ready = useEngine((state) => state.status === 'ready');
  const change = useEngine((state) => latestChange(state.trail));
  const jumps = useClockJumps();
  const scope = `${region}|${principal ?? ''}`;
  return { ready, scope, stamp: `${scope}|${change}|${jumps}` };
}
