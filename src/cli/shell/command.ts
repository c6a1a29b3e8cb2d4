// What every command of the terminal is: argv and stdin in, bytes and a message out. The shell
// wires stages together; commands never see pipes or files they were not named.

import type { VirtualFiles } from '../virtual-files';

export interface CommandIo {
  argv: readonly string[];
  stdin: Uint8Array;
  files: VirtualFiles;
}

export interface CommandResult {
  stdout: Uint8Array;
  stderr: string;
  exitCode: number;
  /** `clear` asks the screen to be wiped; the UI does it. */
  clear?: boolean;
}

export type CommandHandler = (io: CommandIo) => Promise<CommandResult> | CommandResult;

export const ok = (stdout: Uint8Array, stderr = ''): CommandResult => ({ stdout, stderr, exitCode: 0 });
export const fail = (stderr: string, exitCode = 1, stdout: Uint8Array = new Uint8Array(0)): CommandResult => ({ stdout, stderr, exitCode });
