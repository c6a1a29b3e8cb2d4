// The lesson in progress, as a zustand store made once per app (per engine store): which lesson and
// step, the live result of the step's goal, hints shown, and the actions a learner takes — start a
// lesson, reset a step, go on, leave. It re-checks the goal whenever the engine writes a CloudTrail
// record, its fleet changes or its clock jumps, so the goal ticks whatever page the learner acts on.
// Progress is saved through a ProgressStorage; the simulator is reset through an injected function.

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Kms } from '../../engine/index';
import type { GoalResult } from '../../content/goals/check';
import { LESSONS } from '../../content/lessons/catalogue';
import { checkStep, lastTrailSeq, prepareStep, restoreFleet } from '../../content/lessons/play';
import type { Lesson } from '../../content/lessons/types';
import type { EngineStore } from '../../stores/engine-store';
import { EMPTY_PROGRESS, type Progress, type ProgressStorage } from './progress';

export interface LessonSessionDeps {
  engine: EngineStore;
  /** Empties the simulator (keys, aliases, trail) and resolves with the engine to use from then on. */
  resetEngine: () => Promise<Kms>;
  storage: ProgressStorage;
  lessons?: readonly Lesson[];
}

export interface LessonSessionState {
  /** Progress has been read from storage. */
  loaded: boolean;
  progress: Progress;
  /** The latest check of the active step's goal (null before the first). */
  result: GoalResult | null;
  /** A start or reset is replaying the lesson on the simulator. */
  busy: 'starting' | 'resetting' | null;
  /** Why the last start, reset or save failed, in words. */
  error: string | null;
  /** How many hints of the current step are shown. */
  hintsShown: number;
  /** Bumped each time a goal becomes met, so a view can announce it once. */
  metCount: number;
  load: () => Promise<void>;
  /** Resets the simulator and plays the lesson's start state; the lesson begins at its first step. */
  start: (lessonId: string) => Promise<void>;
  /** Resets the simulator to the current step's start: the start state and the earlier steps' solutions. */
  resetStep: () => Promise<void>;
  /** Goes on to the next step (the simulator is kept as it is), or finishes the lesson after its last. */
  next: () => Promise<void>;
  /** Leaves the lesson; the simulator and the completed steps are kept. */
  leave: () => Promise<void>;
  showHint: () => void;
  /** Checks the active step's goal against the engine now. */
  recheck: () => Promise<void>;
  /** Re-checks on every trail record, fleet change and clock jump until the returned function is called. */
  watch: () => () => void;
}

export type LessonSession = StoreApi<LessonSessionState>;

export function activeLesson(state: LessonSessionState, lessons: readonly Lesson[] = LESSONS): Lesson | undefined {
  const id = state.progress.active?.lessonId;
  return id === undefined ? undefined : lessons.find((lesson) => lesson.id === id);
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createLessonSession({ engine, resetEngine, storage, lessons = LESSONS }: LessonSessionDeps): LessonSession {
  return createStore<LessonSessionState>()((set, get) => {
    // Each check gets a number; a result that arrives after a newer check started is dropped.
    let checkNumber = 0;
    let checking = false;
    let again = false;

    const save = async (progress: Progress) => {
      set({ progress });
      try {
        await storage.save(progress);
      } catch (error) {
        set({ error: `Your progress could not be saved (${message(error)}). The lesson goes on; it will not survive a reload.` });
      }
    };

    const lessonById = (id: string) => lessons.find((lesson) => lesson.id === id);

    /** Resets the simulator and plays the lesson up to the start of `stepIndex`. */
    const playTo = async (lesson: Lesson, stepIndex: number, busy: 'starting' | 'resetting') => {
      set({ busy, error: null, result: null });
      checkNumber++;
      try {
        const kms = await resetEngine();
        restoreFleet(kms);
        const scene = await prepareStep(kms, lesson, stepIndex);
        const progress = get().progress;
        await save({ ...progress, active: { lessonId: lesson.id, stepIndex, sinceSeq: scene.sinceSeq, met: false } });
        set({ busy: null, hintsShown: 0 });
      } catch (error) {
        set({ busy: null, error: `The simulator could not be set up for this step (${message(error)}).` });
      }
      await get().recheck();
    };

    const runCheck = async (): Promise<void> => {
      const { progress, busy } = get();
      const active = progress.active;
      const kms = engine.getState().kms;
      const lesson = active ? lessonById(active.lessonId) : undefined;
      if (!active || !lesson || !kms || busy !== null) return;
      // The trail was replaced behind the lesson's back (a reset on the Simulator page): its numbering
      // starts again, and every record in it came after the step began, so all of them count.
      if (lastTrailSeq(kms) < active.sinceSeq) {
        await save({ ...get().progress, active: { ...active, sinceSeq: -1 } });
        return runCheck();
      }
      const mine = ++checkNumber;
      const result = await checkStep(kms, lesson, active.stepIndex, active.sinceSeq);
      if (mine !== checkNumber) return;
      const current = get().progress.active;
      if (!current || current.lessonId !== active.lessonId || current.stepIndex !== active.stepIndex) return;
      set({ result });
      if (result.passed && !current.met) {
        const step = lesson.steps[current.stepIndex]!;
        const done = get().progress.completedSteps[lesson.id] ?? [];
        set({ metCount: get().metCount + 1 });
        await save({
          ...get().progress,
          active: { ...current, met: true },
          completedSteps: { ...get().progress.completedSteps, [lesson.id]: done.includes(step.id) ? done : [...done, step.id] },
        });
      }
    };

    return {
      loaded: false,
      progress: EMPTY_PROGRESS,
      result: null,
      busy: null,
      error: null,
      hintsShown: 0,
      metCount: 0,
      async load() {
        const progress = await storage.load();
        // A saved lesson that no longer exists (renamed, removed) is not resumed.
        const active = progress.active && lessonById(progress.active.lessonId)?.steps[progress.active.stepIndex] ? progress.active : null;
        set({ loaded: true, progress: { ...progress, active } });
        await get().recheck();
      },
      async start(lessonId) {
        const lesson = lessonById(lessonId);
        if (!lesson) {
          set({ error: `There is no lesson called ${lessonId}.` });
          return;
        }
        await playTo(lesson, 0, 'starting');
      },
      async resetStep() {
        const active = get().progress.active;
        const lesson = active ? lessonById(active.lessonId) : undefined;
        if (!active || !lesson) return;
        await playTo(lesson, active.stepIndex, 'resetting');
      },
      async next() {
        const { progress } = get();
        const active = progress.active;
        const lesson = active ? lessonById(active.lessonId) : undefined;
        if (!active || !lesson || !active.met) return;
        checkNumber++;
        if (active.stepIndex + 1 >= lesson.steps.length) {
          const finished = progress.completedLessons.includes(lesson.id) ? progress.completedLessons : [...progress.completedLessons, lesson.id];
          set({ result: null, hintsShown: 0 });
          await save({ ...progress, active: null, completedLessons: finished });
          return;
        }
        const kms = engine.getState().kms;
        const sinceSeq = kms ? lastTrailSeq(kms) : active.sinceSeq;
        set({ result: null, hintsShown: 0 });
        await save({ ...progress, active: { lessonId: lesson.id, stepIndex: active.stepIndex + 1, sinceSeq, met: false } });
        await get().recheck();
      },
      async leave() {
        checkNumber++;
        set({ result: null, hintsShown: 0, error: null });
        await save({ ...get().progress, active: null });
      },
      showHint() {
        const lesson = activeLesson(get(), lessons);
        const step = lesson?.steps[get().progress.active!.stepIndex];
        if (step) set({ hintsShown: Math.min(step.hints.length, get().hintsShown + 1) });
      },
      async recheck() {
        // One check at a time; changes that arrive meanwhile cause exactly one more.
        if (checking) {
          again = true;
          return;
        }
        checking = true;
        try {
          do {
            again = false;
            try {
              await runCheck();
            } catch (error) {
              set({ result: { passed: false, detail: `The goal could not be checked (${message(error)}).` } });
            }
          } while (again);
        } finally {
          checking = false;
        }
      },
      watch() {
        let detachKms: (() => void) | null = null;
        const attach = (kms: Kms | null) => {
          detachKms?.();
          detachKms = null;
          if (!kms) return;
          const offEvents = kms.events.subscribe((event) => {
            if (event.type === 'cluster.changed') void get().recheck();
          });
          const offClock = kms.clock.onAdvance?.(() => void get().recheck());
          detachKms = () => {
            offEvents();
            offClock?.();
          };
        };
        attach(engine.getState().kms);
        const offStore = engine.subscribe((state, previous) => {
          if (state.kms !== previous.kms) attach(state.kms);
          if (state.trail !== previous.trail || state.kms !== previous.kms) void get().recheck();
        });
        return () => {
          offStore();
          detachKms?.();
        };
      },
    };
  });
}
