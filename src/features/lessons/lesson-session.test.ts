// The lesson session on a headless engine: starting a lesson resets the simulator and plays its start
// state, the goal ticks when the engine shows it (whoever made the call), next/reset/leave keep the
// progress right, and progress survives a new session (a reload) — or is dropped when it is garbage.

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Kms } from '../../engine/index';
import { findLesson } from '../../content/lessons/catalogue';
import { testKms } from '../../content/test-kms';
import { createEngineStore, type EngineStore } from '../../stores/engine-store';
import { createLessonSession, type LessonSession } from './lesson-session';
import { memoryProgress, parseProgress, type ProgressStorage } from './progress';

let engine: EngineStore;

async function setup(storage: ProgressStorage = memoryProgress()): Promise<{ session: LessonSession; kms: () => Kms }> {
  engine = createEngineStore({ open: async () => (await testKms()).kms });
  engine.getState().start();
  await vi.waitFor(() => expect(engine.getState().status).toBe('ready'));
  // The app's reset: the engine's own, which empties the same engine in one storage write.
  const resetEngine = async () => {
    const kms = engine.getState().kms!;
    await kms.state.reset();
    return kms;
  };
  const session = createLessonSession({ engine, resetEngine, storage });
  await session.getState().load();
  return { session, kms: () => engine.getState().kms! };
}

afterEach(() => engine.getState().stop());

const invoicesKeyCount = async (kms: Kms) => {
  const { Keys } = (await kms.send('ListKeys', {})) as { Keys: Array<{ KeyId: string }> };
  return Keys.length;
};

describe('lesson session', () => {
  it('starts a lesson on an empty simulator, ticks the goal when the engine shows it, and goes on', async () => {
    const { session, kms } = await setup();
    await kms().send('CreateKey', { Description: 'made before the lesson' });
    await session.getState().start('what-kms-is-for');
    expect(await invoicesKeyCount(kms())).toBe(0);
    expect(session.getState().progress.active).toMatchObject({ lessonId: 'what-kms-is-for', stepIndex: 0, met: false });
    expect(session.getState().result).toMatchObject({ passed: false });

    const stop = session.getState().watch();
    await kms().send('CreateKey', { Description: 'Invoices key' });
    await vi.waitFor(() => expect(session.getState().progress.active?.met).toBe(true));
    expect(session.getState().metCount).toBe(1);
    expect(session.getState().progress.completedSteps['what-kms-is-for']).toEqual(['create-key']);

    await session.getState().next();
    expect(session.getState().progress.active).toMatchObject({ stepIndex: 1, met: false });
    stop();
  });

  it('does not go on while the goal is open, and shows hints one at a time up to the last', async () => {
    const { session } = await setup();
    await session.getState().start('what-kms-is-for');
    await session.getState().next();
    expect(session.getState().progress.active?.stepIndex).toBe(0);
    const hints = findLesson('what-kms-is-for')!.steps[0]!.hints.length;
    for (let i = 0; i < hints + 2; i++) session.getState().showHint();
    expect(session.getState().hintsShown).toBe(hints);
  });

  it('resets a step to its start: the learner’s work is gone, the earlier steps’ results are there', async () => {
    const { session, kms } = await setup();
    await session.getState().start('who-can-use-a-key');
    const { KeyMetadata } = (await kms().send('DescribeKey', { KeyId: 'alias/reports' })) as { KeyMetadata: { KeyId: string } };
    await kms().send('DisableKey', { KeyId: KeyMetadata.KeyId });
    await session.getState().recheck();
    expect(session.getState().progress.active?.met).toBe(true);
    await session.getState().next();
    await kms().send('CreateKey', { Description: 'stray' });
    await session.getState().resetStep();
    const active = session.getState().progress.active!;
    expect(active).toMatchObject({ stepIndex: 1, met: false });
    expect(await invoicesKeyCount(kms())).toBe(1);
    const state = (await kms().send('DescribeKey', { KeyId: 'alias/reports' })) as { KeyMetadata: { KeyState: string } };
    expect(state.KeyMetadata.KeyState).toBe('Disabled');
    expect(session.getState().hintsShown).toBe(0);
  });

  it('keeps counting the learner’s records after the simulator was reset outside the lesson', async () => {
    const { session, kms } = await setup();
    await session.getState().start('encrypt-4kb-limit');
    // Records of the learner's own, so the second step begins well into the trail's numbering.
    for (let i = 0; i < 10; i++) await kms().send('GenerateRandom', { NumberOfBytes: 8 });
    await kms().send('Encrypt', { KeyId: 'alias/contracts', Plaintext: new Uint8Array(5000) }).catch(() => undefined);
    await session.getState().recheck();
    await session.getState().next();
    expect(session.getState().progress.active).toMatchObject({ stepIndex: 1 });
    expect(session.getState().progress.active!.sinceSeq).toBeGreaterThan(10);

    await kms().state.reset();
    const created = await kms().send('CreateKey', { Description: 'c' });
    await kms().send('CreateAlias', { AliasName: 'alias/contracts', TargetKeyId: (created.KeyMetadata as { KeyId: string }).KeyId });
    await kms().send('GenerateDataKey', { KeyId: 'alias/contracts', KeySpec: 'AES_256' });
    await session.getState().recheck();
    expect(session.getState().progress.active?.met).toBe(true);
  });

  it('finishes the lesson after its last step and leaves without losing completed steps', async () => {
    const { session, kms } = await setup();
    await session.getState().start('encrypt-4kb-limit');
    await kms().send('Encrypt', { KeyId: 'alias/contracts', Plaintext: new Uint8Array(5000) }).catch(() => undefined);
    await session.getState().recheck();
    await session.getState().next();
    await kms().send('GenerateDataKey', { KeyId: 'alias/contracts', KeySpec: 'AES_256' });
    await session.getState().recheck();
    expect(session.getState().progress.active?.met).toBe(true);
    await session.getState().next();
    expect(session.getState().progress.active).toBeNull();
    expect(session.getState().progress.completedLessons).toEqual(['encrypt-4kb-limit']);

    await session.getState().start('what-kms-is-for');
    await session.getState().leave();
    expect(session.getState().progress).toMatchObject({ active: null, completedSteps: { 'encrypt-4kb-limit': ['too-big', 'data-key'] } });
  });

  it('resumes the saved step in a new session, as after a reload', async () => {
    const storage = memoryProgress();
    const first = await setup(storage);
    await first.session.getState().start('what-kms-is-for');
    await first.kms().send('CreateKey', { Description: 'Invoices key' });
    await first.session.getState().recheck();
    await first.session.getState().next();
    const session = createLessonSession({ engine, resetEngine: () => Promise.reject(new Error('not used')), storage });
    await session.getState().load();
    expect(session.getState().progress.active).toMatchObject({ lessonId: 'what-kms-is-for', stepIndex: 1, met: false });
    expect(session.getState().result).toMatchObject({ passed: false, detail: 'There is no alias alias/invoices in us-east-1 yet.' });
  });

  it('says so when the simulator cannot be reset, and keeps no half-started lesson', async () => {
    engine = createEngineStore({ open: async () => (await testKms()).kms });
    const session = createLessonSession({ engine, resetEngine: () => Promise.reject(new Error('the database is locked')), storage: memoryProgress() });
    await session.getState().load();
    await session.getState().start('what-kms-is-for');
    expect(session.getState().error).toMatch(/could not be set up.*the database is locked/);
    expect(session.getState().progress.active).toBeNull();
    expect(session.getState().busy).toBeNull();
  });
});

describe('stored progress', () => {
  it('drops what it cannot trust and keeps the rest', () => {
    expect(parseProgress(null)).toEqual({ active: null, completedSteps: {}, completedLessons: [] });
    expect(parseProgress('garbage')).toEqual({ active: null, completedSteps: {}, completedLessons: [] });
    expect(
      parseProgress({ active: { lessonId: 'x', stepIndex: -1, sinceSeq: 3, met: false }, completedSteps: { a: ['s1', 's1', 2], b: ['s2'] }, completedLessons: ['a', 'a', 7] }),
    ).toEqual({ active: null, completedSteps: { b: ['s2'] }, completedLessons: [] });
    expect(parseProgress({ active: { lessonId: 'x', stepIndex: 1, sinceSeq: 3, met: true }, completedLessons: ['a', 'a'] })).toEqual({
      active: { lessonId: 'x', stepIndex: 1, sinceSeq: 3, met: true },
      completedSteps: {},
      completedLessons: ['a'],
    });
  });

  it('does not resume a lesson that no longer exists', async () => {
    const { session } = await setup(memoryProgress({ active: { lessonId: 'retired-lesson', stepIndex: 0, sinceSeq: 0, met: false } }));
    expect(session.getState().loaded).toBe(true);
    expect(session.getState().progress.active).toBeNull();
  });
});
