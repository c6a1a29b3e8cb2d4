// Score history in IndexedDB (database kms-lab-progress, separate from the engine's). Every read is
// checked against the schema, so a damaged record costs that record only, and a missing or blocked
// IndexedDB leaves the quiz working without history.

import { openDB, type IDBPDatabase } from 'idb';
import { isAttempt, type Attempt } from './progress-schema';

const DB_NAME = 'kms-lab-progress';
const STORE = 'attempts';

export interface History {
  attempts: Attempt[];
  /** Records that were in the database but did not pass the schema. */
  skipped: number;
}

export interface ProgressDb {
  list(): Promise<History>;
  add(attempt: Attempt): Promise<void>;
  /** Adds or replaces attempts by id, all in one transaction: all of them or none. */
  merge(attempts: readonly Attempt[]): Promise<void>;
  close(): void;
}

export async function openProgressDb(): Promise<ProgressDb> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available in this browser.');
  const db: IDBPDatabase = await openDB(DB_NAME, 1, {
    upgrade(database) {
      if (!database.objectStoreNames.contains(STORE)) database.createObjectStore(STORE, { keyPath: 'id' });
    },
  });
  return {
    async list() {
      const raw: unknown[] = await db.getAll(STORE);
      const attempts = raw.filter(isAttempt).sort((a, b) => b.finishedAt - a.finishedAt);
      return { attempts, skipped: raw.length - attempts.length };
    },
    async add(attempt) {
      await db.put(STORE, attempt);
    },
    async merge(attempts) {
      const tx = db.transaction(STORE, 'readwrite');
      await Promise.all([...attempts.map((attempt) => tx.store.put(attempt)), tx.done]);
    },
    close: () => db.close(),
  };
}
