import { useId } from 'react';
import { InlineCode } from '../../components/question-card';
import type { InteractiveQuestion } from '../../content/questions/index';
import type { Answer } from '../../content/quiz/index';
import type { Scene } from './saved-run';

/** Why a task's setup did not happen: for which question, in words, and the aliases in the way if any. */
export interface SetupProblem {
  id: string;
  message: string;
  aliases: string[];
}

export interface InteractiveTaskProps {
  question: InteractiveQuestion;
  answer: Answer | undefined;
  scene: Scene | undefined;
  /** The Region the learner has picked in the header, to warn when the task happens elsewhere. */
  shellRegion: string;
  engineReady: boolean;
  busy: 'setup' | 'check' | null;
  /** Why setting up did not happen, in words, and the aliases in the way if that was why. */
  setupProblem: SetupProblem | null;
  locked: boolean;
  /** Practice mode shows the verdict's words and, once passed, the explanation. */
  reveal: boolean;
  /** replaceAliases: delete the aliases in the way first (the learner asked to). */
  onSetup: (replaceAliases: boolean) => void;
  onCheck: () => void;
}

const SIMULATOR_PAGES = [
  { href: '#/engine', label: 'Engine' },
  { href: '#/keys', label: 'Keys (console)' },
  { href: '#/terminal', label: 'Terminal' },
  { href: '#/trail', label: 'CloudTrail' },
];

/** A task done in the simulator: set the scene, act on another page, come back and Check. */
export function InteractiveTask({ question, answer, scene, shellRegion, engineReady, busy, setupProblem, locked, reveal, onSetup, onCheck }: InteractiveTaskProps) {
  const id = useId();
  const region = question.region ?? 'us-east-1';
  const result = answer?.kind === 'interactive' && answer.checks > 0 ? answer : null;
  return (
    <section className="quiz-task" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="quiz-task__title">
        Simulator task
      </h3>
      <p className="quiz-task__prompt">
        <InlineCode text={question.prompt} />
      </p>
      <p className="quiz-task__note">
        It happens in <strong>{region}</strong>
        {shellRegion !== region && <> (the header shows {shellRegion}: switch the Region there before you act)</>}. Graded against the live engine by the
        same checker as the lessons.
      </p>

      {scene === undefined ? (
        <div className="quiz-task__step">
          <p>First set the scene: KMS Lab makes the keys and data this task starts from, in the simulator you use on the other pages.</p>
          <button type="button" className="button button--secondary" disabled={!engineReady || busy !== null || locked} onClick={() => onSetup(false)}>
            {busy === 'setup' ? 'Setting up…' : 'Set up the task'}
          </button>
          {!engineReady && <p className="quiz-task__note">Waiting for the engine to start…</p>}
          {setupProblem !== null && (
            <div className="quiz-task__error" role="alert">
              <p>{setupProblem.message}</p>
              {setupProblem.aliases.length > 0 && (
                <>
                  <p>
                    {setupProblem.aliases.length === 1 ? 'Delete it and set up (the key it names stays)' : 'Delete them and set up (the keys they name stay)'}, or reset the
                    simulator on the Simulator page.
                  </p>
                  <button type="button" className="button button--secondary" disabled={busy !== null || locked} onClick={() => onSetup(true)}>
                    Delete {setupProblem.aliases.join(', ')} and set up
                  </button>
                </>
              )}
            </div>
          )}
        </div>
      ) : (
        <div className="quiz-task__step">
          <p>The scene is set. Now act in the simulator, then come back here (your quiz is kept) and press Check.</p>
          <ul className="quiz-task__links">
            {SIMULATOR_PAGES.map((page) => (
              <li key={page.href}>
                <a href={page.href}>{page.label}</a>
              </li>
            ))}
          </ul>
          {scene.materials.length > 0 && (
            <div className="quiz-task__materials">
              <p>From the setup, for you to use:</p>
              {scene.materials.map((material, index) => (
                <div className="field" key={material.label}>
                  <label htmlFor={`${id}-m${index}`}>{material.label}</label>
                  <textarea id={`${id}-m${index}`} className="quiz-task__blob" readOnly rows={2} value={material.value} />
                </div>
              ))}
            </div>
          )}
        </div>
      )}

      <details className="quiz-task__hints">
        <summary>Hints</summary>
        <ol>
          {question.hints.map((hint) => (
            <li key={hint}>
              <InlineCode text={hint} />
            </li>
          ))}
        </ol>
      </details>

      <div className="quiz-task__check">
        <button type="button" className="button button--primary" disabled={scene === undefined || !engineReady || busy !== null || locked} onClick={onCheck}>
          {busy === 'check' ? 'Checking…' : 'Check'}
        </button>
      </div>
      {result !== null && reveal && (
        <div className={result.passed ? 'quiz-task__result quiz-task__result--pass' : 'quiz-task__result quiz-task__result--fail'}>
          <p>
            <strong>{result.passed ? 'Goal met.' : 'Not yet.'}</strong> {result.detail}
          </p>
          {result.passed && (
            <p>
              <InlineCode text={question.explanation} />
            </p>
          )}
        </div>
      )}
      {result !== null && !reveal && <p className="quiz-task__note">Checked {result.checks === 1 ? 'once' : `${result.checks} times`}; the verdict is in the results.</p>}
    </section>
  );
}
