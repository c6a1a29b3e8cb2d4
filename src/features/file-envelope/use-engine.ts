import { createContext, use } from 'react';
import { useStore } from 'zustand';
import type { EngineState, EngineStore } from '../../stores/engine-store';

// The file lab gets the app's engine store as a prop (features never reach into app/) and shares it
// with its parts through this context.
export const FileEngineContext = createContext<EngineStore | null>(null);

/** Reads one slice of engine state; the component re-renders only when that slice changes. */
export function useEngine<T>(selector: (state: EngineState) => T): T {
  const store = use(FileEngineContext);
  if (!store) throw new Error('File lab parts must render inside <FileLab>.');
  return useStore(store, selector);
}
