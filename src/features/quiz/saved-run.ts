// The quiz in progress survives leaving the page (to act in the simulator for an interactive item) and
// reloading the tab: it is kept in sessionStorage as settings plus answers, and its items are drawn
// again from the seed. Anything that does not read back cleanly is dropped, never half-restored.

import * as v from 'valibot';
import { TOPICS } from '../../content/questions/index';
import { selectItems, type QuizSession } from '../../content/quiz/index';
import { bankFor, type QuizSettings } from './bank';

/** What setting up an interactive item left behind: where the learner's own records start, and blobs to use. */
export interface Scene {
  region: string;
  /** Trail records with a higher seq are the learner's work on this item. */
  sinceSeq: number;
  materials: { label: string; value: string }[];
}

export interface QuizRun {
  settings: QuizSettings;
  session: QuizSession;
  scenes: Readonly<Record<string, Scene>>;
}

const KEY = 'kms-lab-quiz-run';

const optionId = v.picklist(['a', 'b', 'c', 'd', 'e', 'f']);
const time = v.pipe(v.number(), v.finite());

const SavedSchema = v.object({
  version: v.literal(1),
  settings: v.object({
    mode: v.picklist(['practice', 'exam']),
    seed: v.pipe(v.string(), v.maxLength(32)),
    topics: v.array(v.picklist(TOPICS)),
    count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)),
    interactive: v.boolean(),
  }),
  answers: v.record(
    v.string(),
    v.variant('kind', [
      v.object({ kind: v.literal('choice'), selected: v.array(optionId), checked: v.boolean() }),
      v.object({ kind: v.literal('interactive'), passed: v.boolean(), detail: v.string(), checks: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
    ]),
  ),
  flagged: v.array(v.string()),
  current: v.pipe(v.number(), v.integer(), v.minValue(0)),
  startedAt: time,
  timeLimitMs: v.nullable(time),
  finishedAt: v.nullable(time),
  finishReason: v.nullable(v.picklist(['submitted', 'time-up'])),
  scenes: v.record(v.string(), v.object({ region: v.string(), sinceSeq: v.number(), materials: v.array(v.object({ label: v.string(), value: v.string() })) })),
});

export function saveRun(storage: Storage | null, run: QuizRun | null): void {
  if (storage === null) return;
  try {
    if (run === null) {
      storage.removeItem(KEY);
      return;
    }
    const { session } = run;
    const saved: v.InferInput<typeof SavedSchema> = {
      version: 1,
      settings: run.settings,
      answers: session.answers as v.InferInput<typeof SavedSchema>['answers'],
      flagged: [...session.flagged],
      current: session.current,
      startedAt: session.startedAt,
      timeLimitMs: session.timeLimitMs,
      finishedAt: session.finishedAt,
      finishReason: session.finishReason,
      scenes: run.scenes,
    };
    storage.setItem(KEY, JSON.stringify(saved));
  } catch {
    // Full or blocked storage: the quiz still runs, it just will not survive a reload.
  }
}

export function loadRun(storage: Storage | null): QuizRun | null {
  if (storage === null) return null;
  try {
    const text = storage.getItem(KEY);
    if (text === null) return null;
    const parsed = v.safeParse(SavedSchema, JSON.parse(text));
    if (!parsed.success) return null;
    const saved = parsed.output;
    const settings: QuizSettings = { ...saved.settings };
    const items = selectItems(bankFor(settings), { seed: settings.seed, topics: settings.topics, count: settings.count });
    const ids = new Set(items.map((item) => item.id));
    // The bank changed since this was saved: do not pair answers with other questions.
    if (Object.keys(saved.answers).some((id) => !ids.has(id)) || saved.current >= items.length) return null;
    const session: QuizSession = {
      mode: settings.mode,
      seed: settings.seed,
      topics: settings.topics,
      items,
      answers: saved.answers,
      flagged: saved.flagged.filter((id) => ids.has(id)),
      current: saved.current,
      startedAt: saved.startedAt,
      timeLimitMs: settings.mode === 'exam' ? saved.timeLimitMs : null,
      finishedAt: saved.finishedAt,
      finishReason: saved.finishReason,
    };
    return { settings, session, scenes: saved.scenes };
  } catch {
    return null;
  }
}
