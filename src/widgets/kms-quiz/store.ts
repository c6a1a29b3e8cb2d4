// One widget's state: a zustand vanilla store per <kms-quiz> element (two widgets on a page never
// share anything). The quiz itself is the shared core's session reducer (content/quiz); this store
// only adds what embedding needs: the attempt an xAPI registration names, and the statements emitted
// when the learner checks an answer or finishes.

import { createStore, type StoreApi } from 'zustand/vanilla';
import { QUESTIONS, TOPIC_LABELS, TOPICS, type OptionId, type Topic } from '../../content/questions';
import { checkedVerdict, itemById, newSeed, quizReducer, selectItems, sessionScore, startSession, type QuizAction, type QuizSession } from '../../content/quiz';
import { answeredStatement, completedStatement, scoredStatement, type Attempt, type IdSource, type XapiStatement } from './statements';

export const MIN_COUNT = 1;
export const MAX_COUNT = 20;
export const DEFAULT_COUNT = 5;

export interface QuizWidgetConfig {
  /** Null: every topic. */
  topic: Topic | null;
  count: number;
  /** Null: a fresh seed for every attempt. */
  seed: string | null;
}

export function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}

/** The config an element's attributes describe; anything unreadable falls back to the defaults. */
export function configFromAttributes(topic: string | null, count: string | null, seed: string | null): QuizWidgetConfig {
  const parsed = count === null ? Number.NaN : Number.parseInt(count, 10);
  const clamped = Number.isFinite(parsed) ? Math.min(MAX_COUNT, Math.max(MIN_COUNT, parsed)) : DEFAULT_COUNT;
  const cleanSeed = seed?.trim().slice(0, 32) ?? '';
  return { topic: topic !== null && isTopic(topic) ? topic : null, count: clamped, seed: cleanSeed === '' ? null : cleanSeed };
}

export const topicLabel = (topic: Topic | null): string => (topic === null ? 'All topics' : TOPIC_LABELS[topic]);

export interface QuizWidgetState {
  config: QuizWidgetConfig;
  session: QuizSession;
  attempt: Attempt;
  /** The last thing worth announcing in the widget's live region. */
  announcement: string;
  select: (id: string, selected: readonly OptionId[]) => void;
  check: (id: string) => void;
  go: (index: number) => void;
  finish: () => void;
  restart: () => void;
}

export interface QuizWidgetDeps {
  now: () => number;
  ids: IdSource;
  seed?: () => string;
  emit: (statement: XapiStatement) => void;
}

function begin(config: QuizWidgetConfig, deps: QuizWidgetDeps): Pick<QuizWidgetState, 'session' | 'attempt'> {
  const seed = config.seed ?? (deps.seed ?? newSeed)();
  const topics = config.topic === null ? [] : [config.topic];
  // Multiple-choice items only: interactive ones need the simulator beside them, which a widget lacks.
  const items = selectItems({ questions: QUESTIONS }, { seed, topics, count: config.count });
  const now = deps.now();
  return {
    session: startSession({ mode: 'practice', seed, topics, items, now }),
    attempt: { registration: deps.ids(), topic: config.topic ?? 'all', topicLabel: topicLabel(config.topic), seed, startedAt: now },
  };
}

export type QuizWidgetStore = StoreApi<QuizWidgetState>;

export function createQuizWidgetStore(config: QuizWidgetConfig, deps: QuizWidgetDeps): QuizWidgetStore {
  return createStore<QuizWidgetState>()((set, get) => {
    const apply = (action: QuizAction) => {
      const before = get().session;
      const after = quizReducer(before, action);
      if (after !== before) set({ session: after });
      return after !== before;
    };
    return {
      config,
      ...begin(config, deps),
      announcement: '',
      select: (id, selected) => void apply({ type: 'select', id, selected }),
      check: (id) => {
        if (!apply({ type: 'check', id })) return;
        const { session, attempt } = get();
        const item = itemById(session, id);
        const answer = session.answers[id];
        if (item?.kind !== 'choice' || answer?.kind !== 'choice') return;
        const correct = checkedVerdict(session, id) === true;
        set({ announcement: correct ? 'Correct.' : 'Not quite. The explanations say why.' });
        deps.emit(answeredStatement(attempt, item.question, answer.selected, correct, deps.now(), deps.ids));
      },
      go: (index) => {
        if (apply({ type: 'go', index })) set({ announcement: `Question ${index + 1} of ${get().session.items.length}.` });
      },
      finish: () => {
        const now = deps.now();
        if (!apply({ type: 'finish', now })) return;
        const { session, attempt } = get();
        const score = sessionScore(session);
        set({ announcement: `Quiz complete: ${score.correct} of ${score.total} correct.` });
        deps.emit(completedStatement(attempt, now, deps.ids));
        deps.emit(scoredStatement(attempt, score.correct, score.total, now, deps.ids));
      },
      restart: () => set({ ...begin(get().config, deps), announcement: 'The quiz started over.' }),
    };
  });
}
