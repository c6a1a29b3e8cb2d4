// The CLI's file area with every change mirrored to TerminalStorage. The area itself stays the CLI's
// in-memory one (synchronous, as the shell needs); saving follows each change in order, one write at
// a time, so a quick `echo a > f; rm f` can never be saved as the reverse.

import { createMemoryFiles, type FileLimits, type VirtualFiles } from '../../cli/index';
import type { TerminalStorage } from './terminal-storage';

export interface PersistentFiles extends VirtualFiles {
  /** Resolves when every change so far is saved (or has failed and been reported). */
  flushed(): Promise<void>;
}

export function createPersistentFiles(
  storage: TerminalStorage,
  initial: Record<string, Uint8Array>,
  onSaveError: (error: unknown) => void,
  limits?: Partial<FileLimits>,
): PersistentFiles {
  const area = createMemoryFiles({ initial, ...(limits && { limits }) });
  let queue: Promise<void> = Promise.resolve();
  const save = (task: () => Promise<void>) => {
    queue = queue.then(task).catch(onSaveError);
  };
  return {
    list: () => area.list(),
    read: (name) => area.read(name),
    write(name, bytes, options) {
      area.write(name, bytes, options);
      const stored = area.read(name);
      if (stored) save(() => storage.putFile(name, stored));
    },
    remove(name) {
      const removed = area.remove(name);
      if (removed) save(() => storage.deleteFile(name));
      return removed;
    },
    subscribe: (listener) => area.subscribe(listener),
    flushed: () => queue,
  };
}
