// Starts the app's KMS engine: the HSM in a real Web Worker, the engine on this thread, storage in
// IndexedDB (createKms's browser default), and simulated time that follows the wall clock plus
// whatever the learner advanced it by, saved with the state so a reload never moves it backwards
// (SPEC CLOCK-1, CLOCK-2). One engine per app instance: the EngineProvider calls this once and hands
// the engine to its store.

import { createKms, createWorkerHsm, SimulationClock, type Kms, type KmsOptions } from '../engine/index';

export type BrowserKmsOptions = Omit<KmsOptions, 'hsm'>;

export async function startBrowserKms(options: BrowserKmsOptions = {}): Promise<Kms> {
  // This exact `new Worker(new URL(…, import.meta.url))` shape is what Vite recognises and bundles as
  // a separate worker script, served from 'self' as the CSP's worker-src allows.
  const worker = new Worker(new URL('../engine/hsm/worker-shell.ts', import.meta.url), { type: 'module', name: 'kms-lab-hsm' });
  try {
    return await createKms({ clock: new SimulationClock(), ...options, hsm: createWorkerHsm(worker) });
  } catch (error) {
    worker.terminate();
    throw error;
  }
}
