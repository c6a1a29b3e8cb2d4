// Where the terminal keeps what a learner expects to find after a reload: the file area and the
// command history. An interface, so the view's logic is tested on memory and the browser uses
// IndexedDB (idb-storage.ts). Stored data is untrusted: an old version, another tab or a curious
// learner in DevTools may have left anything there, so everything read passes sanitizeSaved first.

import { DEFAULT_FILE_LIMITS, resolvePath, type FileLimits } from '../../cli/index';

export interface SavedTerminal {
  files: Record<string, Uint8Array>;
  history: string[];
}

export interface TerminalStorage {
  /** What was saved; never throws for bad data (it is dropped), only for storage that cannot be read. */
  load(): Promise<SavedTerminal>;
  putFile(name: string, bytes: Uint8Array): Promise<void>;
  deleteFile(name: string): Promise<void>;
  saveHistory(lines: readonly string[]): Promise<void>;
  /** Lets go of the database when the view goes away (saves already queued still finish). */
  close?(): void;
}

export const MAX_SAVED_HISTORY = 500;
/** A history line longer than this is not something a learner typed; it is not kept. */
export const MAX_HISTORY_LINE = 64 * 1024;

function asBytes(value: unknown): Uint8Array | undefined {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  return undefined;
}

/**
 * Keeps only what the file area could have written itself: plain names (no paths, no `..`), byte
 * values, and within the area's limits (files past a limit are dropped, in name order).
 */
export function sanitizeFiles(entries: Iterable<readonly [unknown, unknown]>, limits: FileLimits = DEFAULT_FILE_LIMITS): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = Object.create(null) as Record<string, Uint8Array>;
  const valid: Array<[string, Uint8Array]> = [];
  for (const [name, value] of entries) {
    if (typeof name !== 'string') continue;
    const resolved = resolvePath(name);
    const bytes = asBytes(value);
    if (!bytes || !resolved.ok || !('name' in resolved) || resolved.name !== name) continue;
    if (bytes.length > limits.maxFileBytes) continue;
    valid.push([name, bytes]);
  }
  valid.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let total = 0;
  let count = 0;
  for (const [name, bytes] of valid) {
    if (count >= limits.maxFiles || total + bytes.length > limits.maxTotalBytes) continue;
    out[name] = bytes;
    total += bytes.length;
    count++;
  }
  return out;
}

/** A list of strings, newest last, at most MAX_SAVED_HISTORY of them; anything else becomes []. */
export function sanitizeHistory(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((line): line is string => typeof line === 'string' && line.trim() !== '' && line.length <= MAX_HISTORY_LINE && !line.includes('\n')).slice(-MAX_SAVED_HISTORY);
}

/** Storage that lives as long as the page: the tests' and the fallback when IndexedDB is refused. */
export function createMemoryStorage(initial: { files?: Iterable<readonly [unknown, unknown]>; history?: unknown } = {}): TerminalStorage & { snapshot(): SavedTerminal } {
  const files = new Map<unknown, unknown>(initial.files ?? []);
  let history: unknown = initial.history ?? [];
  const snapshot = (): SavedTerminal => ({ files: sanitizeFiles(files), history: sanitizeHistory(history) });
  return {
    load: () => Promise.resolve(snapshot()),
    snapshot,
    putFile(name, bytes) {
      files.set(name, bytes.slice());
      return Promise.resolve();
    },
    deleteFile(name) {
      files.delete(name);
      return Promise.resolve();
    },
    saveHistory(lines) {
      history = [...lines];
      return Promise.resolve();
    },
  };
}
