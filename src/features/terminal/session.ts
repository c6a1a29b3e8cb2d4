// One learner's terminal: the CLI's Terminal on the live engine, its file area and history restored
// from TerminalStorage and saved back after each change, and the shell's Region and acting identity
// as the CLI's default Region and profile. No React here, so the whole of it is tested in Node.

import { complete, createTerminal, decodeOutput, profiles, type Completion, type Terminal } from '../../cli/index';
import type { Kms } from '../../engine/index';
import { knownKeys } from './known-keys';
import { createPersistentFiles, type PersistentFiles } from './persistent-files';
import { profileFor } from './profile-for';
import type { SavedTerminal, TerminalStorage } from './terminal-storage';

export interface SessionOptions {
  kms: Kms;
  storage: TerminalStorage;
  region: string;
  principal: string | null;
  /** Saving failed (quota, a closed database): the work goes on, but the learner should know. */
  onSaveError: (error: unknown) => void;
}

export interface LineOutcome {
  /** stdout then stderr, as text for the screen. */
  output: string;
  exitCode: number;
  /** The line ran `clear`. */
  clear: boolean;
}

export class TerminalSession {
  readonly #terminal: Terminal;
  readonly #storage: TerminalStorage;
  readonly #onSaveError: (error: unknown) => void;
  readonly files: PersistentFiles;
  #historySaved: Promise<void> = Promise.resolve();

  constructor(options: SessionOptions, saved: SavedTerminal) {
    this.#storage = options.storage;
    this.#onSaveError = options.onSaveError;
    this.files = createPersistentFiles(options.storage, saved.files, options.onSaveError);
    this.#terminal = createTerminal({ kms: options.kms, files: this.files, region: options.region, profile: profileFor(options.kms, options.principal), history: saved.history });
  }

  get region(): string {
    return this.#terminal.region;
  }

  get profile(): string {
    return this.#terminal.profile;
  }

  /** Follows the app's Region and acting identity (the header's choices). */
  follow(region: string, principal: string | null): void {
    this.#terminal.region = region;
    this.#terminal.profile = profileFor(this.#terminal.kms, principal);
  }

  setColumns(columns: number): void {
    this.#terminal.columns = columns;
  }

  async run(line: string): Promise<LineOutcome> {
    const result = await this.#terminal.run(line);
    const entries = [...this.#terminal.history.entries()];
    this.#historySaved = this.#historySaved.then(() => this.#storage.saveHistory(entries)).catch(this.#onSaveError);
    return { output: decodeOutput(result.stdout) + result.stderr, exitCode: result.exitCode, clear: result.clear };
  }

  previous(draft: string): string | undefined {
    return this.#terminal.history.previous(draft);
  }

  next(): string | undefined {
    return this.#terminal.history.next();
  }

  resetHistoryCursor(): void {
    this.#terminal.history.reset();
  }

  /** Tab's candidates; keys and aliases come from observer calls, so completing leaves no trace. */
  async complete(line: string, cursor: number): Promise<Completion> {
    const kms = this.#terminal.kms;
    const { keyIds, aliases } = await knownKeys(kms, this.#terminal.region);
    return complete(line, cursor, {
      keyIds,
      aliases,
      files: this.files.list().map((file) => file.name),
      operations: kms.operations,
      commands: this.#terminal.commandNames,
      regions: kms.regions.map((region) => region.name),
      profiles: [...new Set(profiles(kms).map((profile) => profile.name))],
      variables: [...this.#terminal.variables.keys()],
    });
  }

  /** Resolves when the file area and history are saved as they stand now. */
  async flushed(): Promise<void> {
    await Promise.all([this.files.flushed(), this.#historySaved]);
  }
}

/** Loads what was saved (bad or unreadable data counts as nothing saved) and opens a session. */
export async function openSession(options: SessionOptions): Promise<TerminalSession> {
  let saved: SavedTerminal = { files: {}, history: [] };
  try {
    saved = await options.storage.load();
  } catch (error) {
    options.onSaveError(error);
  }
  return new TerminalSession(options, saved);
}
