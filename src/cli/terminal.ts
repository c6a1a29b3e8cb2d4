// A terminal session: one shell line at a time, its history, the default Region and profile the app
// sets, and the file area. Pure TypeScript: the UI renders what run() returns and feeds it keys.

import { callKmsJson, type JsonCall, type WireResponse } from '../protocol/index';
import type { Kms } from '../engine/index';
import { runAws } from './aws/run-aws';
import { utf8 } from './bytes';
import { shellHelp } from './help/help-text';
import { History } from './history';
import { BUILTINS } from './shell/builtins';
import type { CommandHandler } from './shell/command';
import { parseLine } from './shell/parse-line';
import { runPipelines } from './shell/run-line';
import { createMemoryFiles, type VirtualFiles } from './virtual-files';

export interface RunResult {
  /** Bytes, as a real terminal receives them; decodeOutput() turns them into text for the screen. */
  stdout: Uint8Array;
  stderr: string;
  exitCode: number;
  /** The line ran `clear`: wipe the screen before showing stdout. */
  clear: boolean;
}

export interface TerminalOptions {
  kms: Kms;
  files?: VirtualFiles;
  /** The Region `aws` calls when --region is absent (default us-east-1). */
  region?: string;
  /** The profile `aws` uses when --profile is absent (default `default`, the Admin user). */
  profile?: string;
  /** Columns of the screen, for `--output table` (default 80, the CLI's when not on a tty). */
  columns?: number;
  history?: readonly string[];
  /** The transport; callKmsJson on `kms` by default. Tests pass one that records or replays. */
  send?: (call: JsonCall) => Promise<WireResponse>;
}

export class Terminal {
  readonly kms: Kms;
  readonly files: VirtualFiles;
  readonly history: History;
  region: string;
  profile: string;
  columns: number;
  #lastExitCode = 0;
  /** The shell's variables (`NAME=value`, `export`), for this session only, as in a new bash. */
  readonly variables = new Map<string, string>();
  readonly #send: (call: JsonCall) => Promise<WireResponse>;
  readonly #commands: Map<string, CommandHandler>;

  constructor(options: TerminalOptions) {
    this.kms = options.kms;
    this.files = options.files ?? createMemoryFiles();
    this.history = new History(options.history);
    this.region = options.region ?? 'us-east-1';
    this.profile = options.profile ?? 'default';
    this.columns = options.columns ?? 80;
    this.#send = options.send ?? ((call) => callKmsJson(this.kms, call));
    this.#commands = new Map<string, CommandHandler>([
      ...BUILTINS,
      ['aws', ({ argv, files }) => runAws(argv, { kms: this.kms, files, region: this.region, profile: this.profile, columns: this.columns, send: this.#send })],
      ['help', () => ({ stdout: utf8(shellHelp()), stderr: '', exitCode: 0 })],
      ['history', () => ({ stdout: utf8(this.history.listing()), stderr: '', exitCode: 0 })],
    ]);
  }

  /** The names `complete()` offers as commands. */
  get commandNames(): string[] {
    return [...this.#commands.keys()].sort();
  }

  /** Runs one line; it is added to the history first, as bash does, so `history` shows itself. */
  async run(line: string): Promise<RunResult> {
    this.history.add(line);
    const parsed = parseLine(line);
    if (!parsed.ok) {
      this.#lastExitCode = 2;
      return { stdout: new Uint8Array(0), stderr: `${parsed.message}\n`, exitCode: 2, clear: false };
    }
    const shell = { files: this.files, lookup: (name: string) => this.#commands.get(name), variables: this.variables };
    const result = await runPipelines(parsed.pipelines, shell, this.#lastExitCode);
    this.#lastExitCode = result.exitCode;
    return result;
  }
}

export function createTerminal(options: TerminalOptions): Terminal {
  return new Terminal(options);
}

/** Terminal bytes as text for the screen (invalid UTF-8 shows as U+FFFD). */
export function decodeOutput(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}
