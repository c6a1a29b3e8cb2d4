// Every interactive question is solvable and graded honestly: on a fresh engine, its start state does
// not already meet the goal, its reference solution does, and its tempting wrong answer does not.

import { describe, expect, it } from 'vitest';
import { checkGoal } from '../goals/check';
import { runCalls } from '../goals/run-calls';
import { testKms } from '../test-kms';
import { INTERACTIVE_QUESTIONS } from './index';
import type { InteractiveQuestion } from './types';

/** A fresh engine with AWS's default request quotas, set up with the question's start state. */
async function sceneFor(question: InteractiveQuestion) {
  const { kms } = await testKms({ quotas: 'aws' });
  const region = question.region ?? 'us-east-1';
  const saved: Record<string, Record<string, unknown>> = {};
  await runCalls(kms, question.startState, { region, saved });
  return { kms, region, saved };
}

describe.each(INTERACTIVE_QUESTIONS.map((question) => [question.id, question] as const))('%s', (_id, question) => {
  it('is not solved by its start state', async () => {
    const { kms, region } = await sceneFor(question);
    const result = await checkGoal(kms, question.goal, { region });
    expect(result.passed, result.detail).toBe(false);
    expect(result.detail.length).toBeGreaterThan(10);
    kms.close();
  });

  it('is solved by its reference solution', async () => {
    const { kms, region, saved } = await sceneFor(question);
    await runCalls(kms, question.solution, { region, saved });
    const result = await checkGoal(kms, question.goal, { region });
    expect(result.passed, result.detail).toBe(true);
    kms.close();
  });

  it('is not solved by its wrong answer', async () => {
    const { kms, region, saved } = await sceneFor(question);
    await runCalls(kms, question.wrongSolution, { region, saved });
    const result = await checkGoal(kms, question.goal, { region });
    expect(result.passed, result.detail).toBe(false);
    kms.close();
  });
});
