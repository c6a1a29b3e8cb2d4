// xAPI-shaped statements for what a learner does in the quiz widget: "answered" a question,
// "completed" the quiz, "scored" on it. Built from the quiz's own data only: no actor, no name, no
// e-mail, no account, no IP, nothing about the learner (H5P's xAPI forwarding was blocked for leaking
// actor.mbox to embedders). The host, which knows who its learner is, adds the actor before it
// forwards a statement to its LRS.

import type { Question } from '../../content/questions';

/** Activity ids live under this IRI; they never change with the deployment or the page. */
export const XAPI_BASE = 'https://kms-lab.example/xapi';

export const VERBS = {
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  scored: { id: 'http://adlnet.gov/expapi/verbs/scored', display: { 'en-US': 'scored' } },
} as const;

export type VerbName = keyof typeof VERBS;

const ASSESSMENT = 'http://adlnet.gov/expapi/activities/assessment';
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
const SEED_EXTENSION = `${XAPI_BASE}/extensions/seed`;

type LanguageMap = { 'en-US': string };

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition: {
    type: string;
    name: LanguageMap;
    description?: LanguageMap;
    interactionType?: 'choice';
    correctResponsesPattern?: string[];
    choices?: { id: string; description: LanguageMap }[];
  };
}

export interface XapiScore {
  raw: number;
  min: number;
  max: number;
  /** raw / max, in [0, 1]. */
  scaled: number;
}

export interface XapiStatement {
  id: string;
  verb: (typeof VERBS)[VerbName];
  object: XapiActivity;
  result?: { success?: boolean; response?: string; completion?: boolean; duration?: string; score?: XapiScore };
  context: {
    /** One random id per attempt, so a host can group an attempt's statements; not tied to a person. */
    registration: string;
    contextActivities?: { parent: { objectType: 'Activity'; id: string }[] };
    extensions: Record<string, string>;
  };
  timestamp: string;
}

/** What every statement of one attempt shares. */
export interface Attempt {
  registration: string;
  topic: string;
  topicLabel: string;
  seed: string;
  startedAt: number;
}

export const quizActivityId = (topic: string): string => `${XAPI_BASE}/quizzes/${encodeURIComponent(topic)}`;
export const questionActivityId = (questionId: string): string => `${XAPI_BASE}/questions/${encodeURIComponent(questionId)}`;

function quizActivity(attempt: Attempt): XapiActivity {
  return { objectType: 'Activity', id: quizActivityId(attempt.topic), definition: { type: ASSESSMENT, name: { 'en-US': `KMS Lab quiz: ${attempt.topicLabel}` } } };
}

function questionActivity(question: Question): XapiActivity {
  return {
    objectType: 'Activity',
    id: questionActivityId(question.id),
    definition: {
      type: INTERACTION,
      name: { 'en-US': question.id },
      description: { 'en-US': question.stem },
      interactionType: 'choice',
      // xAPI's choice pattern: the correct option ids joined by "[,]".
      correctResponsesPattern: [question.options.filter((option) => option.correct).map((option) => option.id).sort().join('[,]')],
      choices: question.options.map((option) => ({ id: option.id, description: { 'en-US': option.text } })),
    },
  };
}

function base(ids: IdSource, now: number) {
  return { id: ids(), timestamp: new Date(now).toISOString() };
}

/** ISO 8601 duration with centiseconds, as xAPI asks for `result.duration`. */
export function isoDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 10) / 100);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = Math.round((seconds % 60) * 100) / 100;
  return `PT${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}${rest}S`;
}

export type IdSource = () => string;

export function answeredStatement(attempt: Attempt, question: Question, selected: readonly string[], success: boolean, now: number, ids: IdSource): XapiStatement {
  return {
    ...base(ids, now),
    verb: VERBS.answered,
    object: questionActivity(question),
    result: { success, response: [...selected].sort().join('[,]') },
    context: {
      registration: attempt.registration,
      contextActivities: { parent: [{ objectType: 'Activity', id: quizActivityId(attempt.topic) }] },
      extensions: { [SEED_EXTENSION]: attempt.seed },
    },
  };
}

export function completedStatement(attempt: Attempt, now: number, ids: IdSource): XapiStatement {
  return {
    ...base(ids, now),
    verb: VERBS.completed,
    object: quizActivity(attempt),
    result: { completion: true, duration: isoDuration(now - attempt.startedAt) },
    context: { registration: attempt.registration, extensions: { [SEED_EXTENSION]: attempt.seed } },
  };
}

export function scoredStatement(attempt: Attempt, correct: number, total: number, now: number, ids: IdSource): XapiStatement {
  const scaled = total === 0 ? 0 : Math.round((correct / total) * 10000) / 10000;
  return {
    ...base(ids, now),
    verb: VERBS.scored,
    object: quizActivity(attempt),
    result: { score: { raw: correct, min: 0, max: total, scaled } },
    context: { registration: attempt.registration, extensions: { [SEED_EXTENSION]: attempt.seed } },
  };
}

/**
 * A random (version 4) UUID from crypto.getRandomValues, which, unlike crypto.randomUUID, also exists
 * on plain-http host pages (not a secure context).
 */
export function randomUuid(fill: (bytes: Uint8Array<ArrayBuffer>) => void = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = new Uint8Array(new ArrayBuffer(16));
  fill(bytes);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
