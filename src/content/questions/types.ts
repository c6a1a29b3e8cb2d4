// The question bank's schema: multiple-choice items in the style of the AWS Certified Solutions
// Architect – Associate exam, and interactive items answered by acting in the simulator. Both are
// plain data; questions.test.ts and interactive.test.ts hold them to the rules written here.

import type { ApiCall, Goal } from '../goals/types';

/**
 * What an item is about. Every row of the KMS topic table in
 * shared/reference/learning-and-embedding.md §4.5 has a topic here (S3 Bucket Keys as its own), plus
 * the KMS fundamentals KMS Lab teaches.
 */
export const TOPICS = [
  'kms-basics',
  'envelope-encryption',
  'encrypt-4kb-limit',
  'data-keys',
  'key-types',
  'key-policies-iam-grants',
  'rotation',
  'imported-key-material',
  'multi-region-keys',
  'regional-scope',
  'durability-availability',
  'cloudtrail-audit',
  'encryption-context',
  'key-states-deletion',
  'quotas-throttling',
  's3-encryption',
  's3-bucket-keys',
  'cross-account',
  'cloudhsm-custom-key-stores',
  'hsm-fips',
] as const;

export type Topic = (typeof TOPICS)[number];

export const TOPIC_LABELS: Record<Topic, string> = {
  'kms-basics': 'KMS basics',
  'envelope-encryption': 'Envelope encryption',
  'encrypt-4kb-limit': 'The 4 KB limit of Encrypt',
  'data-keys': 'Data keys',
  'key-types': 'Customer managed, AWS managed and AWS owned keys',
  'key-policies-iam-grants': 'Key policies, IAM policies and grants',
  rotation: 'Key rotation',
  'imported-key-material': 'Imported key material',
  'multi-region-keys': 'Multi-Region keys',
  'regional-scope': 'Keys are regional',
  'durability-availability': 'Durability and availability',
  'cloudtrail-audit': 'CloudTrail audit',
  'encryption-context': 'Encryption context',
  'key-states-deletion': 'Key states and deletion',
  'quotas-throttling': 'Request quotas and throttling',
  's3-encryption': 'S3 server-side encryption',
  's3-bucket-keys': 'S3 Bucket Keys',
  'cross-account': 'Cross-account access',
  'cloudhsm-custom-key-stores': 'CloudHSM and custom key stores',
  'hsm-fips': 'HSMs and FIPS validation',
};

export type Difficulty = 'easy' | 'medium' | 'hard';

/** The ideas of shared/reference/seed-claims.md. */
export const SEED_CLAIMS = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10', 'S11', 'S12', 'S13', 'S14', 'S15', 'S16', 'S17', 'S18', 'S19'] as const;
export type SeedClaim = (typeof SEED_CLAIMS)[number];

export interface Reference {
  title: string;
  /** An AWS documentation page (https://docs.aws.amazon.com/… or https://aws.amazon.com/…). */
  url: string;
}

export type OptionId = 'a' | 'b' | 'c' | 'd' | 'e' | 'f';

export interface Option {
  id: OptionId;
  text: string;
  correct: boolean;
  /** Why this option is right or wrong: specific to it, 1–3 sentences. */
  explanation: string;
}

export interface Question {
  /** Kebab-case and stable: progress and score history refer to it. */
  id: string;
  /** 'single': exactly one correct option of four. 'multiple': `selectCount` correct of five (TWO) or six (THREE). */
  type: 'single' | 'multiple';
  /** The scenario, in plain text; inline code in backticks. A multiple item ends with "(Select TWO.)" or "(Select THREE.)". */
  stem: string;
  selectCount: 1 | 2 | 3;
  options: Option[];
  topics: Topic[];
  difficulty: Difficulty;
  seedClaims: SeedClaim[];
  references: Reference[];
  /** The takeaway, 1–3 sentences. */
  explanation: string;
}

/** An item answered by acting in the simulator and graded by the goal checker. */
export interface InteractiveQuestion {
  id: string;
  /** The task, as the learner reads it. */
  prompt: string;
  topics: Topic[];
  seedClaims: SeedClaim[];
  difficulty: Difficulty;
  /** 1–3 hints, from a nudge to nearly the answer. */
  hints: string[];
  /** The Region the task happens in (default us-east-1). */
  region?: string;
  /** Calls that set the scene on a fresh engine before the learner starts. */
  startState: ApiCall[];
  goal: Goal;
  /** A reference answer: after `startState`, these calls meet the goal. */
  solution: ApiCall[];
  /** A tempting wrong answer: after `startState`, these calls do not meet the goal. */
  wrongSolution: ApiCall[];
  explanation: string;
  references: Reference[];
}
