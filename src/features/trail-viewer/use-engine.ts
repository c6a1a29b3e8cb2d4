import { createContext, use } from 'react';
import { useStore } from 'zustand';
import type { EngineState, EngineStore } from '../../stores/engine-store';

// The viewer receives the app's engine store as a prop from its page and shares it with its parts here.
export const TrailEngineContext = createContext<EngineStore | null>(null);

export function useTrailEngineStore(): EngineStore {
  const store = use(TrailEngineContext);
  if (!store) throw new Error('Trail viewer parts must render inside <TrailViewer>.');
  return store;
}

/** Reads one slice of engine state; the component re-renders only when that slice changes. */
export function useEngine<T>(selector: (state: EngineState) => T): T {
  return useStore(useTrailEngineStore(), selector);
}
