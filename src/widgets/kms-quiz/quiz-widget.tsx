// The widget's view: one question at a time in practice mode (choose, check, read why), then the
// score. The question itself is the shared QuestionCard; the session is the shared quiz core; this
// file only arranges them and moves focus where a keyboard user needs it.

import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { InlineCode, QuestionCard } from '../../components/question-card';
import { checkedVerdict, isLocked, sessionScore } from '../../content/quiz';
import { topicLabel, type QuizWidgetStore } from './store';

export function QuizWidget({ store }: { store: QuizWidgetStore }) {
  const session = useStore(store, (state) => state.session);
  const config = useStore(store, (state) => state.config);
  const announcement = useStore(store, (state) => state.announcement);
  const { select, check, go, finish, restart } = store.getState();
  const bodyRef = useRef<HTMLDivElement>(null);
  const finished = session.finishedAt !== null;
  const total = session.items.length;
  const item = session.items[session.current];

  // After moving between questions, finishing or restarting, focus goes to the new content, not back
  // to the top of the host page.
  const focusKey = finished ? `done:${session.startedAt}` : `${session.startedAt}:${session.current}`;
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    bodyRef.current?.focus();
  }, [focusKey]);

  const checkedCount = session.items.filter((entry) => isLocked(session, entry.id)).length;
  const answer = item === undefined ? undefined : session.answers[item.id];
  const selected = answer?.kind === 'choice' ? answer.selected : [];
  const locked = item !== undefined && isLocked(session, item.id);
  const canCheck = item?.kind === 'choice' && !locked && selected.length === item.question.selectCount;
  const last = session.current === total - 1;

  return (
    <section className="kq" part="container" aria-label={`KMS Lab quiz: ${topicLabel(config.topic)}`}>
      <header className="kq-header" part="header">
        <p className="kq-brand">KMS Lab quiz</p>
        <p className="kq-title" part="title">
          {topicLabel(config.topic)}
        </p>
        {total > 0 && (
          <p className="kq-progress" part="progress">
            {finished ? `${total} questions` : `Question ${session.current + 1} of ${total}`} · {checkedCount} checked
          </p>
        )}
      </header>

      <div className="kq-body" ref={bodyRef} tabIndex={-1} part="body">
        {total === 0 ? (
          <p className="kq-empty">There are no questions for this topic yet.</p>
        ) : finished ? (
          <Results store={store} />
        ) : item?.kind === 'choice' ? (
          <QuestionCard
            key={item.id}
            question={item.question}
            selected={selected}
            onChange={(next) => select(item.id, next)}
            reveal={locked}
            disabled={locked}
          />
        ) : null}
      </div>

      {total > 0 && !finished && (
        <div className="kq-actions" part="actions">
          <button type="button" className="kq-button" part="button" disabled={session.current === 0} onClick={() => go(session.current - 1)}>
            Previous
          </button>
          {!locked ? (
            <button type="button" className="kq-button kq-button--primary" part="button button-primary" aria-disabled={!canCheck} onClick={() => canCheck && item && check(item.id)}>
              Check answer
            </button>
          ) : last ? (
            <button type="button" className="kq-button kq-button--primary" part="button button-primary" onClick={finish}>
              See my score
            </button>
          ) : (
            <button type="button" className="kq-button kq-button--primary" part="button button-primary" onClick={() => go(session.current + 1)}>
              Next question
            </button>
          )}
          {!locked && !last && (
            <button type="button" className="kq-button" part="button" onClick={() => go(session.current + 1)}>
              Skip
            </button>
          )}
        </div>
      )}
      {finished && (
        <div className="kq-actions" part="actions">
          <button type="button" className="kq-button kq-button--primary" part="button button-primary" onClick={restart}>
            Start again
          </button>
        </div>
      )}
      {!canCheck && !locked && item?.kind === 'choice' && (
        <p className="kq-note">Choose {item.question.selectCount === 1 ? 'an answer' : `${item.question.selectCount} answers`}, then check it.</p>
      )}
      <p className="kq-status" role="status" part="status">
        {announcement}
      </p>
    </section>
  );
}

/** At most `max` characters, cut at a word boundary, with an ellipsis when cut. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.:;]+$/, '')}…`;
}

function Results({ store }: { store: QuizWidgetStore }) {
  const session = useStore(store, (state) => state.session);
  const score = sessionScore(session);
  return (
    <div className="kq-results" part="results">
      <p className="kq-score">
        You scored <strong>{score.correct}</strong> of {score.total} ({score.percent}%).
      </p>
      <ol className="kq-result-list">
        {session.items.map((entry) => {
          const verdict = checkedVerdict(session, entry.id);
          const text = entry.kind === 'choice' ? entry.question.stem : entry.question.prompt;
          return (
            <li key={entry.id} className={`kq-result kq-result--${verdict === true ? 'right' : verdict === false ? 'wrong' : 'skipped'}`}>
              <span className="kq-result-verdict">{verdict === true ? 'Right' : verdict === false ? 'Wrong' : 'Not answered'}:</span> <InlineCode text={shorten(text, 140)} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
