// KMS Lab's command line: the public face of src/cli (ARCHITECTURE.md, "clients of KMS"). The
// terminal UI uses a Terminal session, complete() for Tab, and a VirtualFiles area it may persist.

export { Terminal, createTerminal, decodeOutput } from './terminal';
export type { RunResult, TerminalOptions } from './terminal';
export { History } from './history';
export { complete } from './complete';
export type { Completion, CompletionContext } from './complete';
export { createMemoryFiles, resolvePath, FileAreaError, DEFAULT_FILE_LIMITS, HOME } from './virtual-files';
export type { VirtualFiles, FileEntry, FileLimits, ResolvedPath } from './virtual-files';
export { profiles } from './aws/globals';
export type { Profile } from './aws/globals';
export { parseLine } from './shell/parse-line';
export type { ParseResult, Pipeline, SimpleCommand, Redirect } from './shell/parse-line';
export { CLI_VERSION } from './aws/run-aws';
export { EXIT } from './aws/errors';
