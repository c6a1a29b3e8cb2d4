import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../content/questions';
import { answeredStatement, completedStatement, isoDuration, randomUuid, scoredStatement, XAPI_BASE, type Attempt, type XapiStatement } from './statements';
import { configFromAttributes, createQuizWidgetStore } from './store';

const attempt: Attempt = { registration: '00000000-0000-4000-8000-000000000001', topic: 'envelope-encryption', topicLabel: 'Envelope encryption', seed: 'SEED42', startedAt: Date.UTC(2026, 0, 1) };
const counter = () => {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
};

/** Every string anywhere in a statement, to look for personal data. */
const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(strings) : []);

describe('xAPI statements', () => {
  const question = QUESTIONS.find((q) => q.type === 'multiple')!;

  it('answered: the question as a choice interaction, the response and success, the quiz as parent', () => {
    const statement = answeredStatement(attempt, question, ['c', 'a'], false, attempt.startedAt + 5000, counter());
    expect(statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(statement.object.id).toBe(`${XAPI_BASE}/questions/${question.id}`);
    expect(statement.object.definition.interactionType).toBe('choice');
    expect(statement.object.definition.correctResponsesPattern).toEqual([question.options.filter((o) => o.correct).map((o) => o.id).sort().join('[,]')]);
    expect(statement.object.definition.choices).toHaveLength(question.options.length);
    expect(statement.result).toEqual({ success: false, response: 'a[,]c' });
    expect(statement.context.contextActivities?.parent).toEqual([{ objectType: 'Activity', id: `${XAPI_BASE}/quizzes/envelope-encryption` }]);
    expect(statement.context.registration).toBe(attempt.registration);
    expect(statement.timestamp).toBe('2026-01-01T00:00:05.000Z');
  });

  it('completed and scored: the quiz activity, completion with a duration, and result.score {raw,min,max,scaled}', () => {
    const done = completedStatement(attempt, attempt.startedAt + 83_450, counter());
    expect(done.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
    expect(done.object.id).toBe(`${XAPI_BASE}/quizzes/envelope-encryption`);
    expect(done.result).toEqual({ completion: true, duration: 'PT1M23.45S' });
    const scored = scoredStatement(attempt, 2, 3, attempt.startedAt, counter());
    expect(scored.verb.id).toBe('http://adlnet.gov/expapi/verbs/scored');
    expect(scored.result?.score).toEqual({ raw: 2, min: 0, max: 3, scaled: 0.6667 });
    expect(scoredStatement(attempt, 0, 0, attempt.startedAt, counter()).result?.score?.scaled).toBe(0);
  });

  it('Precondition: a statement carries no actor and no personal data', () => {
    const statements = [answeredStatement(attempt, question, ['a'], true, 0, counter()), completedStatement(attempt, 0, counter()), scoredStatement(attempt, 1, 1, 0, counter())];
    for (const statement of statements) {
      expect(Object.keys(statement).sort()).toEqual(['context', 'id', 'object', 'result', 'timestamp', 'verb']);
      expect(strings(statement).join(' ')).not.toMatch(/mailto:|@[a-z0-9-]+\.[a-z]/i);
    }
  });

  it('ISO 8601 durations and version 4 UUIDs', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(3_723_400)).toBe('PT1H2M3.4S');
    expect(randomUuid((bytes) => bytes.fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(randomUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('a widget’s store', () => {
  function setup(count = 3) {
    const emitted: XapiStatement[] = [];
    let now = Date.UTC(2026, 0, 1);
    const store = createQuizWidgetStore(configFromAttributes('envelope-encryption', String(count), 'PINNED'), { now: () => (now += 1000), ids: counter(), emit: (s) => emitted.push(s) });
    return { store, emitted };
  }

  it('reads its attributes leniently: unknown topic means all, count is clamped, blank seed means none', () => {
    expect(configFromAttributes('envelope-encryption', '5', 'ABC')).toEqual({ topic: 'envelope-encryption', count: 5, seed: 'ABC' });
    expect(configFromAttributes('nonsense', '500', '  ')).toEqual({ topic: null, count: 20, seed: null });
    expect(configFromAttributes(null, 'x', null)).toEqual({ topic: null, count: 5, seed: null });
  });

  it('asks multiple-choice questions of its topic only, the same ones for the same seed', () => {
    const a = setup().store.getState().session;
    const b = setup().store.getState().session;
    expect(a.items).toHaveLength(3);
    expect(a.items.every((item) => item.kind === 'choice' && item.topics.includes('envelope-encryption'))).toBe(true);
    expect(a.items.map((item) => item.id)).toEqual(b.items.map((item) => item.id));
  });

  it('emits answered on each check, then completed and scored on finish, all with one registration', () => {
    const { store, emitted } = setup();
    const { session } = store.getState();
    session.items.forEach((item, index) => {
      if (item.kind !== 'choice') throw new Error('choice items only');
      const right = item.question.options.filter((o) => o.correct).map((o) => o.id);
      const wrong = item.question.options.filter((o) => !o.correct).map((o) => o.id).slice(0, item.question.selectCount);
      store.getState().select(item.id, index === 0 ? wrong : right);
      store.getState().check(item.id);
      store.getState().check(item.id); // a second check changes nothing and sends nothing
    });
    store.getState().finish();
    store.getState().finish();
    expect(emitted.map((s) => s.verb.display['en-US'])).toEqual(['answered', 'answered', 'answered', 'completed', 'scored']);
    expect(emitted.map((s) => s.result?.success)).toEqual([false, true, true, undefined, undefined]);
    expect(emitted.at(-1)?.result?.score).toEqual({ raw: 2, min: 0, max: 3, scaled: 0.6667 });
    expect(new Set(emitted.map((s) => s.context.registration)).size).toBe(1);
    expect(store.getState().announcement).toBe('Quiz complete: 2 of 3 correct.');
  });

  it('a check before the required number of answers is chosen sends nothing', () => {
    const { store, emitted } = setup();
    const item = store.getState().session.items[0]!;
    store.getState().check(item.id);
    expect(emitted).toEqual([]);
  });

  it('restart begins a new attempt with a new registration and no answers', () => {
    const { store } = setup();
    const first = store.getState().attempt.registration;
    const item = store.getState().session.items[0]!;
    store.getState().select(item.id, ['a']);
    store.getState().restart();
    expect(store.getState().attempt.registration).not.toBe(first);
    expect(store.getState().session.answers).toEqual({});
  });
});
