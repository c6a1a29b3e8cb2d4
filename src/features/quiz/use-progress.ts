import { useCallback, useEffect, useRef, useState } from 'react';
import type { HistoryState } from './history-panel';
import { openProgressDb, type ProgressDb } from './progress-db';
import { parseProgressFile, progressFile, type Attempt } from './progress-schema';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ProgressNotice = { kind: 'error' | 'success'; text: string } | null;

const errorText = (thrown: unknown) => (thrown instanceof Error ? thrown.message : String(thrown));

/** The score history: opened once per mounted quiz, read through the schema, exported and imported whole. */
export function useProgress() {
  const [history, setHistory] = useState<HistoryState>({ status: 'loading' });
  const [notice, setNotice] = useState<ProgressNotice>(null);
  const opening = useRef<Promise<ProgressDb> | null>(null);

  const refresh = useCallback(async (db: ProgressDb) => {
    const { attempts, skipped } = await db.list();
    setHistory({ status: 'ready', attempts, skipped });
  }, []);

  useEffect(() => {
    let live = true;
    const promise = openProgressDb();
    opening.current = promise;
    promise.then(
      (db) => (live ? refresh(db) : undefined),
      (thrown: unknown) => {
        if (live) setHistory({ status: 'unavailable', reason: `${errorText(thrown)}.` });
      },
    ).catch((thrown: unknown) => {
      if (live) setHistory({ status: 'unavailable', reason: `the saved history could not be read (${errorText(thrown)}).` });
    });
    return () => {
      live = false;
      if (opening.current === promise) opening.current = null;
      promise.then((db) => db.close(), () => undefined);
    };
  }, [refresh]);

  /** Saves a finished quiz; false when there is no history to save to. */
  const record = useCallback(
    async (attempt: Attempt): Promise<boolean> => {
      try {
        const db = await opening.current;
        if (!db) return false;
        await db.add(attempt);
        await refresh(db);
        return true;
      } catch {
        return false;
      }
    },
    [refresh],
  );

  const exportFile = useCallback(
    (announce: (text: string) => void) => {
      if (history.status !== 'ready') return;
      const now = new Date();
      const blob = new Blob([JSON.stringify(progressFile(history.attempts, now), null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `kms-lab-progress-${now.toISOString().slice(0, 10)}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setNotice({ kind: 'success', text: `Exported ${history.attempts.length} finished ${history.attempts.length === 1 ? 'quiz' : 'quizzes'}.` });
      announce('Progress exported.');
    },
    [history],
  );

  const importFile = useCallback(
    async (file: File, announce: (text: string) => void) => {
      const fail = (text: string) => {
        setNotice({ kind: 'error', text: `Nothing was imported. ${text}` });
      };
      if (file.size > MAX_FILE_BYTES) {
        fail('The file is larger than 5 MB, too large for a progress export.');
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch (thrown) {
        fail(`The file could not be read (${errorText(thrown)}).`);
        return;
      }
      const parsed = parseProgressFile(text);
      if (!parsed.ok) {
        fail(parsed.reason);
        return;
      }
      try {
        const db = await opening.current;
        if (!db) throw new Error('history is not available');
        await db.merge(parsed.file.attempts);
        await refresh(db);
        const count = parsed.file.attempts.length;
        setNotice({ kind: 'success', text: `Imported ${count} finished ${count === 1 ? 'quiz' : 'quizzes'} from ${file.name}.` });
        announce('Progress imported.');
      } catch (thrown) {
        fail(`Saving failed (${errorText(thrown)}).`);
      }
    },
    [refresh],
  );

  return { history, notice, record, exportFile, importFile };
}
