// The catalogue at #/learn: every playable lesson with what it teaches and how far the learner got,
// then the lessons that wait for engine features, said plainly.

import { CATALOGUE } from '../../content/lessons/catalogue';
import type { ComingLesson, Lesson } from '../../content/lessons/types';
import type { LessonSession } from './lesson-session';
import { useSession } from './use-session';

export interface LessonCatalogueProps {
  session: LessonSession;
  /** The link to a lesson's page. */
  lessonHref: (lessonId: string) => string;
}

const ready = CATALOGUE.filter((entry): entry is Lesson => entry.status === 'ready');
const coming = CATALOGUE.filter((entry): entry is ComingLesson => entry.status === 'coming');

function Claims({ claims }: { claims: readonly string[] }) {
  return (
    <p className="lesson-card__claims">
      <span className="visually-hidden">Ideas taught: </span>
      {claims.map((claim) => (
        <span key={claim} className="lesson-claim">
          {claim}
        </span>
      ))}
    </p>
  );
}

export function LessonCatalogue({ session, lessonHref }: LessonCatalogueProps) {
  const progress = useSession(session, (state) => state.progress);
  return (
    <>
      <p className="page-lead">
        Each lesson sets up the simulator, then asks you to act — in the console, the terminal, the flows or the files page. Its
        goal ticks when the live engine and its CloudTrail show you did it. The tags (S1–S19) name the ideas of KMS Lab&rsquo;s
        source material each lesson teaches.
      </p>
      <section aria-labelledby="lessons-ready" className="lesson-section">
        <h2 id="lessons-ready">Lessons</h2>
        <ol className="lesson-list">
          {ready.map((lesson, index) => {
            const done = progress.completedLessons.includes(lesson.id);
            const stepsDone = progress.completedSteps[lesson.id]?.length ?? 0;
            const active = progress.active?.lessonId === lesson.id ? progress.active : null;
            const status = active
              ? `In progress: step ${active.stepIndex + 1} of ${lesson.steps.length}`
              : done
                ? 'Completed'
                : stepsDone > 0
                  ? `${stepsDone} of ${lesson.steps.length} steps done`
                  : `${lesson.steps.length} steps`;
            return (
              <li key={lesson.id} className="lesson-card">
                <h3 className="lesson-card__title">
                  <span className="lesson-card__number" aria-hidden="true">
                    {index + 1}
                  </span>
                  <a href={lessonHref(lesson.id)}>{lesson.title}</a>
                </h3>
                <p className="lesson-card__summary">{lesson.summary}</p>
                <Claims claims={lesson.seedClaims} />
                <p className={`lesson-card__status${done ? ' lesson-card__status--done' : ''}${active ? ' lesson-card__status--active' : ''}`}>{status}</p>
              </li>
            );
          })}
        </ol>
      </section>
      <section aria-labelledby="lessons-coming" className="lesson-section">
        <h2 id="lessons-coming">Coming</h2>
        <p className="lesson-section__lead">These need parts of KMS that the simulator does not have yet, so they cannot be played — rather than faked.</p>
        <ul className="lesson-list">
          {coming.map((lesson) => (
            <li key={lesson.id} className="lesson-card lesson-card--coming">
              <h3 className="lesson-card__title">{lesson.title}</h3>
              <p className="lesson-card__summary">{lesson.summary}</p>
              <Claims claims={lesson.seedClaims} />
              <p className="lesson-card__status">
                <span className="lesson-badge">Coming</span> {lesson.needs}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
