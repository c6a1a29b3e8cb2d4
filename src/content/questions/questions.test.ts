// The question bank's schema: every rule a quiz or a learner relies on, checked on the data itself.

import { describe, expect, it } from 'vitest';
import { INTERACTIVE_QUESTIONS, QUESTIONS, SEED_CLAIMS, TOPICS } from './index';
import type { Question } from './types';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const OPTION_IDS = ['a', 'b', 'c', 'd', 'e', 'f'];
const DOC_URL = /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//;
const SELECT_PHRASE: Record<number, string> = { 2: '(Select TWO.)', 3: '(Select THREE.)' };
const OPTIONS_FOR: Record<number, number> = { 1: 4, 2: 5, 3: 6 };

/** Sentences in a text, not counting the dots inside `code` or between digits (2.40). */
function sentences(text: string): number {
  const plain = text.replace(/`[^`]*`/g, 'code').replace(/(\d)\.(\d)/g, '$1$2');
  return plain.split(/[.!?](?:\s+|$)/).filter((part) => part.trim().length > 0).length;
}

/**
 * Claims that stale KMS study material still makes, with the current fact. No stem, no overall
 * explanation and no correct option may make them; a wrong option (and its explanation) may, since
 * catching them is the point of some distractors.
 */
const STALE_CLAIMS: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /(every|each|once in)\s+(three|3)\s+years/i, reason: 'AWS managed keys rotate every year since May 2022, not every three years.' },
  { pattern: /1,?095\s+days/i, reason: '1,095 days was the AWS managed key rotation period before May 2022; it is about 365 days now.' },
  { pattern: /FIPS\s*140-2/i, reason: 'KMS HSMs are validated under FIPS 140-3 Security Level 3; FIPS 140-2 is the old validation.' },
  { pattern: /\bKMS\b[^.]{0,60}\bLevel\s*2\b/i, reason: 'KMS HSMs are validated at Security Level 3, not Level 2.' },
  { pattern: /5,?500\s*(requests|req\b|\/\s*s|per\s+second)/i, reason: '5,500 requests per second is the pre-2023 symmetric quota; today it is 10,000, 20,000 or 100,000 depending on the Region.' },
  { pattern: /customer managed keys?[^.]{0,60}\b(only|always)\b[^.]{0,30}\b(every year|yearly|annually|365 days)/i, reason: 'Customer managed keys rotate on a configurable 90–2,560-day period, and on demand.' },
  { pattern: /rotation period[^.]{0,40}\b(cannot|can't|is not)\b[^.]{0,20}\b(changed|configur)/i, reason: 'The rotation period of customer managed keys is configurable (90–2,560 days).' },
  { pattern: /\b(S3|objects?)\b[^.]{0,40}\bnot encrypted by default\b/i, reason: 'S3 has encrypted every new object with SSE-S3 by default since January 2023.' },
  { pattern: /\bSSE-C\b[^.]{0,40}\b(enabled|allowed) by default\b/i, reason: 'Since April 2026, SSE-C is disabled by default on new general purpose buckets.' },
];

function staleTexts(question: Question): Array<{ where: string; text: string }> {
  return [
    { where: 'stem', text: question.stem },
    { where: 'explanation', text: question.explanation },
    ...question.options.filter((option) => option.correct).flatMap((option) => [
      { where: `option ${option.id}`, text: option.text },
      { where: `option ${option.id} explanation`, text: option.explanation },
    ]),
  ];
}

describe('the multiple-choice bank', () => {
  it('has at least 60 questions, with ids that are unique and kebab-case', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(60);
    const ids = [...QUESTIONS, ...INTERACTIVE_QUESTIONS].map((question) => question.id);
    for (const id of ids) expect(id, id).toMatch(KEBAB);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has no two questions with the same stem', () => {
    const stems = QUESTIONS.map((question) => question.stem.trim().toLowerCase());
    expect(new Set(stems).size).toBe(stems.length);
  });

  it.each(QUESTIONS.map((question) => [question.id, question] as const))('%s follows the schema', (_id, question) => {
    const correct = question.options.filter((option) => option.correct);
    if (question.type === 'single') {
      expect(question.selectCount).toBe(1);
      expect(correct).toHaveLength(1);
      expect(question.stem).not.toMatch(/\(Select /);
    } else {
      expect([2, 3]).toContain(question.selectCount);
      expect(correct).toHaveLength(question.selectCount);
      expect(question.stem.endsWith(SELECT_PHRASE[question.selectCount]!), question.stem).toBe(true);
    }
    expect(question.options).toHaveLength(OPTIONS_FOR[question.selectCount]!);
    expect(question.options.map((option) => option.id)).toEqual(OPTION_IDS.slice(0, question.options.length));
    expect(new Set(question.options.map((option) => option.text)).size).toBe(question.options.length);

    for (const option of question.options) {
      expect(option.text.trim().length, `${question.id}/${option.id} text`).toBeGreaterThan(0);
      expect(option.explanation.length, `${question.id}/${option.id} explanation`).toBeGreaterThanOrEqual(30);
      expect(option.explanation, `${question.id}/${option.id} explanation`).not.toMatch(/^\s*(in)?correct\.?\s*$|^\s*(wrong|right)\.?\s*$/i);
      expect(option.explanation, `${question.id}/${option.id} explanation repeats the option`).not.toBe(option.text);
      const count = sentences(option.explanation);
      expect(count, `${question.id}/${option.id}: ${option.explanation}`).toBeGreaterThanOrEqual(1);
      expect(count, `${question.id}/${option.id}: ${option.explanation}`).toBeLessThanOrEqual(3);
    }
    expect(sentences(question.explanation), question.explanation).toBeLessThanOrEqual(3);
    expect(question.explanation.length).toBeGreaterThanOrEqual(30);

    expect(question.topics.length).toBeGreaterThan(0);
    for (const topic of question.topics) expect(TOPICS).toContain(topic);
    for (const claim of question.seedClaims) expect(SEED_CLAIMS).toContain(claim);
    expect(question.references.length).toBeGreaterThan(0);
    for (const reference of question.references) {
      expect(reference.url, reference.url).toMatch(DOC_URL);
      expect(reference.title.length).toBeGreaterThan(0);
    }
  });

  it('covers every topic with at least one question', () => {
    const covered = new Set(QUESTIONS.flatMap((question) => question.topics));
    expect(TOPICS.filter((topic) => !covered.has(topic))).toEqual([]);
  });

  it('mixes difficulties (about 30% easy, 50% medium, 20% hard) and has at least 15 multiple-answer items', () => {
    const share = (difficulty: Question['difficulty']) => QUESTIONS.filter((question) => question.difficulty === difficulty).length / QUESTIONS.length;
    expect(share('easy')).toBeGreaterThanOrEqual(0.2);
    expect(share('easy')).toBeLessThanOrEqual(0.4);
    expect(share('medium')).toBeGreaterThanOrEqual(0.4);
    expect(share('medium')).toBeLessThanOrEqual(0.6);
    expect(share('hard')).toBeGreaterThanOrEqual(0.15);
    expect(share('hard')).toBeLessThanOrEqual(0.3);
    expect(QUESTIONS.filter((question) => question.type === 'multiple').length).toBeGreaterThanOrEqual(15);
    expect(QUESTIONS.some((question) => question.selectCount === 3)).toBe(true);
  });

  it('spreads correct answers over the option letters', () => {
    const letters = QUESTIONS.filter((question) => question.type === 'single').map((question) => question.options.find((option) => option.correct)!.id);
    // A quiz may shuffle options, but the data itself should not teach "it is usually a".
    for (const letter of ['a', 'b', 'c', 'd']) {
      expect(letters.filter((id) => id === letter).length / letters.length, letter).toBeGreaterThanOrEqual(0.15);
    }
  });

  describe('stale-facts guard', () => {
    it.each(STALE_CLAIMS.map((claim) => [claim.reason, claim] as const))('no stem, explanation or correct option claims: %s', (_reason, claim) => {
      const hits = QUESTIONS.flatMap((question) =>
        staleTexts(question)
          .filter(({ text }) => claim.pattern.test(text))
          .map(({ where }) => `${question.id} (${where})`),
      );
      const interactiveHits = INTERACTIVE_QUESTIONS.flatMap((question) =>
        [question.prompt, question.explanation, ...question.hints].filter((text) => claim.pattern.test(text)).map(() => question.id),
      );
      expect([...hits, ...interactiveHits]).toEqual([]);
    });

    it('catches the stale claims it is meant to catch', () => {
      const stale = [
        'AWS managed keys rotate every three years.',
        'KMS HSMs are validated under FIPS 140-2.',
        'The shared quota is 5,500 requests per second.',
        'Customer managed keys can only rotate every year.',
        'AWS KMS HSMs are validated at FIPS Level 2.',
      ];
      for (const text of stale) expect(STALE_CLAIMS.some((claim) => claim.pattern.test(text)), text).toBe(true);
    });
  });
});

describe('the interactive bank', () => {
  it('has at least 10 items', () => {
    expect(INTERACTIVE_QUESTIONS.length).toBeGreaterThanOrEqual(10);
  });

  it.each(INTERACTIVE_QUESTIONS.map((question) => [question.id, question] as const))('%s follows the schema', (_id, question) => {
    expect(question.prompt.length).toBeGreaterThan(20);
    expect(question.hints.length).toBeGreaterThanOrEqual(1);
    expect(question.hints.length).toBeLessThanOrEqual(3);
    expect(question.solution.length).toBeGreaterThan(0);
    expect(question.wrongSolution.length).toBeGreaterThan(0);
    expect(question.topics.length).toBeGreaterThan(0);
    for (const topic of question.topics) expect(TOPICS).toContain(topic);
    for (const claim of question.seedClaims) expect(SEED_CLAIMS).toContain(claim);
    expect(question.references.length).toBeGreaterThan(0);
    for (const reference of question.references) expect(reference.url).toMatch(DOC_URL);
    expect(sentences(question.explanation)).toBeLessThanOrEqual(3);
  });
});
