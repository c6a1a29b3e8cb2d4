import { createContext, use, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createShellStore, type PreferenceStorage, type ShellState, type ShellStore } from '../stores/shell-store';

// One store per mounted app, made inside the provider: two instances on one page (a future widget
// beside the app, or tests) never share state.
const ShellStoreContext = createContext<ShellStore | null>(null);

function browserStorage(): PreferenceStorage | null {
  try {
    return window.localStorage;
  } catch {
    // Sandboxed iframes and some privacy modes throw on the mere property access.
    return null;
  }
}

export function ShellProvider({ children, store }: { children: ReactNode; store?: ShellStore }) {
  const [shellStore] = useState(() => store ?? createShellStore({ storage: browserStorage() }));
  return <ShellStoreContext value={shellStore}>{children}</ShellStoreContext>;
}

/** The shell store itself, for a provider that must read it outside React's render (the engine's). */
export function useShellStore(): ShellStore {
  const store = use(ShellStoreContext);
  if (!store) throw new Error('useShell must be called inside <ShellProvider>.');
  return store;
}

/** Reads one slice of shell state; the component re-renders only when that slice changes. */
export function useShell<T>(selector: (state: ShellState) => T): T {
  return useStore(useShellStore(), selector);
}
