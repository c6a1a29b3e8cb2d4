// The question bank: every multiple-choice item and every interactive item, in one place for the quiz,
// the widget and the tests.

import { accessControl } from './bank/access-control';
import { envelope } from './bank/envelope';
import { fundamentals } from './bank/fundamentals';
import { keyStores } from './bank/key-stores';
import { regionsAudit } from './bank/regions-audit';
import { rotationLifecycle } from './bank/rotation-lifecycle';
import { s3 } from './bank/s3';
import { interactiveQuestions } from './interactive';
import type { InteractiveQuestion, Question } from './types';

export const QUESTIONS: readonly Question[] = [...fundamentals, ...envelope, ...accessControl, ...rotationLifecycle, ...s3, ...regionsAudit, ...keyStores];

export const INTERACTIVE_QUESTIONS: readonly InteractiveQuestion[] = interactiveQuestions;

export { TOPICS, TOPIC_LABELS, SEED_CLAIMS } from './types';
export type { Difficulty, InteractiveQuestion, Option, OptionId, Question, Reference, SeedClaim, Topic } from './types';
