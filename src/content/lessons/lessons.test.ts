// Every lesson is solvable as written and its goals mean what they say: on a fresh headless engine the
// start state and each step's reference solution play, each goal passes after its solution, and
// neither skipping the step nor any of its listed wrong actions passes it. Plus the catalogue schema.

import { describe, expect, it } from 'vitest';
import { runActions } from '../goals/run-calls';
import type { Goal } from '../goals/types';
import { testKms } from '../test-kms';
import { CATALOGUE, LESSONS, findLesson } from './catalogue';
import { checkStep, lastTrailSeq, prepareStep } from './play';
import { SEED_CLAIMS, WORKSPACE_LABELS } from './types';

describe('every lesson, played on a fresh engine', () => {
  for (const lesson of LESSONS) {
    describe(lesson.id, () => {
      it('plays the start state and every step’s solution, and each goal passes right after its solution', async () => {
        const { kms } = await testKms();
        try {
          const saved: Record<string, Record<string, unknown>> = {};
          await runActions(kms, lesson.startState, { region: lesson.region, saved });
          for (const [index, step] of lesson.steps.entries()) {
            const sinceSeq = lastTrailSeq(kms);
            const before = await checkStep(kms, lesson, index, sinceSeq);
            expect(before.passed, `${step.id} must not pass before its solution: ${before.detail}`).toBe(false);
            await runActions(kms, step.solution, { region: lesson.region, saved });
            const after = await checkStep(kms, lesson, index, sinceSeq);
            expect(after.passed, `${step.id}: ${after.detail}`).toBe(true);
          }
        } finally {
          kms.close();
        }
      });

      for (const [index, step] of lesson.steps.entries()) {
        for (const wrong of step.wrong ?? []) {
          it(`step ${step.id}: ${wrong.mistake} does not pass`, async () => {
            const { kms } = await testKms();
            try {
              const scene = await prepareStep(kms, lesson, index);
              await runActions(kms, wrong.actions, { region: lesson.region, saved: scene.saved });
              const result = await checkStep(kms, lesson, index, scene.sinceSeq);
              expect(result.passed, result.detail).toBe(false);
            } finally {
              kms.close();
            }
          });
        }
      }
    });
  }
});

describe('resetting a step', () => {
  it('brings the engine to the step’s start: earlier goals met, this one open, and no learner records counted', async () => {
    const lesson = findLesson('what-kms-is-for')!;
    const { kms } = await testKms();
    try {
      const scene = await prepareStep(kms, lesson, 2);
      await expect(checkStep(kms, lesson, 0, -1)).resolves.toMatchObject({ passed: true });
      await expect(checkStep(kms, lesson, 1, -1)).resolves.toMatchObject({ passed: true });
      await expect(checkStep(kms, lesson, 2, scene.sinceSeq)).resolves.toMatchObject({ passed: false });
      expect(scene.saved.invoices).toBeDefined();
    } finally {
      kms.close();
    }
  });

  it('refuses a step that does not exist', async () => {
    const { kms } = await testKms();
    try {
      await expect(prepareStep(kms, LESSONS[0]!, 99)).rejects.toThrow(RangeError);
    } finally {
      kms.close();
    }
  });
});

/** Every goal inside a goal, itself included. */
function goalsIn(goal: Goal): Goal[] {
  if (goal.kind === 'all' || goal.kind === 'any') return [goal, ...goal.goals.flatMap(goalsIn)];
  if (goal.kind === 'not') return [goal, ...goalsIn(goal.goal)];
  return [goal];
}

describe('the catalogue schema', () => {
  it('has unique lesson ids, and unique step ids within each lesson, all in kebab-case', () => {
    const ids = CATALOGUE.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const lesson of LESSONS) {
      const stepIds = lesson.steps.map((step) => step.id);
      expect(new Set(stepIds).size, lesson.id).toBe(stepIds.length);
      for (const id of stepIds) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('cites only seed claims S1–S19, and every seed claim is taught or listed as coming', () => {
    const cited = new Set<string>();
    for (const entry of CATALOGUE) {
      expect(entry.seedClaims.length, entry.id).toBeGreaterThan(0);
      for (const claim of entry.seedClaims) {
        expect(SEED_CLAIMS, `${entry.id} cites ${claim}`).toContain(claim);
        cited.add(claim);
      }
    }
    expect([...cited].sort()).toEqual([...SEED_CLAIMS].sort());
  });

  it('gives every lesson a title, summary, objectives and steps, and every step an instruction, hints, a goal, a place and a solution', () => {
    for (const lesson of LESSONS) {
      expect(lesson.title.trim(), lesson.id).not.toBe('');
      expect(lesson.summary.trim(), lesson.id).not.toBe('');
      expect(lesson.objectives.length, lesson.id).toBeGreaterThan(0);
      expect(lesson.steps.length, lesson.id).toBeGreaterThan(0);
      for (const step of lesson.steps) {
        const where = `${lesson.id}/${step.id}`;
        expect(step.title.trim(), where).not.toBe('');
        expect(step.instruction.trim(), where).not.toBe('');
        expect(step.goalText.trim(), where).not.toBe('');
        expect(step.takeaway.trim(), where).not.toBe('');
        expect(step.hints.length, where).toBeGreaterThan(0);
        for (const hint of step.hints) expect(hint.trim(), where).not.toBe('');
        expect(step.goal, where).toBeDefined();
        expect(step.where.length, where).toBeGreaterThan(0);
        for (const place of step.where) expect(Object.keys(WORKSPACE_LABELS), where).toContain(place);
        expect(step.solution.length, where).toBeGreaterThan(0);
      }
    }
  });

  it('gives every step at least one wrong action besides skipping it, and at least one step per lesson a trail or state goal', () => {
    for (const lesson of LESSONS) {
      for (const step of lesson.steps) expect(step.wrong?.length ?? 0, `${lesson.id}/${step.id}`).toBeGreaterThan(0);
      expect(lesson.steps.flatMap((step) => goalsIn(step.goal)).length, lesson.id).toBeGreaterThan(0);
    }
  });

  it('covers every idea the issue asks a lesson for', () => {
    const taught = new Set(LESSONS.flatMap((lesson) => lesson.seedClaims));
    // What KMS is for, durability and AZs, CloudTrail, regional keys, HSMs, control, 4 KB, data keys,
    // the two keys, erasing, storing, Decrypt of the data key, envelope end to end.
    for (const claim of ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S9', 'S10', 'S11', 'S12', 'S13', 'S14', 'S15', 'S18'] as const) expect(taught).toContain(claim);
    const comingClaims = new Set(CATALOGUE.filter((entry) => entry.status === 'coming').flatMap((entry) => entry.seedClaims));
    for (const claim of ['S8', 'S17', 'S19'] as const) expect(comingClaims).toContain(claim);
  });

  it('names the Region of every lesson among the engine’s Regions', async () => {
    const { kms } = await testKms();
    try {
      const names = kms.regions.map((region) => region.name);
      for (const lesson of LESSONS) expect(names).toContain(lesson.region);
    } finally {
      kms.close();
    }
  });
});
