import { createContext, use } from 'react';
import { useStore } from 'zustand';
import type { EngineState, EngineStore } from './engine-store';

/**
 * The engine store for a tree of components. The app's EngineProvider fills it; a feature that
 * receives the store as a prop (features never reach into app/) provides it again for its own parts,
 * so the feature works wherever it is mounted (a page, a test, a widget).
 */
export const EngineStoreContext = createContext<EngineStore | null>(null);

export function useEngineStore(): EngineStore {
  const store = use(EngineStoreContext);
  if (!store) throw new Error('This component needs an engine store: render it inside <EngineStoreContext value={store}>.');
  return store;
}

/** Reads one slice of engine state; the component re-renders only when that slice changes. */
export function useEngine<T>(selector: (state: EngineState) => T): T {
  return useStore(useEngineStore(), selector);
}
