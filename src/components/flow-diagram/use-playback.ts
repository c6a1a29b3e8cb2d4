import { useCallback, useEffect, useReducer } from 'react';

// Step-by-step playback of a timeline: play, pause, step, jump, speed. The learner controls it;
// playing only advances one step per interval and stops at the end, so nothing loops on its own.

export const SPEEDS = [0.25, 0.5, 1, 1.5, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** One step at 1×: long enough to read a caption, short enough to keep moving. */
export const STEP_MS = 2800;

interface State {
  /** -1 before the first step. */
  index: number;
  playing: boolean;
  speed: Speed;
  /** The furthest step ever shown: lets a view act once a step has been seen (the data key wipe). */
  reached: number;
}

type Action =
  | { type: 'reset'; count: number; autoplay: boolean; startAt: number }
  | { type: 'go'; index: number; count: number }
  | { type: 'play' | 'pause' }
  | { type: 'tick'; count: number }
  | { type: 'speed'; speed: Speed };

function reduce(state: State, action: Action): State {
  const clamp = (index: number, count: number) => Math.max(count > 0 ? 0 : -1, Math.min(index, count - 1));
  switch (action.type) {
    case 'reset': {
      const index = clamp(action.startAt, action.count);
      return { ...state, index, reached: index, playing: action.autoplay && action.count > 1 };
    }
    case 'go': {
      const index = clamp(action.index, action.count);
      return { ...state, index, reached: Math.max(state.reached, index), playing: false };
    }
    case 'tick': {
      const index = clamp(state.index + 1, action.count);
      return { ...state, index, reached: Math.max(state.reached, index), playing: index < action.count - 1 };
    }
    case 'play':
      return { ...state, playing: true };
    case 'pause':
      return { ...state, playing: false };
    case 'speed':
      return { ...state, speed: action.speed };
  }
}

export interface Playback extends State {
  count: number;
  /** How long one step lasts at the current speed. */
  stepMs: number;
  play: () => void;
  pause: () => void;
  toggle: () => void;
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  goTo: (index: number) => void;
  replay: () => void;
  setSpeed: (speed: Speed) => void;
  slower: () => void;
  faster: () => void;
}

/** `timelineKey` changes when a new timeline arrives: playback restarts from `startAt` (its first step). */
export function usePlayback(count: number, timelineKey: unknown, autoplay = true, startAt = 0): Playback {
  const [state, dispatch] = useReducer(reduce, { index: count > 0 ? 0 : -1, playing: false, speed: 1, reached: count > 0 ? 0 : -1 });
  const stepMs = STEP_MS / state.speed;

  useEffect(() => {
    dispatch({ type: 'reset', count, autoplay, startAt });
  }, [timelineKey, count, autoplay, startAt]);

  useEffect(() => {
    if (!state.playing) return;
    const timer = setTimeout(() => dispatch({ type: 'tick', count }), stepMs);
    return () => clearTimeout(timer);
  }, [state.playing, state.index, stepMs, count]);

  const goTo = useCallback((index: number) => dispatch({ type: 'go', index, count }), [count]);
  const at = SPEEDS.indexOf(state.speed);
  return {
    ...state,
    count,
    stepMs,
    play: () => (state.index >= count - 1 ? (goTo(0), dispatch({ type: 'play' })) : dispatch({ type: 'play' })),
    pause: () => dispatch({ type: 'pause' }),
    toggle: () => (state.playing ? dispatch({ type: 'pause' }) : state.index >= count - 1 ? (goTo(0), dispatch({ type: 'play' })) : dispatch({ type: 'play' })),
    next: () => goTo(state.index + 1),
    previous: () => goTo(state.index - 1),
    first: () => goTo(0),
    last: () => goTo(count - 1),
    goTo,
    replay: () => {
      goTo(0);
      dispatch({ type: 'play' });
    },
    setSpeed: (speed) => dispatch({ type: 'speed', speed }),
    slower: () => dispatch({ type: 'speed', speed: SPEEDS[Math.max(0, at - 1)]! }),
    faster: () => dispatch({ type: 'speed', speed: SPEEDS[Math.min(SPEEDS.length - 1, at + 1)]! }),
  };
}
