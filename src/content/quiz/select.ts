// Which items a quiz asks, and in what order: a pure function of the bank, the seed, the topic filter
// and the count. The same inputs always give the same quiz.

import type { InteractiveQuestion, Question, Topic } from '../questions/types';
import { seededRandom, shuffle } from './random';

/** One thing a quiz asks: a multiple-choice question, or a task done in the simulator. */
export type QuizItem = { kind: 'choice'; id: string; topics: readonly Topic[]; question: Question } | { kind: 'interactive'; id: string; topics: readonly Topic[]; question: InteractiveQuestion };

export interface QuizBank {
  questions: readonly Question[];
  /** Interactive items need a live simulator next to the quiz; leave them out where there is none. */
  interactive?: readonly InteractiveQuestion[];
}

export interface SelectOptions {
  seed: string;
  /** Only items tagged with at least one of these topics; empty or absent means every topic. */
  topics?: readonly Topic[];
  /** At most this many items (fewer when the filter leaves fewer). */
  count: number;
  /** Shuffle each question's options too (default true): position must not give the answer away. */
  shuffleOptions?: boolean;
}

export function matchesTopics(itemTopics: readonly Topic[], topics: readonly Topic[] | undefined): boolean {
  return topics === undefined || topics.length === 0 || itemTopics.some((topic) => topics.includes(topic));
}

/** Every item of the bank that the topic filter lets through, in bank order. */
export function poolFor(bank: QuizBank, topics?: readonly Topic[]): QuizItem[] {
  const choice: QuizItem[] = bank.questions.map((question) => ({ kind: 'choice', id: question.id, topics: question.topics, question }));
  const interactive: QuizItem[] = (bank.interactive ?? []).map((question) => ({ kind: 'interactive', id: question.id, topics: question.topics, question }));
  return [...choice, ...interactive].filter((item) => matchesTopics(item.topics, topics));
}

/** The quiz for a seed: `count` items drawn from the filtered pool in a seeded order. */
export function selectItems(bank: QuizBank, options: SelectOptions): QuizItem[] {
  const random = seededRandom(options.seed);
  const count = Math.max(0, Math.floor(options.count));
  const chosen = shuffle(poolFor(bank, options.topics), random).slice(0, count);
  if (options.shuffleOptions === false) return chosen;
  return chosen.map((item) => (item.kind === 'choice' ? { ...item, question: { ...item.question, options: shuffle(item.question.options, random) } } : item));
}

/** The topics that occur in a bank, in the order of `order` (the bank's topic list). */
export function topicsIn(bank: QuizBank, order: readonly Topic[]): Topic[] {
  const present = new Set(poolFor(bank).flatMap((item) => item.topics));
  return order.filter((topic) => present.has(topic));
}
