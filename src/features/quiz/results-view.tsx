import { useEffect, useId, useRef } from 'react';
import { InlineCode, QuestionCard } from '../../components/question-card';
import { TOPIC_LABELS } from '../../content/questions/index';
import { sessionScore, type QuizSession } from '../../content/quiz/index';

/** The end of a quiz: the score, a row per topic, and every item again with the answer and why. */
export function ResultsView({ session, onNewQuiz }: { session: QuizSession; onNewQuiz: () => void }) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const score = sessionScore(session);
  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="quiz-results" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {session.mode === 'exam' ? 'Exam results' : 'Practice results'}
      </h2>
      <p className="quiz-results__score">
        <strong>
          {score.correct} of {score.total} correct ({score.percent}%)
        </strong>
        {session.finishReason === 'time-up' && ' — time ran out, so the exam was submitted as it stood.'}
        {score.answered < score.total && ` ${score.total - score.answered} not answered.`}
      </p>
      <p className="quiz-results__meta">
        Seed <code>{session.seed}</code>
        {session.topics.length > 0 ? `, topics: ${session.topics.map((topic) => TOPIC_LABELS[topic]).join(', ')}` : ', all topics'}.
      </p>

      <table className="quiz-results__topics">
        <caption>Score by topic (a question with several topics counts in each)</caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col">Correct</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {score.byTopic.map((row) => (
            <tr key={row.topic}>
              <th scope="row">{TOPIC_LABELS[row.topic]}</th>
              <td>
                {row.correct} of {row.total}
              </td>
              <td>{row.percent}%</td>
            </tr>
          ))}
        </tbody>
      </table>

      <button type="button" className="button button--primary" onClick={onNewQuiz}>
        New quiz
      </button>

      <h3 className="quiz-results__review-title">Review your answers</h3>
      <ol className="quiz-results__review">
        {session.items.map((item, index) => {
          const result = score.items[index];
          const answer = session.answers[item.id];
          const verdict = result?.correct ? 'Correct' : result?.answered ? 'Wrong' : 'Not answered';
          return (
            <li key={item.id} className="quiz-results__item">
              <p className={`quiz-results__verdict quiz-results__verdict--${result?.correct ? 'right' : 'wrong'}`}>
                Question {index + 1}: {verdict}
                {session.flagged.includes(item.id) ? ' (flagged for review)' : ''}
              </p>
              {item.kind === 'choice' ? (
                <QuestionCard question={item.question} selected={answer?.kind === 'choice' ? answer.selected : []} onChange={() => undefined} reveal disabled />
              ) : (
                <div className="quiz-task quiz-task--review">
                  <p className="quiz-task__prompt">
                    <InlineCode text={item.question.prompt} />
                  </p>
                  <p>{answer?.kind === 'interactive' ? `Last check: ${answer.detail}` : 'Never checked.'}</p>
                  <p>
                    <InlineCode text={item.question.explanation} />
                  </p>
                  <p>One way to do it: {item.question.solution.map((call) => call.operation).join(', then ')}.</p>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
