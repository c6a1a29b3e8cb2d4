// A lesson's own page (#/learn/<id>): what it teaches, its steps and where each is done, and the
// Start button, which first says plainly that starting resets the simulator.

import { useState } from 'react';
import type { Lesson } from '../../content/lessons/types';
import { WORKSPACE_LABELS } from '../../content/lessons/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import type { LessonSession } from './lesson-session';
import { useSession } from './use-session';

export interface LessonOverviewProps {
  session: LessonSession;
  lesson: Lesson;
  catalogueHref: string;
  /** Starts the lesson (the page adds what the shell needs, such as switching to the lesson's Region). */
  onStart: () => Promise<void>;
}

export function LessonOverview({ session, lesson, catalogueHref, onStart }: LessonOverviewProps) {
  const [confirming, setConfirming] = useState(false);
  const active = useSession(session, (state) => state.progress.active);
  const busy = useSession(session, (state) => state.busy);
  const error = useSession(session, (state) => state.error);
  const completedSteps = useSession(session, (state) => state.progress.completedSteps[lesson.id]);
  const isActive = active?.lessonId === lesson.id;
  const otherActive = active !== null && !isActive;

  return (
    <>
      <p className="page-lead">{lesson.summary}</p>
      <p>
        <a href={catalogueHref}>All lessons</a>
      </p>
      <div className="lesson-overview">
        <section aria-labelledby="lesson-objectives" className="lesson-overview__part">
          <h2 id="lesson-objectives">You will</h2>
          <ul>
            {lesson.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
          <p className="lesson-overview__meta">
            Ideas taught: {lesson.seedClaims.join(', ')}. Region: <code>{lesson.region}</code>.
          </p>
        </section>
        <section aria-labelledby="lesson-steps" className="lesson-overview__part">
          <h2 id="lesson-steps">Steps</h2>
          <ol className="lesson-steps">
            {lesson.steps.map((step, index) => {
              const done = completedSteps?.includes(step.id) ?? false;
              const current = isActive && active.stepIndex === index;
              return (
                <li key={step.id} className={`lesson-steps__item${current ? ' lesson-steps__item--current' : ''}`} aria-current={current ? 'step' : undefined}>
                  <span className="lesson-steps__title">{step.title}</span>
                  {done && <span className="lesson-badge lesson-badge--done">Done</span>}
                  <span className="lesson-steps__where">In {step.where.map((place) => WORKSPACE_LABELS[place]).join(' or ')}</span>
                </li>
              );
            })}
          </ol>
        </section>
      </div>
      <div className="lesson-overview__start">
        {isActive ? (
          <p>
            You are on step {active.stepIndex + 1} of {lesson.steps.length}. The lesson panel at the bottom of every page follows your work.
          </p>
        ) : otherActive ? (
          <p>Starting this lesson leaves the one you are in; its completed steps stay counted.</p>
        ) : null}
        <button type="button" className="button button--primary" disabled={busy !== null} onClick={() => setConfirming(true)}>
          {isActive ? 'Restart lesson' : 'Start lesson'}
        </button>
        {busy === 'starting' && (
          <p role="status" className="lesson-overview__busy">
            Setting up the simulator…
          </p>
        )}
        {error && !busy && (
          <p role="alert" className="field__note field__note--error">
            {error}
          </p>
        )}
      </div>
      {confirming && (
        <ConfirmDialog
          title={`Start “${lesson.title}”?`}
          confirmLabel="Reset simulator and start"
          tone="danger"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void onStart();
          }}
        >
          <p>
            Starting a lesson <strong>resets the simulator</strong>: every key, alias and CloudTrail record in it now is deleted, in
            every Region, and any Availability Zone you took down comes back up. Then the lesson sets up its own starting point.
          </p>
          <p>Nothing is kept or exported first: once you confirm, what you made in the simulator is gone.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
