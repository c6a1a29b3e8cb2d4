// Playing a lesson on an engine: the scene a step starts from is the lesson's start state plus the
// reference solutions of the steps before it, played on a freshly reset engine. The lesson player's
// "Reset this step" and lessons.test.ts both use this, so what the test proves is what the learner
// gets. No React, no state of its own.

import type { Kms } from '../../engine/index';
import { checkGoal, type GoalResult } from '../goals/check';
import { runActions } from '../goals/run-calls';
import type { Lesson } from './types';

export interface StepScene {
  /** Trail records with a higher sequence number are the learner's work on this step. */
  sinceSeq: number;
  /** Outputs the start state and earlier solutions saved, for `$ref`s in later solutions. */
  saved: Record<string, Record<string, unknown>>;
}

/** The sequence number of the newest trail record, or -1 when the trail is empty. */
export function lastTrailSeq(kms: Kms): number {
  return kms.trail.entries().at(-1)?.seq ?? -1;
}

/**
 * Brings a fresh engine to the start of step `stepIndex`: plays the start state, then the reference
 * solution of every earlier step. Throws (CallRunError) if the lesson's data does not play as written.
 */
export async function prepareStep(kms: Kms, lesson: Lesson, stepIndex: number): Promise<StepScene> {
  if (stepIndex < 0 || stepIndex >= lesson.steps.length) throw new RangeError(`${lesson.id} has no step ${stepIndex + 1}.`);
  const saved: Record<string, Record<string, unknown>> = {};
  await runActions(kms, lesson.startState, { region: lesson.region, saved });
  for (const step of lesson.steps.slice(0, stepIndex)) await runActions(kms, step.solution, { region: lesson.region, saved });
  return { sinceSeq: lastTrailSeq(kms), saved };
}

/** Grades step `stepIndex` of `lesson` against the engine now, counting trail records after `sinceSeq`. */
export function checkStep(kms: Kms, lesson: Lesson, stepIndex: number, sinceSeq: number): Promise<GoalResult> {
  const step = lesson.steps[stepIndex];
  if (!step) return Promise.resolve({ passed: false, detail: `${lesson.title} has no step ${stepIndex + 1}.` });
  return checkGoal(kms, step.goal, { region: lesson.region, sinceSeq });
}

/**
 * Brings every Availability Zone and Region back up, so a lesson starts on a healthy fleet whatever
 * the learner broke before. Only what is out is changed, so a healthy fleet sees no change events.
 */
export function restoreFleet(kms: Kms): void {
  for (const health of kms.simulation.health()) {
    if (health.state !== 'up') kms.simulation.setRegion(health.region, 'up');
    for (const az of health.azs) if (az.state !== 'up') kms.simulation.setAz(az.az, 'up');
  }
}
