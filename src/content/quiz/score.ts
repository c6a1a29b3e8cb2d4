// Grading: is an answer right, and how did a whole quiz go, overall and per topic. Pure functions of
// the items and the answers; the session and the history both use them.

import type { OptionId, Question, Topic } from '../questions/types';
import type { QuizItem } from './select';

/** What the learner gave for one item. */
export type Answer =
  | { kind: 'choice'; selected: readonly OptionId[]; /** Practice mode: locked and explained. */ checked: boolean }
  | { kind: 'interactive'; passed: boolean; /** The goal checker's words for the last check. */ detail: string; checks: number };

/** The options a question counts as right, in option order. */
export function correctOptionIds(question: Question): OptionId[] {
  return question.options.filter((option) => option.correct).map((option) => option.id);
}

/** Right only when the selected set is exactly the correct set, as the exam scores it (no partial credit). */
export function isChoiceCorrect(question: Question, selected: readonly OptionId[]): boolean {
  const correct = correctOptionIds(question);
  const chosen = new Set(selected);
  return chosen.size === correct.length && correct.every((id) => chosen.has(id));
}

export interface OptionFeedback {
  id: OptionId;
  selected: boolean;
  correct: boolean;
  explanation: string;
}

/** Practice feedback: the verdict and, for every option, whether it was chosen, whether it is right, and why. */
export function feedbackFor(question: Question, selected: readonly OptionId[]): { correct: boolean; options: OptionFeedback[] } {
  return {
    correct: isChoiceCorrect(question, selected),
    options: question.options.map((option) => ({ id: option.id, selected: selected.includes(option.id), correct: option.correct, explanation: option.explanation })),
  };
}

export function isAnswered(item: QuizItem, answer: Answer | undefined): boolean {
  if (answer === undefined) return false;
  if (answer.kind === 'choice') return item.kind === 'choice' && answer.selected.length > 0;
  return answer.checks > 0;
}

export function isItemCorrect(item: QuizItem, answer: Answer | undefined): boolean {
  if (answer === undefined) return false;
  if (item.kind === 'choice') return answer.kind === 'choice' && isChoiceCorrect(item.question, answer.selected);
  return answer.kind === 'interactive' && answer.passed;
}

export interface ItemResult {
  id: string;
  kind: QuizItem['kind'];
  topics: readonly Topic[];
  answered: boolean;
  correct: boolean;
}

export interface TopicScore {
  topic: Topic;
  correct: number;
  total: number;
  /** 0–100, rounded. */
  percent: number;
}

export interface QuizScore {
  correct: number;
  answered: number;
  total: number;
  /** 0–100, rounded; 0 for an empty quiz. */
  percent: number;
  /** One row per topic that occurs in the quiz; an item with several topics counts in each. */
  byTopic: TopicScore[];
  items: ItemResult[];
}

const percentOf = (correct: number, total: number) => (total === 0 ? 0 : Math.round((correct / total) * 100));

export function scoreQuiz(items: readonly QuizItem[], answers: Readonly<Record<string, Answer>>): QuizScore {
  const results: ItemResult[] = items.map((item) => ({
    id: item.id,
    kind: item.kind,
    topics: item.topics,
    answered: isAnswered(item, answers[item.id]),
    correct: isItemCorrect(item, answers[item.id]),
  }));
  const topics = new Map<Topic, { correct: number; total: number }>();
  for (const result of results) {
    for (const topic of result.topics) {
      const row = topics.get(topic) ?? { correct: 0, total: 0 };
      row.total += 1;
      if (result.correct) row.correct += 1;
      topics.set(topic, row);
    }
  }
  const correct = results.filter((result) => result.correct).length;
  return {
    correct,
    answered: results.filter((result) => result.answered).length,
    total: results.length,
    percent: percentOf(correct, results.length),
    byTopic: [...topics].map(([topic, row]) => ({ topic, ...row, percent: percentOf(row.correct, row.total) })),
    items: results,
  };
}
