import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../content/questions/index';
import { quizReducer, selectItems, startSession } from '../../content/quiz/index';
import { attemptFrom } from './attempt';
import { isAttempt, parseProgressFile, progressFile } from './progress-schema';
import { loadRun, saveRun } from './saved-run';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

const settings = { mode: 'exam' as const, seed: 'UNIT', topics: ['rotation' as const], count: 3, interactive: false };
const items = selectItems({ questions: QUESTIONS }, settings);
const first = items[0];
if (first?.kind !== 'choice') throw new Error('expected a choice item');
const firstId = first.id;
const rightAnswer = first.question.options.filter((option) => option.correct).map((option) => option.id);

function finishedSession() {
  let session = startSession({ mode: 'exam', seed: 'UNIT', topics: ['rotation'], items, now: 1000 });
  session = quizReducer(session, { type: 'select', id: firstId, selected: rightAnswer });
  return quizReducer(session, { type: 'finish', now: 5000 });
}

describe('progress file', () => {
  it('a finished session becomes an attempt that the schema accepts, and an export reads back', () => {
    const attempt = attemptFrom(finishedSession());
    expect(attempt && isAttempt(attempt)).toBe(true);
    const parsed = parseProgressFile(JSON.stringify(progressFile(attempt ? [attempt] : [], new Date(0))));
    expect(parsed).toEqual({ ok: true, file: expect.objectContaining({ attempts: [attempt] }) as unknown });
  });

  it('an unfinished session is not an attempt', () => {
    expect(attemptFrom(startSession({ mode: 'practice', seed: 'x', items, now: 0 }))).toBeNull();
  });

  it.each([
    ['not json', 'The file is not JSON.'],
    ['{"format":"other"}', 'The file is not a KMS Lab progress export'],
    ['{"format":"kms-lab-progress","version":2}', 'this one says 2'],
    ['{"format":"kms-lab-progress","version":1,"exportedAt":"x","attempts":[{"id":"a","percent":400}]}', 'does not match the progress format at attempts.0'],
  ])('refuses %s with a reason', (text, reason) => {
    const parsed = parseProgressFile(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.reason).toContain(reason);
  });
});

describe('the quiz in progress', () => {
  it('survives a round trip through storage, items drawn again from the seed', () => {
    const storage = memoryStorage();
    const session = quizReducer(startSession({ mode: 'exam', seed: 'UNIT', topics: ['rotation'], items, now: 1000 }), { type: 'toggle-flag', id: firstId });
    saveRun(storage, { settings, session, scenes: {} });
    const loaded = loadRun(storage);
    expect(loaded?.session).toEqual(session);
  });

  it('damaged or foreign saved data is dropped, not half-restored', () => {
    const storage = memoryStorage();
    storage.setItem('kms-lab-quiz-run', '{not json');
    expect(loadRun(storage)).toBeNull();
    saveRun(storage, { settings, session: startSession({ mode: 'exam', seed: 'UNIT', topics: ['rotation'], items, now: 1000 }), scenes: {} });
    const saved = JSON.parse(storage.getItem('kms-lab-quiz-run') ?? '{}') as Record<string, unknown>;
    storage.setItem('kms-lab-quiz-run', JSON.stringify({ ...saved, answers: { 'no-such-question': { kind: 'choice', selected: ['a'], checked: false } } }));
    expect(loadRun(storage)).toBeNull();
    expect(loadRun(null)).toBeNull();
  });
});
