// Runs parsed pipelines: stages one after another with each stage's stdout as the next one's stdin
// (buffered, which is all a learner's commands need), redirections applied as bash applies them
// (`>` truncates before the command runs), and `&&`/`||` deciding on the last exit code.

import { concat, EMPTY, utf8 } from '../bytes';
import { FileAreaError, resolvePath, type VirtualFiles } from '../virtual-files';
import type { CommandHandler, CommandResult } from './command';
import type { Pipeline, SimpleCommand } from './parse-line';

export interface LineResult {
  stdout: Uint8Array;
  stderr: string;
  exitCode: number;
  clear: boolean;
}

type Lookup = (name: string) => CommandHandler | undefined;

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

async function runCommand(command: SimpleCommand, stdin: Uint8Array, files: VirtualFiles, lookup: Lookup): Promise<CommandResult> {
  let input = stdin;
  // Truncation and input files come first: `cat x > x` empties x, as in bash.
  for (const redirect of command.redirects) {
    if (redirect.op === '<') {
      const resolved = resolvePath(redirect.target);
      if (!resolved.ok) return { stdout: EMPTY, stderr: `bash: ${resolved.message}\n`, exitCode: 1 };
      const bytes = 'device' in resolved ? EMPTY : files.read(resolved.name);
      if (bytes === undefined) return { stdout: EMPTY, stderr: `bash: ${redirect.target}: No such file or directory\n`, exitCode: 1 };
      input = bytes;
    } else if (redirect.op === '>' || redirect.op === '2>' || redirect.op === '&>') {
      const problem = writeTo(files, redirect.target, EMPTY, false);
      if (problem) return { stdout: EMPTY, stderr: problem, exitCode: 1 };
    }
  }
  let result: CommandResult;
  const [name, ...rest] = command.argv;
  if (name === undefined) {
    result = { stdout: EMPTY, stderr: '', exitCode: 0 };
  } else {
    const handler = lookup(name);
    result = handler
      ? await handler({ argv: rest, stdin: input, files })
      : { stdout: EMPTY, stderr: `bash: ${name}: command not found\n`, exitCode: 127 };
  }
  let { stdout, stderr } = result;
  let exitCode = result.exitCode;
  for (const redirect of command.redirects) {
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

export async function runPipelines(pipelines: readonly Pipeline[], files: VirtualFiles, lookup: Lookup, lastExitCode = 0): Promise<LineResult> {
  const stdout: Uint8Array[] = [];
  let stderr = '';
  let exitCode = lastExitCode;
  let clear = false;
  for (const pipeline of pipelines) {
    if (pipeline.after === '&&' && exitCode !== 0) continue;
    if (pipeline.after === '||' && exitCode === 0) continue;
    let data = EMPTY;
    for (const command of pipeline.commands) {
      const result = await runCommand(command, data, files, lookup);
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
