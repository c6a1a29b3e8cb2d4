// A quiz in progress, as a pure reducer: the view dispatches what the learner did, with the time it
// happened (`now`, milliseconds), and renders the state it gets back. No timers and no clock here, so
// one session per widget instance, a test, or a replay all behave the same.

import type { OptionId, Topic } from '../questions/types';
import { type Answer, isChoiceCorrect, scoreQuiz, type QuizScore } from './score';
import type { QuizItem } from './select';

export type QuizMode = 'practice' | 'exam';

export interface QuizSession {
  mode: QuizMode;
  seed: string;
  topics: readonly Topic[];
  items: readonly QuizItem[];
  answers: Readonly<Record<string, Answer>>;
  /** Exam mode: items marked for review, in the order they were flagged. */
  flagged: readonly string[];
  /** The index of the item on screen. */
  current: number;
  startedAt: number;
  /** Exam mode: the time allowed, or null for no limit. */
  timeLimitMs: number | null;
  finishedAt: number | null;
  finishReason: 'submitted' | 'time-up' | null;
}

export type QuizAction =
  | { type: 'select'; id: string; selected: readonly OptionId[] }
  /** Practice mode: lock the selection and show why each option is right or wrong. */
  | { type: 'check'; id: string }
  /** An interactive item was checked against the live engine. */
  | { type: 'interactive-result'; id: string; passed: boolean; detail: string; now: number }
  | { type: 'toggle-flag'; id: string }
  | { type: 'go'; index: number }
  | { type: 'finish'; now: number }
  /** Exam mode: the view's timer reports the time; when the limit has passed the session ends itself. */
  | { type: 'tick'; now: number };

/** The exam allows 130 minutes for 65 questions: two minutes an item. */
export const EXAM_MS_PER_ITEM = 2 * 60 * 1000;

export interface StartOptions {
  mode: QuizMode;
  seed: string;
  topics?: readonly Topic[];
  items: readonly QuizItem[];
  now: number;
  /** Exam mode only; default two minutes an item. Null: no limit. */
  timeLimitMs?: number | null;
}

export function startSession(options: StartOptions): QuizSession {
  return {
    mode: options.mode,
    seed: options.seed,
    topics: options.topics ?? [],
    items: options.items,
    answers: {},
    flagged: [],
    current: 0,
    startedAt: options.now,
    timeLimitMs: options.mode === 'exam' ? (options.timeLimitMs === undefined ? options.items.length * EXAM_MS_PER_ITEM : options.timeLimitMs) : null,
    finishedAt: null,
    finishReason: null,
  };
}

export function itemById(session: QuizSession, id: string): QuizItem | undefined {
  return session.items.find((item) => item.id === id);
}

/** Exam mode: milliseconds left (never below 0), or null without a limit. */
export function remainingMs(session: QuizSession, now: number): number | null {
  if (session.timeLimitMs === null) return null;
  const end = session.finishedAt ?? now;
  return Math.max(0, session.startedAt + session.timeLimitMs - end);
}

/** Practice mode: an item whose answer is final and explained. */
export function isLocked(session: QuizSession, id: string): boolean {
  if (session.finishedAt !== null) return true;
  const answer = session.answers[id];
  if (session.mode !== 'practice' || answer === undefined) return false;
  return answer.kind === 'choice' ? answer.checked : answer.passed;
}

const withAnswer = (session: QuizSession, id: string, answer: Answer): QuizSession => ({ ...session, answers: { ...session.answers, [id]: answer } });

const finish = (session: QuizSession, now: number, reason: 'submitted' | 'time-up'): QuizSession => {
  if (session.finishedAt !== null) return session;
  // Time-up finishes at the deadline, not when the view noticed it.
  const deadline = session.timeLimitMs === null ? now : Math.min(now, session.startedAt + session.timeLimitMs);
  return { ...session, finishedAt: reason === 'time-up' ? deadline : now, finishReason: reason };
};

export function quizReducer(session: QuizSession, action: QuizAction): QuizSession {
  switch (action.type) {
    case 'select': {
      const item = itemById(session, action.id);
      if (item?.kind !== 'choice' || isLocked(session, action.id)) return session;
      const valid = item.question.options.map((option) => option.id);
      const selected = valid.filter((id) => action.selected.includes(id));
      // A single-answer item keeps one choice; the view's radio group never sends more.
      if (item.question.type === 'single' && selected.length > 1) return session;
      return withAnswer(session, action.id, { kind: 'choice', selected, checked: false });
    }
    case 'check': {
      const item = itemById(session, action.id);
      const answer = session.answers[action.id];
      if (session.mode !== 'practice' || item?.kind !== 'choice' || answer?.kind !== 'choice' || answer.checked) return session;
      // Checked only once the question's number of answers is chosen, as the exam requires.
      if (answer.selected.length !== item.question.selectCount) return session;
      return withAnswer(session, action.id, { ...answer, checked: true });
    }
    case 'interactive-result': {
      const item = itemById(session, action.id);
      if (item?.kind !== 'interactive' || isLocked(session, action.id)) return session;
      const before = session.answers[action.id];
      const checks = before?.kind === 'interactive' ? before.checks + 1 : 1;
      return withAnswer(session, action.id, { kind: 'interactive', passed: action.passed, detail: action.detail, checks });
    }
    case 'toggle-flag': {
      if (session.finishedAt !== null || itemById(session, action.id) === undefined) return session;
      const flagged = session.flagged.includes(action.id) ? session.flagged.filter((id) => id !== action.id) : [...session.flagged, action.id];
      return { ...session, flagged };
    }
    case 'go': {
      if (!Number.isInteger(action.index) || action.index < 0 || action.index >= session.items.length) return session;
      return { ...session, current: action.index };
    }
    case 'finish': {
      const deadline = remainingMs(session, action.now) === 0;
      return finish(session, action.now, deadline ? 'time-up' : 'submitted');
    }
    case 'tick':
      return remainingMs(session, action.now) === 0 ? finish(session, action.now, 'time-up') : session;
  }
}

/** The score so far (or final, once finished). */
export function sessionScore(session: QuizSession): QuizScore {
  return scoreQuiz(session.items, session.answers);
}

/** Practice mode: was a checked choice right? Undefined while it is not checked. */
export function checkedVerdict(session: QuizSession, id: string): boolean | undefined {
  const item = itemById(session, id);
  const answer = session.answers[id];
  if (item?.kind !== 'choice' || answer?.kind !== 'choice' || !answer.checked) return undefined;
  return isChoiceCorrect(item.question, answer.selected);
}
