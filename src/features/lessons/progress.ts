// Lesson progress: which lesson is active, at which step, which trail record the step began after,
// and what the learner has completed. Kept in its own IndexedDB database (`kms-lab-lessons`, one
// record) so it survives reloads; anything unreadable there is treated as no progress, never as an
// error on the page.

import { openDB, type IDBPDatabase } from 'idb';

export interface ActiveLesson {
  lessonId: string;
  stepIndex: number;
  /** Trail records after this sequence number are the learner's work on the step. */
  sinceSeq: number;
  /** The step's goal has been met (it stays met even if the learner later undoes it). */
  met: boolean;
}

export interface Progress {
  active: ActiveLesson | null;
  /** Step ids completed, by lesson id. */
  completedSteps: Record<string, string[]>;
  /** Lessons finished, by id. */
  completedLessons: string[];
}

export const EMPTY_PROGRESS: Progress = { active: null, completedSteps: {}, completedLessons: [] };

export interface ProgressStorage {
  load(): Promise<Progress>;
  save(progress: Progress): Promise<void>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * Reads stored progress defensively: a value of the wrong shape (an older version, a hand-edited
 * database, a half-written record) yields what can be trusted in it and drops the rest.
 */
export function parseProgress(value: unknown): Progress {
  if (!isRecord(value)) return EMPTY_PROGRESS;
  const completedSteps: Record<string, string[]> = {};
  if (isRecord(value.completedSteps)) {
    for (const [lessonId, steps] of Object.entries(value.completedSteps)) if (isStringList(steps)) completedSteps[lessonId] = [...new Set(steps)];
  }
  const completedLessons = isStringList(value.completedLessons) ? [...new Set(value.completedLessons)] : [];
  let active: ActiveLesson | null = null;
  const raw = value.active;
  if (
    isRecord(raw) &&
    typeof raw.lessonId === 'string' &&
    Number.isInteger(raw.stepIndex) &&
    (raw.stepIndex as number) >= 0 &&
    typeof raw.sinceSeq === 'number' &&
    Number.isFinite(raw.sinceSeq) &&
    typeof raw.met === 'boolean'
  ) {
    active = { lessonId: raw.lessonId, stepIndex: raw.stepIndex as number, sinceSeq: raw.sinceSeq, met: raw.met };
  }
  return { active, completedSteps, completedLessons };
}

export const PROGRESS_DATABASE = 'kms-lab-lessons';
const STORE = 'progress';
const RECORD_KEY = 'current';

/** Progress in IndexedDB. Failing to open or read gives empty progress; a failed write is reported to the caller. */
export function indexedDbProgress(name = PROGRESS_DATABASE): ProgressStorage {
  let opening: Promise<IDBPDatabase> | null = null;
  const open = () =>
    (opening ??= openDB(name, 1, {
      upgrade(db) {
        if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE);
      },
    }));
  return {
    async load() {
      try {
        const db = await open();
        return parseProgress(await db.get(STORE, RECORD_KEY));
      } catch {
        opening = null;
        return EMPTY_PROGRESS;
      }
    },
    async save(progress) {
      const db = await open();
      await db.put(STORE, progress, RECORD_KEY);
    },
  };
}

/** Progress kept in memory only (tests, or a browser without IndexedDB). */
export function memoryProgress(initial: unknown = EMPTY_PROGRESS): ProgressStorage {
  let stored: unknown = initial;
  return {
    load: () => Promise.resolve(parseProgress(stored)),
    save(progress) {
      stored = structuredClone(progress);
      return Promise.resolve();
    },
  };
}
