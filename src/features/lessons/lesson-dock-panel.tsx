// The lesson dock: the active lesson's current step beside whatever page the learner works on. Its
// goal is re-checked live (the session watches the engine), hints come one at a time on request, and
// "Reset this step" rebuilds the simulator to the step's start after a confirmation. A live region
// announces "Goal met" once per step.

import { useEffect, useId, useRef, useState } from 'react';
import { WORKSPACE_LABELS } from '../../content/lessons/types';
import { LESSONS } from '../../content/lessons/catalogue';
import { ConfirmDialog } from '../../components/confirm-dialog';
import type { LessonSession } from './lesson-session';
import { useSession } from './use-session';

export interface LessonDockPanelProps {
  session: LessonSession;
  /** The link to a lesson's page. */
  lessonHref: (lessonId: string) => string;
  /** The learner's Region now, to warn when it is not the one the lesson's goals read. */
  region: string;
}

/** "the key described …" reads as a sentence start too. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function LessonDockPanel({ session, lessonHref, region }: LessonDockPanelProps) {
  const active = useSession(session, (state) => state.progress.active);
  const result = useSession(session, (state) => state.result);
  const busy = useSession(session, (state) => state.busy);
  const error = useSession(session, (state) => state.error);
  const hintsShown = useSession(session, (state) => state.hintsShown);
  const metCount = useSession(session, (state) => state.metCount);
  const [expanded, setExpanded] = useState(true);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const bodyId = useId();
  const labelId = useId();
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const lastMet = useRef(metCount);

  const lesson = active ? LESSONS.find((candidate) => candidate.id === active.lessonId) : undefined;
  const step = lesson && active ? lesson.steps[active.stepIndex] : undefined;

  // Announce a goal met once, when it happens (not on mount for a step met before a reload).
  useEffect(() => {
    if (metCount === lastMet.current) return;
    lastMet.current = metCount;
    const text = step ? `Goal met: ${step.title}.` : 'Goal met.';
    setAnnouncement(text);
  }, [metCount, step]);

  const stepKey = active ? `${active.lessonId}:${active.stepIndex}` : '';
  const previousStepKey = useRef(stepKey);
  useEffect(() => {
    if (previousStepKey.current === stepKey) return;
    const moved = previousStepKey.current !== '' && stepKey !== '';
    previousStepKey.current = stepKey;
    if (moved && active && lesson) {
      setAnnouncement(`Step ${active.stepIndex + 1} of ${lesson.steps.length}: ${lesson.steps[active.stepIndex]?.title ?? ''}.`);
    }
  }, [stepKey, active, lesson]);

  // One live region that stays mounted whether or not a lesson is active, so every announcement is heard.
  const live = (
    <p className="visually-hidden" role="status">
      {announcement}
    </p>
  );

  if (!active || !lesson || !step) {
    return (
      <>
        {null}
        {live}
      </>
    );
  }

  const last = active.stepIndex === lesson.steps.length - 1;
  const met = active.met;
  const goalState = busy ? 'busy' : met ? 'met' : 'open';

  async function goOn() {
    const finishing = last;
    const title = lesson!.title;
    await session.getState().next();
    if (finishing) setAnnouncement(`Lesson complete: ${title}.`);
    else stepHeading.current?.focus();
  }

  return (
    <>
      <aside className={`lesson-dock${expanded ? '' : ' lesson-dock--collapsed'}`} aria-labelledby={labelId}>
        <div className="lesson-dock__bar">
          <h2 id={labelId} className="lesson-dock__label">
            <span className="visually-hidden">Lesson: </span>
            <a href={lessonHref(lesson.id)}>{lesson.title}</a>
          </h2>
          <span className="lesson-dock__progress">
            Step {active.stepIndex + 1} of {lesson.steps.length}
          </span>
          <span className={`lesson-dock__pill lesson-dock__pill--${goalState}`} aria-hidden={expanded ? 'true' : undefined}>
            {busy ? 'Setting up…' : met ? 'Goal met' : 'Goal open'}
          </span>
          <button type="button" className="button button--secondary button--small lesson-dock__toggle" aria-expanded={expanded} aria-controls={bodyId} onClick={() => setExpanded(!expanded)}>
            {expanded ? 'Hide lesson' : 'Show lesson'}
          </button>
        </div>
        <div id={bodyId} className="lesson-dock__body" hidden={!expanded}>
          <div className="lesson-dock__step">
            <h3 className="lesson-dock__title" tabIndex={-1} ref={stepHeading}>
              {step.title}
            </h3>
            <p className="lesson-dock__instruction">{step.instruction}</p>
            <p className="lesson-dock__where">
              Act in:{' '}
              {step.where.map((place, index) => (
                <span key={place}>
                  {index > 0 && ', '}
                  <a href={`#${place}`}>{WORKSPACE_LABELS[place]}</a>
                </span>
              ))}
            </p>
            {region !== lesson.region && (
              <p className="lesson-dock__note">
                Your Region is {region}; this lesson&rsquo;s goals read {lesson.region} unless a step names another Region.
              </p>
            )}
          </div>
          <div className={`lesson-goal lesson-goal--${goalState}`}>
            <p className="lesson-goal__head">
              <span className="lesson-goal__mark" aria-hidden="true">
                {met ? '✓' : '○'}
              </span>
              <strong>{busy ? 'Setting up the simulator…' : met ? 'Goal met' : 'Goal'}</strong>
            </p>
            <p className="lesson-goal__text">{step.goalText}</p>
            {!busy && result && !met && <p className="lesson-goal__detail">{sentence(result.detail)}</p>}
            {met && <p className="lesson-goal__takeaway">{step.takeaway}</p>}
          </div>
          {hintsShown > 0 && (
            <ol className="lesson-hints" aria-label="Hints">
              {step.hints.slice(0, hintsShown).map((hint) => (
                <li key={hint}>{hint}</li>
              ))}
            </ol>
          )}
          {error && (
            <p role="alert" className="field__note field__note--error">
              {error}
            </p>
          )}
          <div className="lesson-dock__actions">
            {hintsShown < step.hints.length && (
              <button type="button" className="button button--secondary button--small" onClick={() => session.getState().showHint()}>
                {hintsShown === 0 ? 'Show a hint' : 'Show another hint'}
              </button>
            )}
            <button type="button" className="button button--secondary button--small" disabled={busy !== null} onClick={() => setConfirmingReset(true)}>
              Reset this step
            </button>
            <button type="button" className="button button--secondary button--small" disabled={busy !== null} onClick={() => void session.getState().leave()}>
              Leave lesson
            </button>
            <button type="button" className="button button--primary button--small" disabled={!met || busy !== null} onClick={() => void goOn()}>
              {last ? 'Finish lesson' : 'Next step'}
            </button>
          </div>
        </div>
        {confirmingReset && (
          <ConfirmDialog
            title="Reset this step?"
            confirmLabel="Reset simulator to this step"
            tone="danger"
            onCancel={() => setConfirmingReset(false)}
            onConfirm={() => {
              setConfirmingReset(false);
              setAnnouncement('');
              void session
                .getState()
                .resetStep()
                .then(() => {
                  setAnnouncement(`Step ${active.stepIndex + 1} reset.`);
                  stepHeading.current?.focus();
                });
            }}
          >
            <p>
              The simulator is emptied and rebuilt as it was when this step began: the lesson&rsquo;s starting point plus the
              earlier steps done the reference way. Everything else in it now — including what you did in this step — is deleted.
            </p>
          </ConfirmDialog>
        )}
      </aside>
      {live}
    </>
  );
}
