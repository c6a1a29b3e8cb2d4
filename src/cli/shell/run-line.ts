// Runs parsed pipelines: stages one after another with each stage's stdout as the next one's stdin
// (buffered, which is all a learner's commands need), each command's words expanded just before it
// runs (so `K=$(…) && echo $K` sees K), redirections applied as bash applies them (`>` truncates
// before the command runs), and `&&`/`||` deciding on the last exit code. `NAME=value`, `export` and
// `unset` change the shell's variables, so they live here rather than among the builtins.

import { concat, EMPTY, text, utf8 } from '../bytes';
import { FileAreaError, resolvePath, type VirtualFiles } from '../virtual-files';
import type { CommandHandler, CommandResult } from './command';
import { assignmentIn, expandWord, type Expanded, type Expander } from './expand';
import { parseLine, type Pipeline, type SimpleCommand, type Word } from './parse-line';

export interface LineResult {
  stdout: Uint8Array;
  stderr: string;
  exitCode: number;
  clear: boolean;
}

type Lookup = (name: string) => CommandHandler | undefined;

/** What a line runs in: the file area, the commands, the shell's variables. */
export interface Shell {
  files: VirtualFiles;
  lookup: Lookup;
  variables: Map<string, string>;
}

/** `$(…)` inside `$(…)` this deep is refused rather than followed. */
const MAX_SUBSTITUTION_DEPTH = 16;

function expanderFor(shell: Shell, lastExitCode: number, depth: number): Expander {
  return {
    variable: (name) => (name === '?' ? String(lastExitCode) : shell.variables.get(name)),
    async substitute(source) {
      if (depth >= MAX_SUBSTITUTION_DEPTH) return { stdout: '', stderr: 'bash: command substitution nested too deeply\n', exitCode: 1 };
      const parsed = parseLine(source);
      if (!parsed.ok) return { stdout: '', stderr: `${parsed.message}\n`, exitCode: 2 };
      // A subshell: it sees the variables, and what it assigns stays inside it.
      const result = await run(parsed.pipelines, { ...shell, variables: new Map(shell.variables) }, lastExitCode, depth + 1);
      return { stdout: text(result.stdout), stderr: result.stderr, exitCode: result.exitCode };
    },
  };
}

const isLiteral = (word: Word, value: string) => word.parts.length === 1 && word.parts[0]!.kind === 'text' && word.parts[0]!.text === value;

function writeTo(files: VirtualFiles, path: string, bytes: Uint8Array, append: boolean): string | undefined {
  const resolved = resolvePath(path);
  if (!resolved.ok) return `bash: ${resolved.message}\n`;
  if ('device' in resolved) return undefined;
  try {
    files.write(resolved.name, bytes, { append });
    return undefined;
  } catch (error) {
    if (error instanceof FileAreaError) return `bash: ${error.message}\n`;
    throw error;
  }
}

type Expand = (word: Word, split?: boolean) => Promise<Expanded>;

/**
 * A command's words expanded into argv. Leading NAME=value words alone set shell variables (before a
 * command they would only set its environment, which no command here reads); `export` and `unset`
 * change them too. Those answer an exit code of their own.
 */
async function argvOf(all: readonly Word[], shell: Shell, expand: Expand): Promise<{ argv: string[]; assignedExitCode?: number }> {
  let first = 0;
  const assignments: Array<{ name: string; value: Word }> = [];
  while (first < all.length) {
    const assignment = assignmentIn(all[first]!);
    if (!assignment) break;
    assignments.push(assignment);
    first++;
  }
  const words = all.slice(first);
  if (words.length === 0) {
    let assignedExitCode = 0;
    for (const { name, value } of assignments) {
      const expanded = await expand(value, false);
      shell.variables.set(name, expanded.fields[0] ?? '');
      if (expanded.substitutionExitCode !== undefined) assignedExitCode = expanded.substitutionExitCode;
    }
    return { argv: [], assignedExitCode };
  }
  if (isLiteral(words[0]!, 'export') || isLiteral(words[0]!, 'unset')) {
    const unset = isLiteral(words[0]!, 'unset');
    for (const word of words.slice(1)) {
      const assignment = unset ? null : assignmentIn(word);
      if (assignment) shell.variables.set(assignment.name, (await expand(assignment.value, false)).fields[0] ?? '');
      else if (unset) for (const name of (await expand(word)).fields) shell.variables.delete(name);
    }
    return { argv: [], assignedExitCode: 0 };
  }
  const argv: string[] = [];
  for (const word of words) argv.push(...(await expand(word)).fields);
  return { argv };
}

async function runCommand(command: SimpleCommand, stdin: Uint8Array, shell: Shell, lastExitCode: number, depth: number): Promise<CommandResult> {
  const { files } = shell;
  const expander = expanderFor(shell, lastExitCode, depth);
  let expansionErrors = '';
  const expand = async (word: Word, split = true) => {
    const expanded = await expandWord(word, expander, split);
    expansionErrors += expanded.stderr;
    return expanded;
  };

  const { argv, assignedExitCode } = await argvOf(command.words, shell, expand);

  // Redirection targets expand to exactly one word, or bash refuses.
  const redirects: Array<{ op: SimpleCommand['redirects'][number]['op']; target: string }> = [];
  for (const redirect of command.redirects) {
    if (redirect.op === '2>&1') {
      redirects.push({ op: redirect.op, target: '' });
      continue;
    }
    const { fields } = await expand(redirect.target);
    if (fields.length !== 1) return { stdout: EMPTY, stderr: `${expansionErrors}bash: ${redirect.target.raw}: ambiguous redirect\n`, exitCode: 1 };
    redirects.push({ op: redirect.op, target: fields[0]! });
  }

  let input = stdin;
  // Truncation and input files come first: `cat x > x` empties x, as in bash.
  for (const redirect of redirects) {
    if (redirect.op === '<') {
      const resolved = resolvePath(redirect.target);
      if (!resolved.ok) return { stdout: EMPTY, stderr: `${expansionErrors}bash: ${resolved.message}\n`, exitCode: 1 };
      const bytes = 'device' in resolved ? EMPTY : files.read(resolved.name);
      if (bytes === undefined) return { stdout: EMPTY, stderr: `${expansionErrors}bash: ${redirect.target}: No such file or directory\n`, exitCode: 1 };
      input = bytes;
    } else if (redirect.op === '>' || redirect.op === '2>' || redirect.op === '&>') {
      const problem = writeTo(files, redirect.target, EMPTY, false);
      if (problem) return { stdout: EMPTY, stderr: `${expansionErrors}${problem}`, exitCode: 1 };
    }
  }
  let result: CommandResult;
  const [name, ...rest] = argv;
  if (name === undefined) {
    result = { stdout: EMPTY, stderr: '', exitCode: assignedExitCode ?? 0 };
  } else {
    const handler = shell.lookup(name);
    result = handler
      ? await handler({ argv: rest, stdin: input, files })
      : { stdout: EMPTY, stderr: `bash: ${name}: command not found\n`, exitCode: 127 };
  }
  let { stdout } = result;
  let stderr = expansionErrors + result.stderr;
  let exitCode = result.exitCode;
  for (const redirect of redirects) {
    let problem: string | undefined;
    switch (redirect.op) {
      case '>':
      case '>>':
        problem = writeTo(files, redirect.target, stdout, true);
        stdout = EMPTY;
        break;
      case '2>':
      case '2>>':
        problem = writeTo(files, redirect.target, utf8(stderr), true);
        stderr = '';
        break;
      case '&>':
        problem = writeTo(files, redirect.target, concat([stdout, utf8(stderr)]), true);
        stdout = EMPTY;
        stderr = '';
        break;
      case '2>&1':
        stdout = concat([stdout, utf8(stderr)]);
        stderr = '';
        break;
      case '<':
        break;
    }
    if (problem) {
      stderr += problem;
      exitCode = 1;
    }
  }
  return { stdout, stderr, exitCode, ...(result.clear && { clear: true }) };
}

export function runPipelines(pipelines: readonly Pipeline[], shell: Shell, lastExitCode = 0): Promise<LineResult> {
  return run(pipelines, shell, lastExitCode, 0);
}

async function run(pipelines: readonly Pipeline[], shell: Shell, lastExitCode: number, depth: number): Promise<LineResult> {
  const stdout: Uint8Array[] = [];
  let stderr = '';
  let exitCode = lastExitCode;
  let clear = false;
  for (const pipeline of pipelines) {
    if (pipeline.after === '&&' && exitCode !== 0) continue;
    if (pipeline.after === '||' && exitCode === 0) continue;
    let data = EMPTY;
    const before = exitCode;
    for (const command of pipeline.commands) {
      const result = await runCommand(command, data, shell, before, depth);
      data = result.stdout;
      stderr += result.stderr;
      exitCode = result.exitCode;
      if (result.clear) {
        clear = true;
        stdout.length = 0;
      }
    }
    stdout.push(data);
  }
  return { stdout: concat(stdout), stderr, exitCode, clear };
}
