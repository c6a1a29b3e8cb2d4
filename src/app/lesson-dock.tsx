// The lesson in progress, docked under <main> on every page: the shell renders <LessonDock />, and
// this file wires the lesson feature to the app — one lesson session per engine store, progress in
// IndexedDB, and the simulator reset a lesson needs.

import { useEffect } from 'react';
import type { Kms } from '../engine/index';
import { LessonDockPanel } from '../features/lessons/lesson-dock-panel';
import { createLessonSession, type LessonSession } from '../features/lessons/lesson-session';
import { indexedDbProgress } from '../features/lessons/progress';
import type { EngineStore } from '../stores/engine-store';
import { useEngineStore } from './engine-provider';
import { useShell } from './providers';
import { hrefFor } from './routes';

/** The engine's IndexedDB database (engine/storage/indexeddb.ts DEFAULT_DATABASE_NAME). */
const ENGINE_DATABASE = 'kms-lab';

function whenReady(engine: EngineStore): Promise<Kms> {
  return new Promise((resolve, reject) => {
    const settle = () => {
      const { status, kms, failure } = engine.getState();
      if (status === 'ready' && kms) {
        stop();
        resolve(kms);
      } else if (status === 'failed') {
        stop();
        reject(new Error(failure ?? 'The engine did not start.'));
      }
    };
    const stop = engine.subscribe(settle);
    settle();
  });
}

/**
 * Empties the simulator. The engine's own reset (kms.state.reset(), one storage write) when this
 * build has it; otherwise the engine is closed, its database deleted and a fresh one started.
 */
async function resetSimulator(engine: EngineStore): Promise<Kms> {
  const kms = await whenReady(engine);
  const stateApi = (kms as { state?: { reset?: () => Promise<void> } }).state;
  if (typeof stateApi?.reset === 'function') {
    await stateApi.reset();
    return kms;
  }
  engine.getState().stop();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(ENGINE_DATABASE);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('The simulator\'s database could not be deleted.'));
    request.onblocked = () => reject(new Error('KMS Lab is open in another tab; close it there to reset the simulator.'));
  });
  engine.getState().start();
  return whenReady(engine);
}

// One session per engine store (so per app instance); a WeakMap so that an unmounted app's session goes with it.
const sessions = new WeakMap<EngineStore, LessonSession>();

/** The lesson session of this app instance, for the dock and the Learn pages. */
export function useLessonSession(): LessonSession {
  const engine = useEngineStore();
  let session = sessions.get(engine);
  if (!session) {
    session = createLessonSession({ engine, resetEngine: () => resetSimulator(engine), storage: indexedDbProgress() });
    sessions.set(engine, session);
  }
  return session;
}

export const lessonHref = (lessonId: string) => `${hrefFor('/learn')}/${encodeURIComponent(lessonId)}`;

export function LessonDock() {
  const session = useLessonSession();
  const region = useShell((state) => state.region);

  useEffect(() => {
    if (!session.getState().loaded) void session.getState().load();
    return session.getState().watch();
  }, [session]);

  return <LessonDockPanel session={session} lessonHref={lessonHref} region={region} />;
}
