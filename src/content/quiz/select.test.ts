import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTERACTIVE_QUESTIONS, QUESTIONS, TOPICS } from '../questions/index';
import type { Topic } from '../questions/types';
import { newSeed, seededRandom, shuffle } from './random';
import { poolFor, selectItems, topicsIn } from './select';

const bank = { questions: QUESTIONS, interactive: INTERACTIVE_QUESTIONS };
const seedArb = fc.string({ maxLength: 12 });
const topicsArb = fc.subarray([...TOPICS] as Topic[], { maxLength: 4 });

describe('seeded selection', () => {
  it('same seed, same filter, same count: the same items in the same order, options included', () => {
    fc.assert(
      fc.property(seedArb, topicsArb, fc.integer({ min: 0, max: 100 }), (seed, topics, count) => {
        const a = selectItems(bank, { seed, topics, count });
        const b = selectItems(bank, { seed, topics, count });
        expect(b).toEqual(a);
      }),
    );
  });

  it('every selection respects the topic filter and the count, and has no duplicates', () => {
    fc.assert(
      fc.property(seedArb, topicsArb, fc.integer({ min: 0, max: 120 }), (seed, topics, count) => {
        const items = selectItems(bank, { seed, topics, count });
        const pool = poolFor(bank, topics);
        expect(items.length).toBe(Math.min(count, pool.length));
        expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
        for (const item of items) {
          if (topics.length > 0) expect(item.topics.some((topic) => topics.includes(topic))).toBe(true);
        }
      }),
    );
  });

  it('shuffling options keeps each option whole: the same ids, texts and verdicts', () => {
    const items = selectItems({ questions: QUESTIONS }, { seed: 'opts', count: QUESTIONS.length });
    for (const item of items) {
      if (item.kind !== 'choice') continue;
      const original = QUESTIONS.find((question) => question.id === item.id);
      expect([...item.question.options].sort((x, y) => x.id.localeCompare(y.id))).toEqual(original?.options);
    }
  });

  it('different seeds usually give different orders', () => {
    const orders = new Set(['A', 'B', 'C', 'D', 'E'].map((seed) => selectItems(bank, { seed, count: 10 }).map((item) => item.id).join()));
    expect(orders.size).toBeGreaterThan(3);
  });

  it('leaves interactive items out when the bank has none (the widget)', () => {
    const items = selectItems({ questions: QUESTIONS }, { seed: 'x', count: 500 });
    expect(items.every((item) => item.kind === 'choice')).toBe(true);
    expect(items).toHaveLength(QUESTIONS.length);
  });

  it('lists the topics present in bank order', () => {
    const topics = topicsIn(bank, TOPICS);
    expect(topics.length).toBeGreaterThan(10);
    expect(topics).toEqual(TOPICS.filter((topic) => topics.includes(topic)));
  });
});

describe('seeded randomness', () => {
  it('shuffle is a permutation', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), seedArb, (items, seed) => {
        expect(shuffle(items, seededRandom(seed)).sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('new seeds are six readable characters', () => {
    expect(newSeed()).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    expect(newSeed(seededRandom('fixed'))).toBe(newSeed(seededRandom('fixed')));
  });
});
