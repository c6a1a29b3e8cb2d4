import { useStore } from 'zustand';
import type { LessonSession, LessonSessionState } from './lesson-session';

/** Reads one slice of the lesson session; the component re-renders only when that slice changes. */
export function useSession<T>(session: LessonSession, selector: (state: LessonSessionState) => T): T {
  return useStore(session, selector);
}
