import { useCallback, useEffect, useRef, useState } from 'react';
import { QuestionCard } from '../../components/question-card';
import { checkedVerdict, isAnswered, isChoiceCorrect, isLocked, type QuizAction, type QuizSession } from '../../content/quiz/index';
import { ExamTimer } from './exam-timer';
import { InteractiveTask, type SetupProblem } from './interactive-task';
import { QuestionNavigator } from './question-navigator';
import type { Scene } from './saved-run';
import { ConfirmDialog } from '../../components/confirm-dialog';

export interface QuizRunnerProps {
  session: QuizSession;
  scenes: Readonly<Record<string, Scene>>;
  dispatch: (action: QuizAction) => void;
  announce: (message: string) => void;
  shellRegion: string;
  engineReady: boolean;
  busy: 'setup' | 'check' | null;
  /** Why the last setup did not happen, for the question it was for. */
  setupProblem: SetupProblem | null;
  onSetup: (id: string, replaceAliases: boolean) => void;
  onCheck: (id: string) => void;
  onQuit: () => void;
}

/** One question at a time: practice checks each answer; exam adds the timer, flags and the navigator. */
export function QuizRunner({ session, scenes, dispatch, announce, shellRegion, engineReady, busy, setupProblem, onSetup, onCheck, onQuit }: QuizRunnerProps) {
  const [confirming, setConfirming] = useState<'finish' | 'abandon' | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const exam = session.mode === 'exam';
  const item = session.items[session.current];
  const total = session.items.length;
  const last = session.current === total - 1;

  // Moving to another question moves focus to its heading, so a screen reader starts reading it.
  const index = session.current;
  const previous = useRef(index);
  useEffect(() => {
    if (previous.current !== index) heading.current?.focus();
    previous.current = index;
  }, [index]);
  const tick = useCallback((now: number) => dispatch({ type: 'tick', now }), [dispatch]);

  if (item === undefined) return null;
  const answer = session.answers[item.id];
  const flagged = session.flagged.includes(item.id);
  const locked = isLocked(session, item.id);
  const verdict = checkedVerdict(session, item.id);
  const unanswered = session.items.filter((candidate) => !isAnswered(candidate, session.answers[candidate.id])).length;
  const canCheck = item.kind === 'choice' && answer?.kind === 'choice' && !answer.checked && answer.selected.length === item.question.selectCount;

  const go = (index: number) => dispatch({ type: 'go', index });
  const check = () => {
    if (item.kind !== 'choice') return;
    dispatch({ type: 'check', id: item.id });
    const selected = answer?.kind === 'choice' ? answer.selected : [];
    const right = isChoiceCorrect(item.question, selected);
    announce(right ? 'Correct. Explanations for every option are shown below the options.' : 'Not correct. Explanations for every option are shown below the options.');
  };
  const toggleFlag = () => {
    dispatch({ type: 'toggle-flag', id: item.id });
    announce(flagged ? `Question ${session.current + 1} is no longer flagged.` : `Question ${session.current + 1} flagged for review.`);
  };

  return (
    <div className={exam ? 'quiz-runner quiz-runner--exam' : 'quiz-runner'}>
      <div className="quiz-runner__bar">
        <p className="quiz-runner__mode">{exam ? 'Exam' : 'Practice'}</p>
        {exam && <ExamTimer session={session} onTick={tick} announce={announce} />}
      </div>
      {exam && <QuestionNavigator session={session} onGo={go} />}

      <section className="quiz-runner__item quiz-card" aria-labelledby="quiz-item-heading">
        <h2 id="quiz-item-heading" ref={heading} tabIndex={-1} className="quiz-runner__heading">
          Question {session.current + 1} of {total}
          {flagged && <span className="quiz-runner__flagged"> (flagged)</span>}
        </h2>
        {item.kind === 'choice' ? (
          <QuestionCard
            question={item.question}
            selected={answer?.kind === 'choice' ? answer.selected : []}
            onChange={(selected) => dispatch({ type: 'select', id: item.id, selected })}
            reveal={!exam && verdict !== undefined}
            disabled={locked}
          />
        ) : (
          <InteractiveTask
            question={item.question}
            answer={answer}
            scene={scenes[item.id]}
            shellRegion={shellRegion}
            engineReady={engineReady}
            busy={busy}
            setupProblem={setupProblem?.id === item.id ? setupProblem : null}
            locked={locked}
            reveal={!exam}
            onSetup={(replaceAliases) => onSetup(item.id, replaceAliases)}
            onCheck={() => onCheck(item.id)}
          />
        )}

        <div className="quiz-runner__actions">
          {!exam && item.kind === 'choice' && (
            <button type="button" className="button button--primary" disabled={!canCheck} onClick={check}>
              Check answer
            </button>
          )}
          {exam && (
            <button type="button" className="button button--secondary" aria-pressed={flagged} onClick={toggleFlag}>
              Flag for review
            </button>
          )}
          <button type="button" className="button button--secondary" disabled={session.current === 0} onClick={() => go(session.current - 1)}>
            Previous
          </button>
          {!last && (
            <button type="button" className="button button--secondary" onClick={() => go(session.current + 1)}>
              Next
            </button>
          )}
        </div>
      </section>

      <div className="quiz-runner__end">
        <button type="button" className={last ? 'button button--primary' : 'button button--secondary'} onClick={() => setConfirming('finish')}>
          {exam ? 'Submit exam' : 'Finish practice'}
        </button>
        <button type="button" className="link-button" onClick={() => setConfirming('abandon')}>
          Abandon this quiz
        </button>
      </div>

      {confirming === 'finish' && (
        <ConfirmDialog
          title={exam ? 'Submit the exam?' : 'Finish practice?'}
          confirmLabel={exam ? 'Submit exam' : 'Finish practice'}
          cancelLabel="Keep working"
          onConfirm={() => {
            setConfirming(null);
            dispatch({ type: 'finish', now: Date.now() });
          }}
          onCancel={() => setConfirming(null)}
        >
          <p>
            {unanswered === 0 ? 'Every question has an answer.' : `${unanswered} ${unanswered === 1 ? 'question has' : 'questions have'} no answer yet.`}
            {exam && session.flagged.length > 0 && ` ${session.flagged.length} ${session.flagged.length === 1 ? 'question is' : 'questions are'} flagged for review.`} Answers cannot be
            changed after this.
          </p>
        </ConfirmDialog>
      )}
      {confirming === 'abandon' && (
        <ConfirmDialog title="Abandon this quiz?" confirmLabel="Abandon quiz" cancelLabel="Keep working" tone="danger" onConfirm={onQuit} onCancel={() => setConfirming(null)}>
          <p>Your answers are discarded and nothing is added to your progress.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
