import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { checkGoal } from '../../content/goals/check';
import { aliasesInTheWay, CallRunError, runCalls } from '../../content/goals/run-calls';
import { INTERACTIVE_QUESTIONS } from '../../content/questions/index';
import { quizReducer, selectItems, startSession, type QuizAction } from '../../content/quiz/index';
import { toBase64 } from '../../engine/index';
import type { EngineStore } from '../../stores/engine-store';
import { attemptFrom } from './attempt';
import { bankFor, type QuizSettings } from './bank';
import { HistoryPanel } from './history-panel';
import { useProgress } from './use-progress';
import { QuizRunner } from './quiz-runner';
import { ResultsView } from './results-view';
import { loadRun, saveRun, type QuizRun, type Scene } from './saved-run';
import { SetupForm } from './setup-form';
import type { SetupProblem } from './interactive-task';

function browserSessionStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Blobs and key ids a task's setup produced, for the learner to paste into the simulator. */
function materialsFrom(saved: Record<string, Record<string, unknown>>): Scene['materials'] {
  const materials: Scene['materials'] = [];
  for (const [name, output] of Object.entries(saved)) {
    if (output.CiphertextBlob instanceof Uint8Array) materials.push({ label: `Ciphertext "${name}" (base64)`, value: toBase64(output.CiphertextBlob) });
    const metadata = output.KeyMetadata as { KeyId?: unknown } | undefined;
    if (typeof metadata?.KeyId === 'string') materials.push({ label: `Key ID of "${name}"`, value: metadata.KeyId });
  }
  return materials;
}

const errorText = (thrown: unknown) => (thrown instanceof Error ? thrown.message : String(thrown));

export interface QuizAppProps {
  store: EngineStore;
  region: string;
}

/** The quiz page: setup and history, then a running quiz, then results. */
export default function QuizApp({ store, region }: QuizAppProps) {
  const [storage] = useState(browserSessionStorage);
  const [run, setRun] = useState<QuizRun | null>(() => loadRun(storage));
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState<'setup' | 'check' | null>(null);
  const [setupProblem, setSetupProblem] = useState<SetupProblem | null>(null);
  const engineStatus = useStore(store, (state) => state.status);
  const progress = useProgress();
  const setupHeading = useRef<HTMLHeadingElement>(null);
  const [lastSettings, setLastSettings] = useState<QuizSettings | undefined>(run?.settings);

  // Messages to the live region; the same text twice in a row is still announced.
  const announce = useCallback((text: string) => {
    setMessage('');
    queueMicrotask(() => setMessage(text));
  }, []);

  useEffect(() => saveRun(storage, run), [storage, run]);

  const dispatch = useCallback((action: QuizAction) => {
    setRun((current) => (current === null ? current : { ...current, session: quizReducer(current.session, action) }));
  }, []);

  // A finished quiz goes into the history once (its id is stable, so a repeat only rewrites it).
  const finishedAt = run?.session.finishedAt ?? null;
  const { record } = progress;
  useEffect(() => {
    if (run === null || finishedAt === null) return;
    const attempt = attemptFrom(run.session);
    if (attempt === null) return;
    const opening = attempt.finishReason === 'time-up' ? 'Time is up: the exam was submitted.' : 'Quiz finished.';
    void record(attempt).then((saved) => announce(`${opening} ${attempt.correct} of ${attempt.total} correct.${saved ? ' Saved to your progress.' : ''}`));
    // Only the moment of finishing matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [finishedAt]);

  const start = (settings: QuizSettings) => {
    setLastSettings(settings);
    const items = selectItems(bankFor(settings), { seed: settings.seed, topics: settings.topics, count: settings.count });
    setRun({ settings, session: startSession({ mode: settings.mode, seed: settings.seed, topics: settings.topics, items, now: Date.now() }), scenes: {} });
    setSetupProblem(null);
    announce(`${settings.mode === 'exam' ? 'Exam' : 'Practice'} started: ${items.length} questions.`);
  };

  const newQuiz = () => {
    setRun(null);
    queueMicrotask(() => setupHeading.current?.focus());
  };

  const setupTask = async (id: string, replaceAliases: boolean) => {
    const question = INTERACTIVE_QUESTIONS.find((candidate) => candidate.id === id);
    const kms = store.getState().kms;
    if (question === undefined || kms === null) return;
    const taskRegion = question.region ?? 'us-east-1';
    setBusy('setup');
    setSetupProblem(null);
    try {
      // A task met before leaves its aliases behind: say so before changing anything, and delete them
      // only when the learner asks (the keys they point to stay).
      const inTheWay = await aliasesInTheWay(kms, question.startState, { region: taskRegion });
      if (inTheWay.length > 0 && !replaceAliases) {
        const names = inTheWay.map(({ aliasName, region: where }) => `${aliasName} (${where})`).join(', ');
        setSetupProblem({ id, message: `This task creates ${names}, and the simulator has ${inTheWay.length === 1 ? 'that alias' : 'those aliases'} already, perhaps from an earlier attempt. Nothing has changed yet.`, aliases: inTheWay.map(({ aliasName }) => aliasName) });
        return;
      }
      for (const { aliasName, region: where } of inTheWay) await kms.send('DeleteAlias', { AliasName: aliasName }, { region: where });
      const { saved } = await runCalls(kms, question.startState, { region: taskRegion });
      const entries = kms.trail.entries();
      const scene: Scene = { region: taskRegion, sinceSeq: entries.at(-1)?.seq ?? -1, materials: materialsFrom(saved) };
      setRun((current) => (current === null ? current : { ...current, scenes: { ...current.scenes, [id]: scene } }));
      announce('The task is set up. Act in the simulator, then come back and press Check.');
    } catch (thrown) {
      const why = thrown instanceof CallRunError ? thrown.message : errorText(thrown);
      setSetupProblem({ id, message: `The task could not be set up: ${why} Reset the simulator on the Simulator page (export it there first to keep your work), or start a quiz with another seed.`, aliases: [] });
    } finally {
      setBusy(null);
    }
  };

  const checkTask = async (id: string) => {
    const question = INTERACTIVE_QUESTIONS.find((candidate) => candidate.id === id);
    const kms = store.getState().kms;
    const scene = run?.scenes[id];
    if (question === undefined || kms === null || scene === undefined) return;
    setBusy('check');
    try {
      const result = await checkGoal(kms, question.goal, { region: scene.region, sinceSeq: scene.sinceSeq });
      dispatch({ type: 'interactive-result', id, passed: result.passed, detail: result.detail, now: Date.now() });
      announce(run?.session.mode === 'exam' ? 'Checked. The verdict is in the results.' : `${result.passed ? 'Goal met.' : 'Not yet.'} ${result.detail}`);
    } catch (thrown) {
      announce(`The check could not run: ${errorText(thrown)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="quiz-app">
      <p className="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
      {run === null ? (
        <>
          <div className="quiz-app__home">
            <SetupForm onStart={start} headingRef={setupHeading} initial={lastSettings} />
            <HistoryPanel history={progress.history} notice={progress.notice} onExport={() => progress.exportFile(announce)} onImport={(file) => void progress.importFile(file, announce)} />
          </div>
        </>
      ) : run.session.finishedAt === null ? (
        <QuizRunner
          session={run.session}
          scenes={run.scenes}
          dispatch={dispatch}
          announce={announce}
          shellRegion={region}
          engineReady={engineStatus === 'ready'}
          busy={busy}
          setupProblem={setupProblem}
          onSetup={(id, replaceAliases) => void setupTask(id, replaceAliases)}
          onCheck={(id) => void checkTask(id)}
          onQuit={newQuiz}
        />
      ) : (
        <>
          <ResultsView session={run.session} onNewQuiz={newQuiz} />
          <HistoryPanel history={progress.history} notice={progress.notice} onExport={() => progress.exportFile(announce)} onImport={(file) => void progress.importFile(file, announce)} />
        </>
      )}
    </div>
  );
}
