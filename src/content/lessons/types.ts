// The lesson schema: a lesson is plain data — objectives, the seed claims it teaches, a start state,
// and steps, each with an instruction, hints, a goal the checker grades against the live engine and
// its CloudTrail, where in the app to act, and a reference solution. lessons.test.ts plays every
// reference solution on a fresh engine and holds the data to these rules.

import type { Action, Goal } from '../goals/types';

/** The ideas of KMS Lab's source article (shared/reference/seed-claims.md). */
export const SEED_CLAIMS = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10', 'S11', 'S12', 'S13', 'S14', 'S15', 'S16', 'S17', 'S18', 'S19'] as const;

export type SeedClaim = (typeof SEED_CLAIMS)[number];

/** A page of the app where a step can be done, by its route path. */
export type Workspace = '/keys' | '/terminal' | '/flows' | '/files' | '/cluster' | '/engine' | '/trail';

export const WORKSPACE_LABELS: Record<Workspace, string> = {
  '/keys': 'Keys console',
  '/terminal': 'Terminal',
  '/flows': 'Flows',
  '/files': 'Files',
  '/cluster': 'Cluster',
  '/engine': 'Engine',
  '/trail': 'CloudTrail',
};

/** Something a learner might do instead of the step, which must not pass its goal. */
export interface WrongAction {
  /** What the mistake is, in plain words (shown in test names). */
  mistake: string;
  actions: Action[];
}

export interface LessonStep {
  id: string;
  title: string;
  /** What to do, in a sentence or three. */
  instruction: string;
  /** Shown one at a time on request; the last one may spell the answer out. */
  hints: string[];
  /** Graded against the live engine and the CloudTrail records made since the step began. */
  goal: Goal;
  /** What the goal means, shown beside its live tick. */
  goalText: string;
  /** Where the learner can act; the first is the suggested place. */
  where: Workspace[];
  /** The API calls (or fleet changes) that meet the goal, played by the tests and by "Reset this step" for later steps. */
  solution: Action[];
  /** Shown once the goal is met: why it matters. */
  takeaway: string;
  /** Doing this instead of the solution must leave the goal unmet. */
  wrong?: WrongAction[];
}

export interface Lesson {
  status: 'ready';
  id: string;
  title: string;
  /** One sentence for the catalogue. */
  summary: string;
  objectives: string[];
  seedClaims: SeedClaim[];
  /** The Region the lesson's goals and start state use. */
  region: string;
  /** Played on a freshly reset simulator before the first step. */
  startState: Action[];
  steps: LessonStep[];
}

/** A lesson that needs engine features not built yet: listed in the catalogue, never playable. */
export interface ComingLesson {
  status: 'coming';
  id: string;
  title: string;
  summary: string;
  seedClaims: SeedClaim[];
  /** What KMS Lab must simulate first. */
  needs: string;
}

export type CatalogueEntry = Lesson | ComingLesson;
