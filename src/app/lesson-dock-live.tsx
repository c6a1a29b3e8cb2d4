// The lesson in progress, docked under <main> on every page (loaded lazily by lesson-dock.tsx), and
// the wiring of the lesson feature to the app — one lesson session per engine store, progress in
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
 * Empties the simulator with the engine's own reset (SPEC SNAP: every key, alias and CloudTrail record
 * in one storage write, the clock started again). The engine object stays the same, so every page's
 * subscriptions stay attached; the engine store republishes the (now empty) trail.
 */
async function resetSimulator(engine: EngineStore): Promise<Kms> {
  const kms = await whenReady(engine);
  await kms.state.reset();
  return kms;
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

export default function LessonDockLive() {
  const session = useLessonSession();
  const region = useShell((state) => state.region);

  useEffect(() => {
    if (!session.getState().loaded) void session.getState().load();
    return session.getState().watch();
  }, [session]);

  return <LessonDockPanel session={session} lessonHref={lessonHref} region={region} />;
}
