import { isAnswered, type QuizSession } from '../../content/quiz/index';

/** Exam mode: every question as a button, saying whether it is answered and flagged. */
export function QuestionNavigator({ session, onGo }: { session: QuizSession; onGo: (index: number) => void }) {
  return (
    <nav className="quiz-navigator" aria-label="Questions">
      <ol className="quiz-navigator__list">
        {session.items.map((item, index) => {
          const answered = isAnswered(item, session.answers[item.id]);
          const flagged = session.flagged.includes(item.id);
          const current = index === session.current;
          const state = [answered ? 'answered' : 'not answered', flagged ? 'flagged for review' : ''].filter(Boolean).join(', ');
          const classes = ['quiz-navigator__item', answered ? 'quiz-navigator__item--answered' : '', flagged ? 'quiz-navigator__item--flagged' : ''].filter(Boolean).join(' ');
          return (
            <li key={item.id}>
              <button type="button" className={classes} aria-current={current ? 'step' : undefined} aria-label={`Question ${index + 1}, ${state}`} onClick={() => onGo(index)}>
                {index + 1}
                {flagged && (
                  <span className="quiz-navigator__flag" aria-hidden="true">
                    ⚑
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
