// The terminal view's state: the session once the engine and saved state are ready, the screen, the
// line being typed, and what the live region says. Keys and lines go to TerminalSession; this file
// only decides what the screen shows.

import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { EngineStore } from '../../stores/engine-store';
import { applyCompletion, columnize } from './apply-completion';
import { announcement, appendEntry, type ScreenEntry } from './scrollback';
import { profileFor } from './profile-for';
import { openSession, type TerminalSession } from './session';
import { createMemoryStorage, type TerminalStorage } from './terminal-storage';

export const PROMPT = '[cloudshell-user@kms-lab ~]$';

export interface TerminalOptions {
  store: EngineStore;
  region: string;
  principal: string | null;
  openStorage: () => Promise<TerminalStorage>;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useTerminal({ store, region, principal, openStorage }: TerminalOptions) {
  const kms = useStore(store, (state) => state.kms);
  const [session, setSession] = useState<TerminalSession | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [screen, setScreen] = useState<ScreenEntry[]>([]);
  const [running, setRunning] = useState(false);
  const [said, setSaidText] = useState('');
  // A live region reads a change of text, so the same words twice in a row get a trailing no-break space.
  const setSaid = useCallback((text: string) => setSaidText((before) => (before === text ? `${text}\u00a0` : text)), []);
  const columns = useRef(80);
  // Region and identity as they are now, for a session that finishes opening later.
  const shell = useRef({ region, principal });
  useEffect(() => {
    shell.current = { region, principal };
  }, [region, principal]);

  useEffect(() => {
    if (!kms) return;
    let current = true;
    let storage: TerminalStorage | undefined;
    let opened: TerminalSession | undefined;
    const onSaveError = (error: unknown) => {
      if (current) setNotice(`Saving the file area or history failed (${reason(error)}); what you do now may not survive a reload.`);
    };
    (async () => {
      try {
        storage = await openStorage();
      } catch (error) {
        storage = createMemoryStorage();
        if (current) setNotice(`This browser refused IndexedDB (${reason(error)}), so files and history last only until you reload.`);
      }
      if (!current) {
        storage.close?.();
        return;
      }
      opened = await openSession({ kms, storage, ...shell.current, onSaveError });
      opened.setColumns(columns.current);
      if (current) setSession(opened);
    })().catch((error: unknown) => current && setNotice(`The terminal could not start: ${reason(error)}`));
    return () => {
      current = false;
      // Saves still queued finish first; then the connection goes, so a return visit opens a fresh one.
      const leaving = storage;
      void (opened?.flushed() ?? Promise.resolve()).finally(() => leaving?.close?.());
      setSession(null);
    };
  }, [kms, openStorage]);

  useEffect(() => {
    session?.follow(region, principal);
  }, [session, region, principal]);

  const setColumns = useCallback(
    (count: number) => {
      columns.current = count;
      session?.setColumns(count);
    },
    [session],
  );

  const show = useCallback((entry: Omit<ScreenEntry, 'id' | 'prompt'>) => {
    setScreen((before) => appendEntry(before, { ...entry, prompt: PROMPT }));
    setSaid(announcement(entry));
  }, [setSaid]);

  const runOne = useCallback(
    async (opened: TerminalSession, line: string) => {
      if (line.trim() === '') {
        setScreen((before) => appendEntry(before, { prompt: PROMPT, command: line, output: '', failed: false }));
        return;
      }
      try {
        const outcome = await opened.run(line);
        if (outcome.clear) {
          setScreen([]);
          setSaid('Screen cleared.');
        } else show({ command: line, output: outcome.output, failed: outcome.exitCode !== 0 });
      } catch (error) {
        // Terminal.run turns every CLI failure into output; this is KMS Lab failing, said as such.
        show({ command: line, output: `KMS Lab could not run this line: ${reason(error)}\n`, failed: true });
      }
    },
    [show, setSaid],
  );

  /** Runs lines one after another, as a shell runs a pasted block; a line typed meanwhile waits. */
  const run = useCallback(
    async (...lines: string[]) => {
      if (!session || running || lines.length === 0) return;
      setRunning(true);
      try {
        for (const line of lines) await runOne(session, line);
      } finally {
        setRunning(false);
      }
    },
    [session, running, runOne],
  );

  /** Tab: the new line and cursor, after listing the candidates when there were several. */
  const tab = useCallback(
    async (line: string, cursor: number) => {
      if (!session) return { line, cursor };
      const result = applyCompletion(line, cursor, await session.complete(line, cursor));
      if (result.listed.length > 0) {
        setScreen((before) => appendEntry(before, { prompt: PROMPT, command: line, output: columnize(result.listed, columns.current), failed: false }));
        setSaid(`${result.listed.length} completions: ${result.listed.slice(0, 20).join(', ')}${result.listed.length > 20 ? ', …' : ''}`);
      } else if (result.line === line) setSaid('No completions.');
      return result;
    },
    [session, setSaid],
  );

  const cancel = useCallback(
    (line: string) => {
      session?.resetHistoryCursor();
      setScreen((before) => appendEntry(before, { prompt: PROMPT, command: `${line}^C`, output: '', failed: false }));
      setSaid('Line cancelled.');
    },
    [session, setSaid],
  );

  const clear = useCallback(() => {
    setScreen([]);
    setSaid('Screen cleared.');
  }, [setSaid]);

  // Said beside the terminal from the same inputs the session follows, so it changes in the same render.
  const profile = kms ? profileFor(kms, principal) : null;

  return { session, profile, notice, screen, running, said, run, tab, cancel, clear, setColumns, ready: session !== null };
}
