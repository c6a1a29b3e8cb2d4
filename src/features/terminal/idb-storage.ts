// TerminalStorage on IndexedDB (through idb), in a database of the terminal's own so it never touches
// the engine's: `files` maps a file name to its bytes, `meta` holds the history under "history".

import { openDB, type IDBPDatabase } from 'idb';
import { sanitizeFiles, sanitizeHistory, type TerminalStorage } from './terminal-storage';

export const TERMINAL_DB = 'kms-lab-terminal';
const VERSION = 1;
const FILES = 'files';
const META = 'meta';

export async function openTerminalStorage(): Promise<TerminalStorage> {
  const db: IDBPDatabase = await openDB(TERMINAL_DB, VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains(FILES)) database.createObjectStore(FILES);
      if (!database.objectStoreNames.contains(META)) database.createObjectStore(META);
    },
  });
  return {
    async load() {
      const tx = db.transaction([FILES, META], 'readonly');
      const [names, values, history] = await Promise.all([
        tx.objectStore(FILES).getAllKeys(),
        tx.objectStore(FILES).getAll() as Promise<unknown[]>,
        tx.objectStore(META).get('history') as Promise<unknown>,
      ]);
      await tx.done;
      return { files: sanitizeFiles(names.map((name, i) => [name, values[i]] as const)), history: sanitizeHistory(history) };
    },
    async putFile(name, bytes) {
      await db.put(FILES, bytes, name);
    },
    async deleteFile(name) {
      await db.delete(FILES, name);
    },
    async saveHistory(lines) {
      await db.put(META, [...lines], 'history');
    },
    close: () => db.close(),
  };
}
