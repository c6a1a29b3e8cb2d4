import { createContext, use } from 'react';
import { useStore } from 'zustand';
import type { EngineState, EngineStore } from '../../stores/engine-store';

// The panel receives the app's engine store as a prop (features never reach into app/) and shares it
// with its parts through this context.
export const EngineStoreContext = createContext<EngineStore | null>(null);

function useEngineStore(): EngineStore {
  const store = use(EngineStoreContext);
  if (!store) throw new Error('Engine panel parts must render inside <EnginePanel>.');
  return store;
}

/** Reads one slice of engine state; the component re-renders only when that slice changes. */
export function useEngine<T>(selector: (state: EngineState) => T): T {
  return useStore(useEngineStore(), selector);
}
