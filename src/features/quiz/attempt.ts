import { sessionScore, type QuizSession } from '../../content/quiz/index';
import type { Attempt } from './progress-schema';

/** A finished session as the history keeps it: the score and, per item, only right or wrong. */
export function attemptFrom(session: QuizSession): Attempt | null {
  if (session.finishedAt === null || session.finishReason === null) return null;
  const score = sessionScore(session);
  return {
    id: `${session.startedAt}-${session.seed}`,
    mode: session.mode,
    seed: session.seed,
    topics: [...session.topics],
    startedAt: session.startedAt,
    finishedAt: session.finishedAt,
    finishReason: session.finishReason,
    correct: score.correct,
    answered: score.answered,
    total: score.total,
    percent: score.percent,
    byTopic: score.byTopic.map((row) => ({ ...row })),
    items: score.items.map((item) => ({ id: item.id, kind: item.kind, answered: item.answered, correct: item.correct })),
  };
}
