import { useEffect, useState, type ReactNode } from 'react';
import { EngineStoreContext } from '../stores/engine-context';
import { createEngineStore, type EngineStore } from '../stores/engine-store';
import { startBrowserKms } from './kms-instance';
import { useShellStore } from './providers';

// One engine per mounted app, owned by this provider: its store is made once per instance (never a
// module singleton) and the engine starts on mount and closes (terminating the HSM worker) on unmount.
export function EngineProvider({ children, store }: { children: ReactNode; store?: EngineStore }) {
  const shell = useShellStore();
  // Every request from every view acts as the identity chosen in the header, read at call time.
  const [engineStore] = useState(() => store ?? createEngineStore({ open: () => startBrowserKms(), actingPrincipal: () => shell.getState().principal }));
  useEffect(() => {
    engineStore.getState().start();
    return () => engineStore.getState().stop();
  }, [engineStore]);
  return <EngineStoreContext value={engineStore}>{children}</EngineStoreContext>;
}

/** The app's engine store, for pages to hand to the features they arrange. */
export { useEngineStore } from '../stores/engine-context';
