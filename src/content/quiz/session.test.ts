import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTERACTIVE_QUESTIONS, QUESTIONS } from '../questions/index';
import type { OptionId, Question } from '../questions/types';
import { correctOptionIds, feedbackFor, isChoiceCorrect, scoreQuiz } from './score';
import { selectItems, type QuizItem } from './select';
import { checkedVerdict, EXAM_MS_PER_ITEM, quizReducer, remainingMs, sessionScore, startSession, type QuizAction, type QuizSession } from './session';

const single = QUESTIONS.find((question) => question.type === 'single') as Question;
const multiple = QUESTIONS.find((question) => question.type === 'multiple' && question.selectCount === 2) as Question;
const interactive = INTERACTIVE_QUESTIONS[0];
if (interactive === undefined) throw new Error('the bank has interactive items');

const choice = (question: Question): QuizItem => ({ kind: 'choice', id: question.id, topics: question.topics, question });
const wrongIds = (question: Question) => question.options.filter((option) => !option.correct).map((option) => option.id);
const items: QuizItem[] = [choice(single), choice(multiple), { kind: 'interactive', id: interactive.id, topics: interactive.topics, question: interactive }];

const run = (session: QuizSession, ...actions: QuizAction[]) => actions.reduce(quizReducer, session);

describe('practice mode', () => {
  const start = () => startSession({ mode: 'practice', seed: 's', items, now: 0 });

  it('a checked single answer is locked and says whether it was right', () => {
    const right = correctOptionIds(single);
    const session = run(start(), { type: 'select', id: single.id, selected: right }, { type: 'check', id: single.id });
    expect(checkedVerdict(session, single.id)).toBe(true);
    const after = run(session, { type: 'select', id: single.id, selected: wrongIds(single).slice(0, 1) });
    expect(after).toBe(session);
  });

  it('a "Select TWO" item cannot be checked until two options are chosen', () => {
    const one = run(start(), { type: 'select', id: multiple.id, selected: correctOptionIds(multiple).slice(0, 1) }, { type: 'check', id: multiple.id });
    expect(checkedVerdict(one, multiple.id)).toBeUndefined();
    const two = run(one, { type: 'select', id: multiple.id, selected: [correctOptionIds(multiple)[0] as OptionId, wrongIds(multiple)[0] as OptionId] }, { type: 'check', id: multiple.id });
    expect(checkedVerdict(two, multiple.id)).toBe(false);
  });

  it('a single-answer item refuses two choices and unknown option ids are dropped', () => {
    const session = run(start(), { type: 'select', id: single.id, selected: ['a', 'b'] });
    expect(session.answers[single.id]).toBeUndefined();
    const cleaned = run(start(), { type: 'select', id: multiple.id, selected: ['a', 'z' as OptionId] });
    expect(cleaned.answers[multiple.id]).toEqual({ kind: 'choice', selected: ['a'], checked: false });
  });

  it('feedback explains every option', () => {
    const feedback = feedbackFor(multiple, correctOptionIds(multiple));
    expect(feedback.correct).toBe(true);
    expect(feedback.options).toHaveLength(multiple.options.length);
    expect(feedback.options.every((option) => option.explanation.length > 0)).toBe(true);
  });

  it('an interactive item counts its checks and locks once it passes', () => {
    const session = run(
      start(),
      { type: 'interactive-result', id: interactive.id, passed: false, detail: 'not yet', now: 1 },
      { type: 'interactive-result', id: interactive.id, passed: true, detail: 'done', now: 2 },
      { type: 'interactive-result', id: interactive.id, passed: false, detail: 'later', now: 3 },
    );
    expect(session.answers[interactive.id]).toEqual({ kind: 'interactive', passed: true, detail: 'done', checks: 2 });
    expect(sessionScore(session).correct).toBe(1);
  });
});

describe('exam mode', () => {
  const start = () => startSession({ mode: 'exam', seed: 's', items, now: 1000 });

  it('allows two minutes an item by default and counts down', () => {
    const session = start();
    expect(session.timeLimitMs).toBe(items.length * EXAM_MS_PER_ITEM);
    expect(remainingMs(session, 61_000)).toBe(items.length * EXAM_MS_PER_ITEM - 60_000);
  });

  it('answers stay changeable, unchecked and unexplained until the end', () => {
    const session = run(start(), { type: 'select', id: single.id, selected: wrongIds(single).slice(0, 1) }, { type: 'check', id: single.id }, { type: 'select', id: single.id, selected: correctOptionIds(single) });
    expect(checkedVerdict(session, single.id)).toBeUndefined();
    expect(sessionScore(session).correct).toBe(1);
  });

  it('flags for review toggle, navigation stays in range', () => {
    const session = run(start(), { type: 'toggle-flag', id: multiple.id }, { type: 'toggle-flag', id: single.id }, { type: 'toggle-flag', id: multiple.id }, { type: 'go', index: 2 }, { type: 'go', index: 9 }, { type: 'go', index: -1 });
    expect(session.flagged).toEqual([single.id]);
    expect(session.current).toBe(2);
  });

  it('finishing freezes the answers; a late tick ends the exam at the deadline', () => {
    const submitted = run(start(), { type: 'finish', now: 5000 });
    expect(submitted.finishReason).toBe('submitted');
    expect(run(submitted, { type: 'select', id: single.id, selected: correctOptionIds(single) })).toBe(submitted);

    const limit = items.length * EXAM_MS_PER_ITEM;
    const early = run(start(), { type: 'tick', now: 1000 + limit - 1 });
    expect(early.finishedAt).toBeNull();
    const late = run(start(), { type: 'tick', now: 1000 + limit + 9000 });
    expect(late.finishReason).toBe('time-up');
    expect(late.finishedAt).toBe(1000 + limit);
    expect(remainingMs(late, 10 ** 9)).toBe(0);
  });

  it('scores per topic: an item counts in each of its topics', () => {
    const session = run(start(), { type: 'select', id: single.id, selected: correctOptionIds(single) }, { type: 'finish', now: 2000 });
    const score = sessionScore(session);
    for (const topic of single.topics) {
      const row = score.byTopic.find((entry) => entry.topic === topic);
      expect(row?.correct).toBeGreaterThanOrEqual(1);
    }
    expect(score.answered).toBe(1);
  });
});

describe('scoring bounds', () => {
  const bank = { questions: QUESTIONS, interactive: INTERACTIVE_QUESTIONS };

  it('0 ≤ correct ≤ answered ≤ total, percents in 0–100, topic rows add up', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 30 }), fc.infiniteStream(fc.subarray(['a', 'b', 'c', 'd', 'e', 'f'] as OptionId[])), fc.infiniteStream(fc.boolean()), (seed, count, picks, passes) => {
        const quiz = selectItems(bank, { seed, count });
        const answers = Object.fromEntries(
          quiz.map((item) => [item.id, item.kind === 'choice' ? { kind: 'choice' as const, selected: picks.next().value as OptionId[], checked: false } : { kind: 'interactive' as const, passed: passes.next().value as boolean, detail: '', checks: 1 }]),
        );
        const score = scoreQuiz(quiz, answers);
        expect(score.correct).toBeGreaterThanOrEqual(0);
        expect(score.correct).toBeLessThanOrEqual(score.total);
        expect(score.total).toBe(quiz.length);
        expect(score.percent).toBeGreaterThanOrEqual(0);
        expect(score.percent).toBeLessThanOrEqual(100);
        for (const row of score.byTopic) {
          expect(row.correct).toBeLessThanOrEqual(row.total);
          expect(row.percent).toBeGreaterThanOrEqual(0);
          expect(row.percent).toBeLessThanOrEqual(100);
        }
        const topicSlots = quiz.reduce((sum, item) => sum + item.topics.length, 0);
        expect(score.byTopic.reduce((sum, row) => sum + row.total, 0)).toBe(topicSlots);
      }),
    );
  });

  it('only the exact correct set scores a multiple-answer item', () => {
    const right = correctOptionIds(multiple);
    expect(isChoiceCorrect(multiple, right)).toBe(true);
    expect(isChoiceCorrect(multiple, [...right].reverse())).toBe(true);
    expect(isChoiceCorrect(multiple, right.slice(0, 1))).toBe(false);
    expect(isChoiceCorrect(multiple, [...right, ...wrongIds(multiple).slice(0, 1)])).toBe(false);
  });
});
