import { useId, useRef, type ChangeEvent } from 'react';
import { TOPIC_LABELS, type Topic } from '../../content/questions/index';
import type { Attempt } from './progress-schema';
import type { ProgressNotice } from './use-progress';

export type HistoryState = { status: 'loading' } | { status: 'unavailable'; reason: string } | { status: 'ready'; attempts: Attempt[]; skipped: number };

/** Every finished quiz added up per topic: where the learner is strong and where to practise. */
function topicTotals(attempts: readonly Attempt[]) {
  const totals = new Map<Topic, { correct: number; total: number }>();
  for (const attempt of attempts) {
    for (const row of attempt.byTopic) {
      const sum = totals.get(row.topic) ?? { correct: 0, total: 0 };
      sum.correct += row.correct;
      sum.total += row.total;
      totals.set(row.topic, sum);
    }
  }
  return [...totals]
    .map(([topic, sum]) => ({ topic, ...sum, percent: sum.total === 0 ? 0 : Math.round((sum.correct / sum.total) * 100) }))
    .sort((a, b) => a.percent - b.percent || b.total - a.total);
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Past quizzes from IndexedDB, newest first, with export and import of the whole history as a file. */
export function HistoryPanel({ history, notice, onExport, onImport }: { history: HistoryState; notice: ProgressNotice; onExport: () => void; onImport: (file: File) => void }) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);

  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (file) onImport(file);
  };

  return (
    <section className="quiz-history quiz-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your progress</h2>
      {history.status === 'loading' && <p>Loading your history…</p>}
      {history.status === 'unavailable' && <p>History is not available here: {history.reason} Quizzes still work, but scores are not kept.</p>}
      {history.status === 'ready' && (
        <>
          {history.skipped > 0 && (
            <p className="quiz-history__warning">
              {history.skipped} saved {history.skipped === 1 ? 'record was' : 'records were'} damaged and {history.skipped === 1 ? 'was' : 'were'} skipped.
            </p>
          )}
          {history.attempts.length === 0 ? (
            <p>No finished quizzes yet. Finish one and its score appears here, kept in this browser.</p>
          ) : (
            <table className="quiz-history__table">
              <caption className="visually-hidden">Finished quizzes, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Finished</th>
                  <th scope="col">Quiz</th>
                  <th scope="col">Topics</th>
                  <th scope="col">Score</th>
                </tr>
              </thead>
              <tbody>
                {history.attempts.map((attempt) => (
                  <tr key={attempt.id}>
                    <td>{dateFormat.format(new Date(attempt.finishedAt))}</td>
                    <td>
                      {attempt.mode === 'exam' ? 'Exam' : 'Practice'}, seed <code className="quiz-history__seed">{attempt.seed}</code>
                    </td>
                    <td>{attempt.topics.length === 0 ? 'All topics' : attempt.topics.map((topic) => TOPIC_LABELS[topic]).join(', ')}</td>
                    <td>
                      {attempt.correct} of {attempt.total} ({attempt.percent}%)
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {history.attempts.length > 0 && (
            <details className="quiz-history__topics">
              <summary>All quizzes by topic, weakest first</summary>
              <table className="quiz-history__table">
                <thead>
                  <tr>
                    <th scope="col">Topic</th>
                    <th scope="col">Correct</th>
                  </tr>
                </thead>
                <tbody>
                  {topicTotals(history.attempts).map((row) => (
                    <tr key={row.topic}>
                      <th scope="row">{TOPIC_LABELS[row.topic]}</th>
                      <td>
                        {row.correct} of {row.total} ({row.percent}%)
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          )}
        </>
      )}
      <div className="quiz-history__actions">
        <button type="button" className="button button--secondary" disabled={history.status !== 'ready' || history.attempts.length === 0} onClick={onExport}>
          Export progress
        </button>
        <button type="button" className="button button--secondary" disabled={history.status !== 'ready'} onClick={() => fileInput.current?.click()}>
          Import progress
        </button>
        <input ref={fileInput} type="file" accept="application/json,.json" className="visually-hidden" tabIndex={-1} aria-label="Progress file to import" onChange={picked} />
      </div>
      <div role="alert" className="quiz-history__alert">
        {notice?.kind === 'error' && <p className="quiz-history__error">{notice.text}</p>}
      </div>
      <div role="status" className="quiz-history__status">
        {notice?.kind === 'success' && <p>{notice.text}</p>}
      </div>
    </section>
  );
}
