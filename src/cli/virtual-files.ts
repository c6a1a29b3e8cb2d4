// The terminal's small file area: name → bytes, flat (no folders), with limits so a runaway
// `cat big >> big` cannot fill the browser's storage. It is an interface so the UI can keep it in
// IndexedDB and let the learner upload and download; createMemoryFiles is the default and the tests'.

export interface FileEntry {
  name: string;
  size: number;
}

export interface VirtualFiles {
  list(): FileEntry[];
  /** The file's bytes, or undefined when there is no such file. */
  read(name: string): Uint8Array | undefined;
  /** Creates or replaces (or appends to) a file; throws FileAreaError when a limit would be passed. */
  write(name: string, bytes: Uint8Array, options?: { append?: boolean }): void;
  /** Whether a file was removed. */
  remove(name: string): boolean;
  /** Called after every change, so a UI can persist the area or redraw its file list. */
  subscribe(listener: () => void): () => void;
}

export interface FileLimits {
  maxFileBytes: number;
  maxTotalBytes: number;
  maxFiles: number;
}

export const DEFAULT_FILE_LIMITS: FileLimits = { maxFileBytes: 1024 * 1024, maxTotalBytes: 8 * 1024 * 1024, maxFiles: 200 };

/** A write the area refused; the message reads like the shell's (`File too large`). */
export class FileAreaError extends Error {
  override readonly name = 'FileAreaError';
}

const mib = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;

export function createMemoryFiles(options: { limits?: Partial<FileLimits>; initial?: Readonly<Record<string, Uint8Array>> } = {}): VirtualFiles {
  const limits = { ...DEFAULT_FILE_LIMITS, ...options.limits };
  const files = new Map<string, Uint8Array>(Object.entries(options.initial ?? {}).map(([name, bytes]) => [name, bytes.slice()]));
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of [...listeners]) listener();
  };
  const total = () => [...files.values()].reduce((sum, bytes) => sum + bytes.length, 0);

  return {
    list: () => [...files].map(([name, bytes]) => ({ name, size: bytes.length })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    read: (name) => files.get(name)?.slice(),
    write(name, bytes, { append = false } = {}) {
      const before = files.get(name);
      const next = append && before ? new Uint8Array([...before, ...bytes]) : bytes.slice();
      if (!before && files.size >= limits.maxFiles) throw new FileAreaError(`${name}: Too many files (KMS Lab keeps at most ${limits.maxFiles})`);
      if (next.length > limits.maxFileBytes) throw new FileAreaError(`${name}: File too large (KMS Lab keeps files up to ${mib(limits.maxFileBytes)})`);
      if (total() - (before?.length ?? 0) + next.length > limits.maxTotalBytes) {
        throw new FileAreaError(`${name}: No space left on device (KMS Lab keeps ${mib(limits.maxTotalBytes)} of files)`);
      }
      files.set(name, next);
      changed();
    },
    remove(name) {
      const removed = files.delete(name);
      if (removed) changed();
      return removed;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The learner's home, as in AWS CloudShell; the only folder there is. */
export const HOME = '/home/cloudshell-user';

export type ResolvedPath = { ok: true; name: string } | { ok: true; device: 'null' } | { ok: false; message: string };

/**
 * Maps what a learner types (`ciphertext.bin`, `./x`, `~/x`, `/home/cloudshell-user/x`) to a file
 * name in the area. `..` and other absolute paths are refused with a sentence saying why, rather than
 * silently mapped somewhere, because a learner copying `/tmp/encrypted` should know it is not /tmp.
 */
export function resolvePath(path: string): ResolvedPath {
  if (path === '/dev/null') return { ok: true, device: 'null' };
  if (path === '') return { ok: false, message: ': No such file or directory' };
  let rest = path;
  if (rest === '~' || rest.startsWith('~/')) rest = rest.slice(1);
  else if (rest.startsWith('/')) {
    if (rest !== HOME && !rest.startsWith(`${HOME}/`)) {
      return { ok: false, message: `${path}: outside the lab's file area; KMS Lab has one folder (${HOME}), so use a plain name such as ${lastSegment(path) || 'data.bin'}` };
    }
    rest = rest.slice(HOME.length);
  }
  const segments = rest.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) return { ok: false, message: `${path}: '..' leads outside the lab's file area` };
  if (segments.length === 0) return { ok: false, message: `${path}: Is a directory` };
  if (segments.length > 1) return { ok: false, message: `${path}: No such file or directory (KMS Lab has no sub-folders)` };
  return { ok: true, name: segments[0]! };
}

function lastSegment(path: string): string {
  return path.split('/').filter(Boolean).pop() ?? '';
}
