// The terminal view's pure parts: Tab's choices, the screen's bounds and announcements, the width
// in columns, what stored data is trusted, and the order saves happen in.

import { describe, expect, it } from 'vitest';
import { applyCompletion, columnize, commonPrefix } from './apply-completion';
import { createPersistentFiles } from './persistent-files';
import { profileFor } from './profile-for';
import { paste } from './paste';
import { announcement, appendEntry, clipOutput, columnsFor } from './scrollback';
import { createMemoryStorage, sanitizeFiles, sanitizeHistory, type TerminalStorage } from './terminal-storage';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('Tab', () => {
  it('writes in a single candidate with a space after it', () => {
    expect(applyCompletion('aws kms encrypt --key-id alias/a', 32, { start: 25, end: 32, candidates: ['alias/app'] })).toEqual({ line: 'aws kms encrypt --key-id alias/app ', cursor: 35, listed: [] });
  });

  it('completes in the middle of a line without doubling the space that follows', () => {
    expect(applyCompletion('aws kms enc --key-id x', 11, { start: 8, end: 11, candidates: ['encrypt'] })).toEqual({ line: 'aws kms encrypt --key-id x', cursor: 16, listed: [] });
  });

  it('extends several candidates to what they share, and lists them when that adds nothing', () => {
    expect(applyCompletion('aws kms cre', 11, { start: 8, end: 11, candidates: ['create-alias', 'create-key'] })).toMatchObject({ line: 'aws kms create-', listed: [] });
    expect(applyCompletion('aws kms create-', 15, { start: 8, end: 15, candidates: ['create-alias', 'create-key'] })).toEqual({ line: 'aws kms create-', cursor: 15, listed: ['create-alias', 'create-key'] });
  });

  it('leaves the line alone when nothing matches', () => {
    expect(applyCompletion('zzz', 3, { start: 0, end: 3, candidates: [] })).toEqual({ line: 'zzz', cursor: 3, listed: [] });
  });

  it('common prefixes and bash-style columns', () => {
    expect(commonPrefix(['fileb://a.txt', 'fileb://a.bin'])).toBe('fileb://a.');
    expect(commonPrefix([])).toBe('');
    expect(columnize(['aa', 'bbbb', 'c'], 14)).toBe('aa    c\nbbbb\n');
    expect(columnize(['one'], 2)).toBe('one\n');
  });
});

describe('the screen', () => {
  it('keeps the newest entries only, numbered on', () => {
    let screen = appendEntry([], { prompt: '$', command: 'a', output: '', failed: false }, 2);
    screen = appendEntry(screen, { prompt: '$', command: 'b', output: '', failed: false }, 2);
    screen = appendEntry(screen, { prompt: '$', command: 'c', output: '', failed: false }, 2);
    expect(screen.map((entry) => [entry.id, entry.command])).toEqual([[2, 'b'], [3, 'c']]);
  });

  it('shortens huge output and says how much is not shown', () => {
    expect(clipOutput('abcdef', 4)).toBe('abcd\n[KMS Lab: 2 more characters not shown; redirect to a file with > to keep them all]\n');
    expect(clipOutput('abc', 4)).toBe('abc');
  });

  it('announces the last output, shortened, or says there was none', () => {
    expect(announcement({ output: 'hello\n', failed: false })).toBe('hello');
    expect(announcement({ output: '', failed: false })).toBe('Done, no output.');
    expect(announcement({ output: '  ', failed: true })).toBe('The command failed with no output.');
    expect(announcement({ output: 'x'.repeat(10), failed: false }, 4)).toBe('xxxx… (output continues on screen)');
  });

  it('counts columns from the width, with 80 when nothing is measured yet', () => {
    expect(columnsFor(800, 8)).toBe(100);
    expect(columnsFor(0, 8)).toBe(80);
    expect(columnsFor(800, 0)).toBe(80);
    expect(columnsFor(50, 8)).toBe(20);
  });
});

describe('stored data', () => {
  it('keeps only plain names with bytes, within the area’s limits', () => {
    const files = sanitizeFiles(
      [['a.txt', bytes('a')], ['b.bin', new Uint8Array([1, 2]).buffer], ['../x', bytes('x')], ['/etc/passwd', bytes('x')], ['dir/f', bytes('x')], [7, bytes('x')], ['s.txt', 'text'], ['__proto__', bytes('p')], ['big', new Uint8Array(11)]],
      { maxFileBytes: 10, maxTotalBytes: 100, maxFiles: 10 },
    );
    expect(Object.keys(files).sort()).toEqual(['__proto__', 'a.txt', 'b.bin']);
    expect(Object.getPrototypeOf(files)).toBeNull();
    expect(files['b.bin']).toEqual(new Uint8Array([1, 2]));
  });

  it('stops at the area’s count and total size', () => {
    const entries = [['a', new Uint8Array(4)], ['b', new Uint8Array(4)], ['c', new Uint8Array(1)]] as const;
    expect(Object.keys(sanitizeFiles(entries, { maxFileBytes: 10, maxTotalBytes: 6, maxFiles: 10 }))).toEqual(['a', 'c']);
    expect(Object.keys(sanitizeFiles(entries, { maxFileBytes: 10, maxTotalBytes: 100, maxFiles: 2 }))).toEqual(['a', 'b']);
  });

  it('history is a list of one-line strings, the newest 500', () => {
    expect(sanitizeHistory('ls')).toEqual([]);
    expect(sanitizeHistory({ length: 2 })).toEqual([]);
    expect(sanitizeHistory(['ls', 3, '', 'a\nb', 'x'.repeat(70_000), 'cat f'])).toEqual(['ls', 'cat f']);
    expect(sanitizeHistory(Array.from({ length: 600 }, (_, i) => `echo ${i}`))).toHaveLength(500);
  });
});

describe('saving the file area', () => {
  it('saves changes in the order they happened, even when a save is slow', async () => {
    const order: string[] = [];
    let releaseFirst = () => {};
    const gate = new Promise<void>((resolve) => (releaseFirst = resolve));
    const memory = createMemoryStorage();
    const storage: TerminalStorage = {
      ...memory,
      async putFile(name, data) {
        if (order.length === 0) await gate;
        order.push(`put ${name}`);
        await memory.putFile(name, data);
      },
      async deleteFile(name) {
        order.push(`delete ${name}`);
        await memory.deleteFile(name);
      },
    };
    const files = createPersistentFiles(storage, {}, (error) => {
      throw error;
    });
    files.write('f', bytes('a'));
    files.write('f', bytes('b'), { append: true });
    files.remove('f');
    releaseFirst();
    await files.flushed();
    expect(order).toEqual(['put f', 'put f', 'delete f']);
    expect(memory.snapshot().files).toEqual({});
  });

  it('a refused write is the shell’s error and saves nothing; a failed save is reported', async () => {
    const memory = createMemoryStorage();
    const errors: unknown[] = [];
    const files = createPersistentFiles({ ...memory, putFile: () => Promise.reject(new Error('quota')) }, {}, (error) => errors.push(error), { maxFileBytes: 2 });
    expect(() => files.write('big', bytes('abc'))).toThrow('File too large');
    files.write('ok', bytes('ab'));
    await files.flushed();
    expect(errors).toEqual([new Error('quota')]);
    expect(files.read('ok')).toEqual(bytes('ab'));
  });
});

describe('the acting identity as a CLI profile', () => {
  const identities = [
    { arn: 'arn:aws:iam::1:user/Admin', userName: 'Admin', type: 'IAMUser' },
    { arn: 'arn:aws:iam::1:user/Alice', userName: 'Alice', type: 'IAMUser' },
    { arn: 'arn:aws:sts::1:assumed-role/AppRole/s', userName: 'AppRole', type: 'AssumedRole' },
  ] as unknown as Parameters<typeof profileFor>[0]['identities'];
  it('names the profile whose access key is the identity’s', () => {
    expect(profileFor({ identities }, null)).toBe('default');
    expect(profileFor({ identities }, 'arn:aws:iam::1:user/Admin')).toBe('admin');
    expect(profileFor({ identities }, 'arn:aws:iam::1:user/Alice')).toBe('alice');
    expect(profileFor({ identities }, 'arn:aws:sts::1:assumed-role/AppRole/s')).toBe('approle');
  });
});

describe('pasting', () => {
  it('joins lines continued with a backslash, as in the AWS docs, and keeps a command without a newline at the prompt', () => {
    const doc = 'aws kms encrypt \\\n    --key-id alias/app \\\n    --plaintext fileb://plain.txt';
    expect(paste('', 0, 0, doc)).toEqual({ run: [], rest: 'aws kms encrypt     --key-id alias/app     --plaintext fileb://plain.txt', cursor: 72 });
  });

  it('runs every line a newline ends, in order, and leaves the rest (and what followed the cursor) typed', () => {
    expect(paste('echo x', 5, 5, 'a\r\nb\nc')).toEqual({ run: ['echo a', 'b'], rest: 'cx', cursor: 1 });
    expect(paste('old', 0, 3, 'ls\n')).toEqual({ run: ['ls'], rest: '', cursor: 0 });
  });
});
