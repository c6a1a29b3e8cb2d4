// The saved form of a finished quiz, and of an exported progress file. Everything read back (from
// IndexedDB or from a file the learner picks) passes this schema first: a damaged record is skipped,
// a bad file is refused as a whole.

import * as v from 'valibot';
import { TOPICS } from '../../content/questions/index';

const topic = v.picklist(TOPICS);
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000));
const percent = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));
const time = v.pipe(v.number(), v.finite(), v.minValue(0));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const AttemptSchema = v.object({
  id: text(100),
  mode: v.picklist(['practice', 'exam']),
  seed: text(32),
  topics: v.pipe(v.array(topic), v.maxLength(TOPICS.length)),
  startedAt: time,
  finishedAt: time,
  finishReason: v.picklist(['submitted', 'time-up']),
  correct: count,
  answered: count,
  total: count,
  percent,
  byTopic: v.pipe(v.array(v.object({ topic, correct: count, total: count, percent })), v.maxLength(TOPICS.length)),
  items: v.pipe(v.array(v.object({ id: text(200), kind: v.picklist(['choice', 'interactive']), answered: v.boolean(), correct: v.boolean() })), v.maxLength(1000)),
});

export type Attempt = v.InferOutput<typeof AttemptSchema>;

export const PROGRESS_FORMAT = 'kms-lab-progress';
export const PROGRESS_VERSION = 1;

export const ProgressFileSchema = v.object({
  format: v.literal(PROGRESS_FORMAT),
  version: v.literal(PROGRESS_VERSION),
  exportedAt: v.string(),
  attempts: v.pipe(v.array(AttemptSchema), v.maxLength(10_000)),
});

export type ProgressFile = v.InferOutput<typeof ProgressFileSchema>;

export function isAttempt(value: unknown): value is Attempt {
  return v.is(AttemptSchema, value);
}

/** A progress file's text, checked; the reason in plain words when it is not one. */
export function parseProgressFile(text: string): { ok: true; file: ProgressFile } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not JSON.' };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== PROGRESS_FORMAT) {
    return { ok: false, reason: 'The file is not a KMS Lab progress export (its "format" is not "kms-lab-progress").' };
  }
  if ((json as { version?: unknown }).version !== PROGRESS_VERSION) {
    return { ok: false, reason: `KMS Lab reads progress files of version ${PROGRESS_VERSION}; this one says ${JSON.stringify((json as { version?: unknown }).version)}.` };
  }
  const result = v.safeParse(ProgressFileSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue === undefined ? '' : v.getDotPath(issue);
    return { ok: false, reason: `The file does not match the progress format${where ? ` at ${where}` : ''}: ${issue?.message ?? 'unknown problem'}.` };
  }
  return { ok: true, file: result.output };
}

export function progressFile(attempts: readonly Attempt[], now: Date): ProgressFile {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exportedAt: now.toISOString(), attempts: [...attempts] };
}
