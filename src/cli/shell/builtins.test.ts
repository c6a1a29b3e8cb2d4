// The shell tools against the file area, through Terminal.run as a learner types them: echo's
// flags, cat, GNU base64's wrapping and errors, ls and rm, redirection rules, and a property that
// bytes survive echo -e → file → base64 → base64 --decode → file unchanged.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createKms, type Kms } from '../../engine/index';
import { createMemoryFiles, createTerminal, decodeOutput, type Terminal } from '../index';

let kms: Kms;
beforeAll(async () => {
  kms = await createKms();
});
afterAll(() => kms.close());

const fresh = (options: Parameters<typeof createMemoryFiles>[0] = {}) => createTerminal({ kms, files: createMemoryFiles(options) });
async function out(terminal: Terminal, line: string) {
  const result = await terminal.run(line);
  return { stdout: decodeOutput(result.stdout), stderr: result.stderr, exitCode: result.exitCode, bytes: result.stdout };
}

describe('echo', () => {
  it('prints its words with a newline, or none with -n', async () => {
    const terminal = fresh();
    expect((await out(terminal, 'echo Hello,   KMS')).stdout).toBe('Hello, KMS\n');
    expect((await out(terminal, 'echo -n "Hello, KMS"')).stdout).toBe('Hello, KMS');
    expect((await out(terminal, 'echo -x')).stdout).toBe('-x\n');
  });

  it('interprets escapes with -e, \\xHH as raw bytes', async () => {
    const terminal = fresh();
    expect((await out(terminal, String.raw`echo -e 'a\tb\n'`)).stdout).toBe('a\tb\n\n');
    expect([...(await out(terminal, String.raw`echo -ne '\xff\x00é'`)).bytes]).toEqual([0xff, 0x00, 0xc3, 0xa9]);
    expect((await out(terminal, String.raw`echo -e 'stop\cgone'`)).stdout).toBe('stop');
  });
});

describe('files and redirection', () => {
  it('writes with >, appends with >>, reads with cat and <', async () => {
    const terminal = fresh();
    await terminal.run('echo one > notes.txt');
    await terminal.run('echo two >> notes.txt');
    expect((await out(terminal, 'cat notes.txt')).stdout).toBe('one\ntwo\n');
    expect((await out(terminal, 'cat < notes.txt')).stdout).toBe('one\ntwo\n');
    expect((await out(terminal, 'cat ./notes.txt ~/notes.txt /home/cloudshell-user/notes.txt')).stdout).toBe('one\ntwo\n'.repeat(3));
  });

  it('truncates the target of > before the command runs, as bash does', async () => {
    const terminal = fresh();
    await terminal.run('echo data > f');
    expect((await out(terminal, 'cat f > f; cat f')).stdout).toBe('');
  });

  it('says a missing file is missing, with the exit code of the tool', async () => {
    const terminal = fresh();
    expect(await out(terminal, 'cat nope.txt')).toMatchObject({ stderr: 'cat: nope.txt: No such file or directory\n', exitCode: 1 });
    expect(await out(terminal, 'cat < nope.txt')).toMatchObject({ stderr: 'bash: nope.txt: No such file or directory\n', exitCode: 1 });
    expect(await out(terminal, 'nosuchtool')).toMatchObject({ stderr: 'bash: nosuchtool: command not found\n', exitCode: 127 });
  });

  it('refuses .. and absolute paths outside the lab folder, saying why', async () => {
    const terminal = fresh();
    expect((await out(terminal, 'echo x > ../escape')).stderr).toBe("bash: ../escape: '..' leads outside the lab's file area\n");
    expect((await out(terminal, 'echo x > /tmp/encrypted')).stderr).toMatch(/^bash: \/tmp\/encrypted: outside the lab's file area; .* such as encrypted\n$/);
    expect((await out(terminal, 'cat /etc/passwd')).exitCode).toBe(1);
    expect(terminal.files.list()).toEqual([]);
  });

  it('keeps files within the size limits', async () => {
    const terminal = fresh({ limits: { maxFileBytes: 8, maxFiles: 1 } });
    expect(await out(terminal, 'echo 123456789 > big')).toMatchObject({ exitCode: 1, stderr: expect.stringMatching(/^bash: big: File too large/) as unknown });
    await terminal.run('echo ok > a');
    expect((await out(terminal, 'echo ok > b')).stderr).toMatch(/^bash: b: Too many files/);
  });

  it('lists and removes files', async () => {
    const terminal = fresh();
    await terminal.run('echo -n abc > b.txt; echo -n x > a.bin');
    expect((await out(terminal, 'ls')).stdout).toBe('a.bin  b.txt\n');
    expect((await out(terminal, 'ls -l b.txt')).stdout).toBe('-rw-r--r-- 1 cloudshell-user cloudshell-user        3 b.txt\n');
    expect(await out(terminal, 'rm a.bin nope')).toMatchObject({ exitCode: 1, stderr: "rm: cannot remove 'nope': No such file or directory\n" });
    expect((await out(terminal, 'ls')).stdout).toBe('b.txt\n');
  });

  it('sends stderr where 2> and 2>&1 say', async () => {
    const terminal = fresh();
    expect(await out(terminal, 'cat nope 2> err.txt')).toMatchObject({ stderr: '', exitCode: 1 });
    expect((await out(terminal, 'cat err.txt')).stdout).toBe('cat: nope: No such file or directory\n');
    expect((await out(terminal, 'cat nope 2>&1 | base64')).stdout).toBe('Y2F0OiBub3BlOiBObyBzdWNoIGZpbGUgb3IgZGlyZWN0b3J5Cg==\n');
    expect((await out(terminal, 'cat nope 2>/dev/null')).stderr).toBe('');
  });
});

describe('base64', () => {
  it('wraps at 76 columns, or not with -w 0', async () => {
    const terminal = fresh();
    const long = (await out(terminal, `echo -n ${'a'.repeat(60)} | base64`)).stdout.split('\n');
    expect(long.map((line) => line.length)).toEqual([76, 4, 0]);
    expect((await out(terminal, `echo -n ${'a'.repeat(60)} | base64 -w 0`)).stdout).not.toMatch(/\n.+/);
  });

  it('decodes with -d or --decode, from stdin or a file, accepting newlines', async () => {
    const terminal = fresh();
    await terminal.run(`echo 'SGVs\nbG8=' > b64`);
    expect((await out(terminal, 'base64 --decode b64')).stdout).toBe('Hello');
    expect((await out(terminal, 'cat b64 | base64 -d')).stdout).toBe('Hello');
  });

  it('says "invalid input" for text that is not base64', async () => {
    const terminal = fresh();
    expect(await out(terminal, 'echo "Hello, KMS" | base64 --decode')).toMatchObject({ stderr: 'base64: invalid input\n', exitCode: 1 });
    expect((await out(terminal, 'echo "SGVs*bG8=" | base64 -d -i')).stdout).toBe('Hello');
  });
});

describe('clear, help and history', () => {
  it('asks the screen to clear, prints help, and lists history numbered', async () => {
    const terminal = fresh();
    expect((await terminal.run('clear')).clear).toBe(true);
    expect((await out(terminal, 'help')).stdout).toContain('fileb://');
    expect((await out(terminal, 'history')).stdout).toBe('    1  clear\n    2  help\n    3  history\n');
  });
});

describe('properties', () => {
  it('round-trips any bytes through echo -ne, files and base64', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const terminal = fresh();
        const escaped = [...bytes].map((byte) => `\\x${byte.toString(16).padStart(2, '0')}`).join('');
        await terminal.run(`echo -ne '${escaped}' > data.bin`);
        expect(terminal.files.read('data.bin')).toEqual(bytes);
        const result = await terminal.run('base64 data.bin > data.b64; base64 --decode < data.b64 > copy.bin; cat copy.bin');
        expect(result.exitCode).toBe(0);
        expect(result.stdout).toEqual(bytes);
      }),
      { numRuns: 150, seed: 8 },
    );
  });
});
