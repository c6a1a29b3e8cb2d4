// Time: the ManualClock, and what KMS does when the clock passes a date — deletion at the end of
// the waiting period (KEY-5) and automatic rotation (ROT-1, ROT-2, ROT-3, ROT-5).

import { describe, expect, it } from 'vitest';
import { ManualClock } from './index';
import { ACCOUNT, DAY_MS, START, newKms, utf8 } from '../testing/fixture';

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const MINUTE = 60_000;

describe('ManualClock', () => {
  it('starts at 2026-01-01 by default and moves only forward, by finite amounts', () => {
    const clock = new ManualClock();
    expect(clock.now()).toBe(START);
    expect(clock.advance(1500)).toBe(START + 1500);
    expect(clock.advance(0)).toBe(START + 1500);
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => clock.advance(bad)).toThrow(RangeError);
    expect(clock.now()).toBe(START + 1500);
    expect(() => new ManualClock(Number.NaN)).toThrow(RangeError);
    expect(new ManualClock(0).now()).toBe(0);
  });

  it('tells its listeners after every advance, until they unsubscribe', () => {
    const clock = new ManualClock();
    const seen: number[] = [];
    const stop = clock.onAdvance(() => seen.push(clock.now()));
    clock.advance(10);
    stop();
    clock.advance(10);
    expect(seen).toEqual([START + 10]);
  });
});

describe('KEY-5 deletion at the end of the waiting period', () => {
  it('KEY-5 the key is deleted when its window ends on the engine clock, not a millisecond before', async () => {
    const { kms, clock, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    const { CiphertextBlob } = await kms.send('Encrypt', { KeyId, Plaintext: utf8('x') });
    await kms.send('CreateAlias', { AliasName: 'alias/doomed', TargetKeyId: KeyId });
    await kms.send('ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 7 });
    clock.advance(3 * DAY_MS);
    await expect(kms.send('DescribeKey', { KeyId })).resolves.toMatchObject({ KeyMetadata: { KeyState: 'PendingDeletion', DeletionDate: new Date(START + 7 * DAY_MS) } });
    clock.advance(4 * DAY_MS - 1);
    await expect(kms.send('DescribeKey', { KeyId })).resolves.toHaveProperty('KeyMetadata.KeyState', 'PendingDeletion');
    clock.advance(1);
    await expect(kms.send('DescribeKey', { KeyId })).rejects.toMatchObject({ name: 'NotFoundException', message: `Key '${Arn}' does not exist` });
    await expect(kms.send('ListAliases', {})).resolves.toMatchObject({ Aliases: [] });
    await expect(kms.send('Decrypt', { CiphertextBlob })).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });

  it('KEY-5 TRAIL-3 the deletion is a DeleteKey AwsServiceEvent dated when the window ended', async () => {
    const { kms, clock, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    await kms.send('ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 7 });
    clock.advance(40 * DAY_MS);
    await kms.runDueTasks();
    const deletion = kms.trail.entries().at(-1)!.record;
    expect(deletion).toEqual({
      eventVersion: '1.11',
      userIdentity: { accountId: ACCOUNT, invokedBy: 'AWS Internal' },
      eventTime: iso(START + 7 * DAY_MS),
      eventSource: 'kms.amazonaws.com',
      eventName: 'DeleteKey',
      awsRegion: 'us-east-1',
      sourceIPAddress: 'AWS Internal',
      userAgent: 'AWS Internal',
      requestParameters: null,
      responseElements: null,
      eventID: expect.any(String) as unknown,
      readOnly: false,
      resources: [{ accountId: ACCOUNT, type: 'AWS::KMS::Key', ARN: Arn }],
      eventType: 'AwsServiceEvent',
      managementEvent: true,
      recipientAccountId: ACCOUNT,
      eventCategory: 'Management',
    });
    expect(kms.trail.entries().filter((entry) => entry.record.eventName === 'DeleteKey')).toHaveLength(1);
  });

  it('KEY-5 a cancelled deletion never happens', async () => {
    const { kms, clock, createKey } = await newKms();
    const { KeyId } = await createKey();
    await kms.send('ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 7 });
    await kms.send('CancelKeyDeletion', { KeyId });
    clock.advance(30 * DAY_MS);
    await expect(kms.send('DescribeKey', { KeyId })).resolves.toHaveProperty('KeyMetadata.KeyState', 'Disabled');
  });
});

describe('automatic rotation on the clock', () => {
  it('ROT-2 each elapsed period gives one rotation, recorded as a RotateKey AwsServiceEvent at its own due date', async () => {
    const { kms, clock, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    await kms.send('EnableKeyRotation', { KeyId, RotationPeriodInDays: 90 });
    clock.advance(365 * DAY_MS);
    const { Rotations } = (await kms.send('ListKeyRotations', { KeyId })) as { Rotations: Array<{ RotationDate: Date; RotationType: string; KeyMaterialId: string }> };
    expect(Rotations.map((r) => r.RotationDate)).toEqual([90, 180, 270, 360].map((days) => new Date(START + days * DAY_MS)));
    expect(Rotations.every((r) => r.RotationType === 'AUTOMATIC')).toBe(true);
    const records = kms.trail.entries().filter((entry) => entry.record.eventName === 'RotateKey').map((entry) => entry.record);
    expect(records.map((r) => r.eventTime)).toEqual([90, 180, 270, 360].map((days) => iso(START + days * DAY_MS)));
    expect(records.map((r) => r.additionalEventData)).toEqual(Rotations.map((r) => ({ keyMaterialId: r.KeyMaterialId })));
    for (const record of records) {
      expect(record).toMatchObject({ eventType: 'AwsServiceEvent', userIdentity: { accountId: ACCOUNT, invokedBy: 'AWS Internal' }, resources: [{ ARN: Arn }] });
    }
    await expect(kms.send('GetKeyRotationStatus', { KeyId })).resolves.toMatchObject({ NextRotationDate: new Date(START + 450 * DAY_MS) });
  });

  it('ROT-2 a disabled key is not rotated; re-enabled, it rotates once, at once', async () => {
    const { kms, clock, createKey } = await newKms();
    const { KeyId } = await createKey();
    await kms.send('EnableKeyRotation', { KeyId, RotationPeriodInDays: 90 });
    await kms.send('DisableKey', { KeyId });
    clock.advance(400 * DAY_MS);
    await kms.runDueTasks();
    await expect(kms.send('ListKeyRotations', { KeyId })).resolves.toMatchObject({ Rotations: [] });
    const reEnabledAt = clock.now();
    await kms.send('EnableKey', { KeyId });
    await kms.runDueTasks();
    const { Rotations } = (await kms.send('ListKeyRotations', { KeyId })) as { Rotations: Array<{ RotationDate: Date }> };
    expect(Rotations.map((r) => r.RotationDate)).toEqual([new Date(reEnabledAt)]);
    const rotateRecords = kms.trail.entries().filter((entry) => entry.record.eventName === 'RotateKey');
    expect(rotateRecords.map((entry) => entry.record.eventTime)).toEqual([iso(reEnabledAt)]);
    await expect(kms.send('GetKeyRotationStatus', { KeyId })).resolves.toMatchObject({ NextRotationDate: new Date(reEnabledAt + 90 * DAY_MS) });
  });

  it('ROT-2 a key re-enabled before its rotation is due keeps its schedule', async () => {
    const { kms, clock, createKey } = await newKms();
    const { KeyId } = await createKey();
    await kms.send('EnableKeyRotation', { KeyId, RotationPeriodInDays: 90 });
    await kms.send('DisableKey', { KeyId });
    clock.advance(10 * DAY_MS);
    await kms.send('EnableKey', { KeyId });
    await expect(kms.send('GetKeyRotationStatus', { KeyId })).resolves.toMatchObject({ NextRotationDate: new Date(START + 90 * DAY_MS) });
    clock.advance(85 * DAY_MS);
    const { Rotations } = (await kms.send('ListKeyRotations', { KeyId })) as { Rotations: Array<{ RotationDate: Date }> };
    expect(Rotations.map((r) => r.RotationDate)).toEqual([new Date(START + 90 * DAY_MS)]);
  });

  it('ROT-1 a shorter period that is already overdue rotates now, never before the request that set it', async () => {
    const { kms, clock, createKey } = await newKms();
    const { KeyId } = await createKey();
    await kms.send('EnableKeyRotation', { KeyId, RotationPeriodInDays: 365 });
    clock.advance(200 * DAY_MS);
    const changedAt = clock.now();
    await kms.send('EnableKeyRotation', { KeyId, RotationPeriodInDays: 90 });
    await kms.runDueTasks();
    const { Rotations } = (await kms.send('ListKeyRotations', { KeyId })) as { Rotations: Array<{ RotationDate: Date }> };
    expect(Rotations.map((r) => r.RotationDate)).toEqual([new Date(changedAt)]);
    await expect(kms.send('GetKeyRotationStatus', { KeyId })).resolves.toMatchObject({ NextRotationDate: new Date(changedAt + 90 * DAY_MS) });
  });

  it('ROT-3 RotateKeyOnDemand fails with ConflictException within 20 minutes of a due automatic rotation', async () => {
    const { kms, clock, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    await kms.send('EnableKeyRotation', { KeyId, RotationPeriodInDays: 90 });
    clock.advance(90 * DAY_MS - 20 * MINUTE - 1);
    await expect(kms.send('RotateKeyOnDemand', { KeyId })).resolves.toEqual({ KeyId: Arn });
    clock.advance(1);
    await expect(kms.send('RotateKeyOnDemand', { KeyId })).rejects.toMatchObject({
      name: 'ConflictException',
      message: `${Arn} has an automatic rotation due within 20 minutes. Try again later.`,
    });
    clock.advance(20 * MINUTE);
    await expect(kms.send('RotateKeyOnDemand', { KeyId })).resolves.toEqual({ KeyId: Arn });
  });

  it('ROT-5 GetKeyRotationStatus reports rotation off while pending deletion, and the setting returns on cancel', async () => {
    const { kms, clock, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    await kms.send('EnableKeyRotation', { KeyId, RotationPeriodInDays: 90 });
    await kms.send('ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 30 });
    await expect(kms.send('GetKeyRotationStatus', { KeyId })).resolves.toEqual({ KeyRotationEnabled: false, KeyId: Arn });
    clock.advance(29 * DAY_MS);
    await kms.send('CancelKeyDeletion', { KeyId });
    await expect(kms.send('GetKeyRotationStatus', { KeyId })).resolves.toEqual({
      KeyRotationEnabled: true,
      KeyId: Arn,
      RotationPeriodInDays: 90,
      NextRotationDate: new Date(START + 90 * DAY_MS),
    });
  });
});
