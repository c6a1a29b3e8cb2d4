// Storage in IndexedDB (through `idb`), the browser default. Two object stores: `state` (key records,
// aliases, the trail's head) and `trail` (CloudTrail entries by sequence number). A commit is one
// readwrite transaction over both, so a request's writes and its CloudTrail record land together.

import { openDB, type IDBPDatabase } from 'idb';
import type { Cloneable, Storage, StorageBatch } from '../ports';

export const DEFAULT_DATABASE_NAME = 'kms-lab';
const VERSION = 1;

export async function openIndexedDbStorage(name = DEFAULT_DATABASE_NAME): Promise<Storage> {
  const db: IDBPDatabase = await openDB(name, VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains('state')) database.createObjectStore('state');
      if (!database.objectStoreNames.contains('trail')) database.createObjectStore('trail', { keyPath: 'seq' });
    },
  });
  return {
    kind: 'indexeddb',
    async load() {
      const tx = db.transaction(['state', 'trail'], 'readonly');
      const stateStore = tx.objectStore('state');
      const [keys, values, trail] = await Promise.all([stateStore.getAllKeys(), stateStore.getAll(), tx.objectStore('trail').getAll()]);
      await tx.done;
      return { state: keys.map((key, i) => [key as string, values[i] as Cloneable] as [string, Cloneable]), trail: trail as Cloneable[] };
    },
    async commit(batch: StorageBatch) {
      const tx = db.transaction(['state', 'trail'], 'readwrite');
      const state = tx.objectStore('state');
      const trail = tx.objectStore('trail');
      await Promise.all([
        ...batch.put.map(([key, value]) => state.put(value, key)),
        ...batch.delete.map((key) => state.delete(key)),
        ...batch.trail.map((entry) => trail.put(entry)),
        tx.done,
      ]);
    },
    async replace(stateEntries, trailEntries) {
      const tx = db.transaction(['state', 'trail'], 'readwrite');
      const state = tx.objectStore('state');
      const trail = tx.objectStore('trail');
      await Promise.all([
        state.clear(),
        trail.clear(),
        ...stateEntries.map(([key, value]) => state.put(value, key)),
        ...trailEntries.map((entry) => trail.put(entry)),
        tx.done,
      ]);
    },
    close() {
      db.close();
    },
  };
}
