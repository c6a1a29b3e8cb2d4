// Variables and command substitution in the terminal, typed as course material writes them, on a
// real engine: K=$(aws …) then --key-id $K, quoting and field splitting as bash does them, $?, export
// and unset, and a subshell's assignments staying inside it.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKms, ManualClock, type Kms } from '../../engine/index';
import { createTerminal, decodeOutput, type Terminal } from '../index';

let kms: Kms;
let terminal: Terminal;

async function run(line: string) {
  const result = await terminal.run(line);
  return { stdout: decodeOutput(result.stdout), stderr: result.stderr, exitCode: result.exitCode };
}

beforeAll(async () => {
  kms = await createKms({ clock: new ManualClock(Date.UTC(2026, 10, 29)) });
  terminal = createTerminal({ kms });
});
afterAll(() => kms.close());

describe('shell variables and $(…)', () => {
  it('keeps a key ID from $(aws …) and uses it as $KEY_ID in later commands', async () => {
    expect(await run('KEY_ID=$(aws kms create-key --description vars --query KeyMetadata.KeyId --output text)')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    const keyId = terminal.variables.get('KEY_ID')!;
    expect(keyId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await run('aws kms describe-key --key-id $KEY_ID --query KeyMetadata.Description --output text')).stdout).toBe('vars\n');
    expect((await run('aws kms create-alias --alias-name alias/vars --target-key-id "$KEY_ID" && echo "made alias for ${KEY_ID}"')).stdout).toBe(`made alias for ${keyId}\n`);
    // Set and used on one line: the assignment runs before the next command's words expand.
    expect((await run('A=$(echo one) && echo $A; B=two; echo $B')).stdout).toBe('one\ntwo\n');
  });

  it('splits unquoted results on blanks and keeps quoted ones whole; an unset variable vanishes unless quoted', async () => {
    await run('SPACED="a   b"');
    expect((await run('echo $SPACED')).stdout).toBe('a b\n');
    expect((await run('echo "$SPACED"')).stdout).toBe('a   b\n');
    expect((await run('echo [$NOPE] $NOPE x')).stdout).toBe('[] x\n');
    expect((await run('echo [$1x] [${2}]')).stdout).toBe('[x] []\n');
    expect((await run('echo "$NOPE" | base64')).stdout).toBe('Cg==\n');
    expect((await run("echo '$SPACED' \\$SPACED")).stdout).toBe('$SPACED $SPACED\n');
  });

  it('runs `…` as $(…)', async () => {
    expect((await run('OLD=`echo old style`; echo "[$OLD]" `echo x`')).stdout).toBe('[old style] x\n');
  });

  it('drops trailing newlines from $(…) and passes its errors through', async () => {
    expect((await run('echo "[$(printf_missing; echo x)]"'))).toMatchObject({ stdout: '[x]\n', stderr: 'bash: printf_missing: command not found\n' });
  });

  it('shows the last exit code as $?, including that of an assignment from $(…)', async () => {
    expect((await run('cat missing.txt; echo $?')).stdout).toBe('1\n');
    expect((await run('echo $?')).stdout).toBe('0\n');
    expect(await run('X=$(cat missing.txt)')).toMatchObject({ exitCode: 1, stderr: 'cat: missing.txt: No such file or directory\n' });
    expect((await run('X=$(cat missing.txt) || echo failed')).stdout).toBe('failed\n');
  });

  it('export sets, unset removes, and a subshell\'s assignments stay inside it', async () => {
    expect((await run('export REGION=eu-west-1; echo $REGION')).stdout).toBe('eu-west-1\n');
    expect((await run('unset REGION; echo "[$REGION]"')).stdout).toBe('[]\n');
    expect((await run('echo $(INNER=1; echo $INNER) "[$INNER]"')).stdout).toBe('1 []\n');
  });

  it('expands a redirection target to one file name, or says it is ambiguous', async () => {
    await run('OUT=out.txt; SPACED="a b"');
    expect(await run('echo hi > $OUT && cat "$OUT"')).toMatchObject({ stdout: 'hi\n', exitCode: 0 });
    expect(await run('echo hi > $SPACED')).toEqual({ stdout: '', stderr: 'bash: $SPACED: ambiguous redirect\n', exitCode: 1 });
  });

  it('refuses $(…) nested deeper than it follows, without throwing', async () => {
    const deep = `echo ${'$(echo '.repeat(40)}x${')'.repeat(40)}`;
    const result = await run(deep);
    expect(result.stderr).toContain('command substitution nested too deeply');
  });

  it('runs any shell-like line to an exit code without throwing', async () => {
    const shell = createTerminal({ kms });
    const line = fc.string({ unit: fc.constantFrom('echo ', 'cat ', 'A=', '$A', '$(', ')', '${A}', '"', "'", ' ', '|', ';', '&&', '>', 'f', '$?', '\\'), maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(line, async (typed) => {
        const result = await shell.run(typed);
        expect(Number.isInteger(result.exitCode)).toBe(true);
      }),
      { numRuns: 300, seed: 29 },
    );
  });
});
