// The goal checker, one goal kind at a time: each passes when the engine shows it and fails, with a
// detail that says what is missing, when it does not.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kms, ManualClock } from '../../engine/index';
import { testKms } from '../test-kms';
import { checkGoal } from './check';
import { CONTENT_USER_AGENT, runCalls } from './run-calls';
import type { ApiCall, Goal } from './types';

const REGION = 'us-east-1';
const DAY_MS = 24 * 60 * 60 * 1000;

let kms: Kms;
let clock: ManualClock;

beforeEach(async () => {
  ({ kms, clock } = await testKms());
});
afterEach(() => kms.close());

const check = (goal: Goal, options: { sinceSeq?: number } = {}) => checkGoal(kms, goal, { region: REGION, ...options });
const run = (calls: ApiCall[], saved: Record<string, Record<string, unknown>> = {}) => runCalls(kms, calls, { region: REGION, saved });

/** A key with a description and an alias; returns its key ID and ARN. */
async function keyWithAlias(alias: string, description = `Key for ${alias}`, region = REGION) {
  const { KeyMetadata } = (await kms.send('CreateKey', { Description: description }, { region })) as { KeyMetadata: { KeyId: string; Arn: string } };
  await kms.send('CreateAlias', { AliasName: alias, TargetKeyId: KeyMetadata.KeyId }, { region });
  return KeyMetadata;
}

const ALICE = 'arn:aws:iam::111122223333:user/Alice';

describe('key-exists', () => {
  it('passes for a key found by alias, key ID or description, and compares metadata', async () => {
    const key = await keyWithAlias('alias/app', 'Application key');
    await expect(check({ kind: 'key-exists', key: { alias: 'alias/app' } })).resolves.toMatchObject({ passed: true });
    await expect(check({ kind: 'key-exists', key: { keyId: key.KeyId } })).resolves.toMatchObject({ passed: true });
    await expect(check({ kind: 'key-exists', key: { keyId: key.Arn } })).resolves.toMatchObject({ passed: true });
    await expect(check({ kind: 'key-exists', key: { description: 'Application key' }, metadata: { KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT' } })).resolves.toMatchObject({ passed: true });
  });

  it('fails for a missing alias or description, or a metadata value that differs', async () => {
    await keyWithAlias('alias/app', 'Application key');
    await expect(check({ kind: 'key-exists', key: { alias: 'alias/nope' } })).resolves.toEqual({ passed: false, detail: 'alias/nope does not exist in us-east-1 yet.' });
    await expect(check({ kind: 'key-exists', key: { description: 'Other key' } })).resolves.toEqual({
      passed: false,
      detail: 'There is no key described "Other key" in us-east-1 yet.',
    });
    const result = await check({ kind: 'key-exists', key: { alias: 'alias/app' }, metadata: { Description: 'Billing key' } });
    expect(result).toEqual({ passed: false, detail: 'alias/app exists, but its Description is "Application key", not "Billing key".' });
  });

  it('finds the newest of several keys with the same description', async () => {
    clock.advance(1000);
    await kms.send('CreateKey', { Description: 'twin' });
    clock.advance(1000);
    const newer = ((await kms.send('CreateKey', { Description: 'twin' })).KeyMetadata as { KeyId: string }).KeyId;
    await kms.send('DisableKey', { KeyId: newer });
    await expect(check({ kind: 'key-state', key: { description: 'twin' }, state: 'Disabled' })).resolves.toMatchObject({ passed: true });
  });

  it('looks in the goal\'s own Region when it names one', async () => {
    await keyWithAlias('alias/dr', 'DR key', 'eu-west-1');
    await expect(check({ kind: 'key-exists', key: { alias: 'alias/dr' } })).resolves.toMatchObject({ passed: false });
    await expect(check({ kind: 'key-exists', key: { alias: 'alias/dr' }, region: 'eu-west-1' })).resolves.toMatchObject({ passed: true });
  });
});

describe('key-state', () => {
  it('passes when the key is in the state, and names the actual state when it is not', async () => {
    const key = await keyWithAlias('alias/app');
    await expect(check({ kind: 'key-state', key: { alias: 'alias/app' }, state: 'Enabled' })).resolves.toEqual({ passed: true, detail: 'alias/app is Enabled.' });
    await expect(check({ kind: 'key-state', key: { alias: 'alias/app' }, state: 'Disabled' })).resolves.toEqual({ passed: false, detail: 'alias/app is Enabled, not Disabled.' });
    await kms.send('DisableKey', { KeyId: key.KeyId });
    await expect(check({ kind: 'key-state', key: { alias: 'alias/app' }, state: 'Disabled' })).resolves.toMatchObject({ passed: true });
  });

  it('checks the waiting period of a key pending deletion', async () => {
    const key = await keyWithAlias('alias/old');
    await kms.send('ScheduleKeyDeletion', { KeyId: key.KeyId });
    await expect(check({ kind: 'key-state', key: { alias: 'alias/old' }, state: 'PendingDeletion', pendingWindowInDays: 7 })).resolves.toEqual({
      passed: false,
      detail: 'alias/old is PendingDeletion with a 30-day waiting period, not 7 days.',
    });
    await kms.send('CancelKeyDeletion', { KeyId: key.KeyId });
    await kms.send('ScheduleKeyDeletion', { KeyId: key.KeyId, PendingWindowInDays: 7 });
    await expect(check({ kind: 'key-state', key: { alias: 'alias/old' }, state: 'PendingDeletion', pendingWindowInDays: 7 })).resolves.toEqual({
      passed: true,
      detail: 'alias/old is PendingDeletion with a 7-day waiting period.',
    });
  });

  it('fails plainly once the key has been deleted and its alias with it', async () => {
    const key = await keyWithAlias('alias/old');
    await kms.send('ScheduleKeyDeletion', { KeyId: key.KeyId, PendingWindowInDays: 7 });
    clock.advance(8 * DAY_MS);
    await kms.runDueTasks();
    await expect(check({ kind: 'key-state', key: { alias: 'alias/old' }, state: 'PendingDeletion' })).resolves.toEqual({
      passed: false,
      detail: 'alias/old does not exist in us-east-1 yet.',
    });
  });
});

describe('alias-exists', () => {
  it('passes for an alias and, when asked, the key it points to', async () => {
    const key = await keyWithAlias('alias/app', 'Application key');
    await expect(check({ kind: 'alias-exists', alias: 'alias/app' })).resolves.toEqual({ passed: true, detail: `alias/app exists in us-east-1 and points to key ${key.KeyId}.` });
    await expect(check({ kind: 'alias-exists', alias: 'alias/app', targetKey: { description: 'Application key' } })).resolves.toMatchObject({ passed: true });
  });

  it('fails for a missing alias, or one that points to another key', async () => {
    const first = await keyWithAlias('alias/app', 'v1');
    await expect(check({ kind: 'alias-exists', alias: 'alias/other' })).resolves.toEqual({ passed: false, detail: 'There is no alias alias/other in us-east-1 yet.' });
    const second = ((await kms.send('CreateKey', { Description: 'v2' })).KeyMetadata as { KeyId: string }).KeyId;
    await expect(check({ kind: 'alias-exists', alias: 'alias/app', targetKey: { description: 'v2' } })).resolves.toEqual({
      passed: false,
      detail: `alias/app points to key ${first.KeyId}, not to the key described "v2" (${second}).`,
    });
    await kms.send('UpdateAlias', { AliasName: 'alias/app', TargetKeyId: second });
    await expect(check({ kind: 'alias-exists', alias: 'alias/app', targetKey: { keyId: second } })).resolves.toMatchObject({ passed: true });
  });
});

describe('key-rotation-status', () => {
  it('passes when rotation is on with the period asked for', async () => {
    const key = await keyWithAlias('alias/ledger');
    await expect(check({ kind: 'key-rotation-status', key: { alias: 'alias/ledger' }, enabled: false })).resolves.toMatchObject({ passed: true });
    await expect(check({ kind: 'key-rotation-status', key: { alias: 'alias/ledger' }, enabled: true })).resolves.toEqual({
      passed: false,
      detail: 'Automatic rotation of alias/ledger is off, not on.',
    });
    await kms.send('EnableKeyRotation', { KeyId: key.KeyId });
    await expect(check({ kind: 'key-rotation-status', key: { alias: 'alias/ledger' }, enabled: true, periodInDays: 180 })).resolves.toEqual({
      passed: false,
      detail: 'Automatic rotation of alias/ledger is on, but every 365 days, not every 180.',
    });
    await kms.send('EnableKeyRotation', { KeyId: key.KeyId, RotationPeriodInDays: 180 });
    await expect(check({ kind: 'key-rotation-status', key: { alias: 'alias/ledger' }, enabled: true, periodInDays: 180 })).resolves.toEqual({
      passed: true,
      detail: 'Automatic rotation of alias/ledger is on every 180 days.',
    });
  });
});

describe('key-rotations', () => {
  it('counts completed rotations, optionally of one type', async () => {
    const key = await keyWithAlias('alias/app');
    await expect(check({ kind: 'key-rotations', key: { alias: 'alias/app' }, atLeast: 1 })).resolves.toEqual({
      passed: false,
      detail: 'alias/app has 0 rotations; at least 1 needed.',
    });
    await kms.send('EnableKeyRotation', { KeyId: key.KeyId, RotationPeriodInDays: 90 });
    clock.advance(91 * DAY_MS);
    await kms.runDueTasks();
    await expect(check({ kind: 'key-rotations', key: { alias: 'alias/app' }, atLeast: 1, rotationType: 'AUTOMATIC' })).resolves.toMatchObject({ passed: true });
    await expect(check({ kind: 'key-rotations', key: { alias: 'alias/app' }, atLeast: 1, rotationType: 'ON_DEMAND' })).resolves.toEqual({
      passed: false,
      detail: 'alias/app has 0 on-demand rotations; at least 1 needed.',
    });
    await kms.send('RotateKeyOnDemand', { KeyId: key.KeyId });
    await expect(check({ kind: 'key-rotations', key: { alias: 'alias/app' }, atLeast: 1, rotationType: 'ON_DEMAND' })).resolves.toEqual({
      passed: true,
      detail: 'alias/app has 1 on-demand rotation.',
    });
    await expect(check({ kind: 'key-rotations', key: { alias: 'alias/app' }, atLeast: 2 })).resolves.toMatchObject({ passed: true });
  });
});

describe('key-tags', () => {
  it('passes when the tags are present with these values', async () => {
    const key = await keyWithAlias('alias/app');
    await expect(check({ kind: 'key-tags', key: { alias: 'alias/app' }, tags: { CostCenter: '1234' } })).resolves.toEqual({
      passed: false,
      detail: 'alias/app has no tag CostCenter yet.',
    });
    await kms.send('TagResource', { KeyId: key.KeyId, Tags: [{ TagKey: 'CostCenter', TagValue: '9999' }] });
    await expect(check({ kind: 'key-tags', key: { alias: 'alias/app' }, tags: { CostCenter: '1234' } })).resolves.toEqual({
      passed: false,
      detail: 'alias/app has the tag CostCenter=9999, not CostCenter=1234.',
    });
    await kms.send('TagResource', { KeyId: key.KeyId, Tags: [{ TagKey: 'CostCenter', TagValue: '1234' }, { TagKey: 'Team', TagValue: 'ops' }] });
    await expect(check({ kind: 'key-tags', key: { alias: 'alias/app' }, tags: { CostCenter: '1234' } })).resolves.toMatchObject({ passed: true });
  });
});

describe('key-policy-allows', () => {
  const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
  const root = { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' };

  it('reads the default key policy: the account is allowed, Alice is not named', async () => {
    await keyWithAlias('alias/reports');
    await expect(check({ kind: 'key-policy-allows', key: { alias: 'alias/reports' }, principal: 'root', action: 'kms:PutKeyPolicy' })).resolves.toMatchObject({ passed: true });
    await expect(check({ kind: 'key-policy-allows', key: { alias: 'alias/reports' }, principal: 'Alice', action: 'kms:Decrypt' })).resolves.toEqual({
      passed: false,
      detail: `The key policy of alias/reports has no statement that allows Alice (${ALICE}) to call kms:Decrypt.`,
    });
  });

  it('matches actions with wildcards and honours an explicit Deny', async () => {
    const key = await keyWithAlias('alias/reports');
    const user = { Sid: 'Use', Effect: 'Allow', Principal: { AWS: [ALICE] }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'], Resource: '*' };
    await kms.send('PutKeyPolicy', { KeyId: key.KeyId, PolicyName: 'default', Policy: policy(root, user) });
    await expect(check({ kind: 'key-policy-allows', key: { alias: 'alias/reports' }, principal: 'Alice', action: 'kms:GenerateDataKeyWithoutPlaintext' })).resolves.toMatchObject({ passed: true });
    await expect(check({ kind: 'key-policy-allows', key: { alias: 'alias/reports' }, principal: ALICE, action: 'kms:Encrypt' })).resolves.toMatchObject({ passed: false });

    const deny = { Sid: 'NoDecrypt', Effect: 'Deny', Principal: { AWS: ALICE }, Action: 'kms:Decrypt', Resource: '*' };
    await kms.send('PutKeyPolicy', { KeyId: key.KeyId, PolicyName: 'default', Policy: policy(root, user, deny) });
    await expect(check({ kind: 'key-policy-allows', key: { alias: 'alias/reports' }, principal: 'Alice', action: 'kms:Decrypt' })).resolves.toEqual({
      passed: false,
      detail: `The key policy of alias/reports allows Alice (${ALICE}) to call kms:Decrypt, but the Deny statement "NoDecrypt" blocks it.`,
    });
  });

  it('reports an identity KMS Lab does not know instead of throwing', async () => {
    await keyWithAlias('alias/reports');
    const result = await check({ kind: 'key-policy-allows', key: { alias: 'alias/reports' }, principal: 'Mallory', action: 'kms:Decrypt' });
    expect(result.passed).toBe(false);
    expect(result.detail).toMatch(/no identity called Mallory/);
  });
});

describe('trail-record', () => {
  it('passes for a matching record and explains the first criterion no record meets', async () => {
    await keyWithAlias('alias/billing');
    const goal: Goal = { kind: 'trail-record', eventName: 'GenerateDataKey', key: { alias: 'alias/billing' }, encryptionContext: { tenant: 'acme' } };
    await expect(check(goal)).resolves.toEqual({
      passed: false,
      detail: 'No successful GenerateDataKey call for alias/billing with encryption context tenant=acme in CloudTrail (us-east-1) yet.',
    });
    await kms.send('GenerateDataKey', { KeyId: 'alias/billing', KeySpec: 'AES_256' });
    await expect(check(goal)).resolves.toEqual({
      passed: false,
      detail: 'CloudTrail has successful GenerateDataKey calls for alias/billing, but none with encryption context tenant=acme.',
    });
    await kms.send('GenerateDataKey', { KeyId: 'alias/billing', KeySpec: 'AES_256', EncryptionContext: { tenant: 'acme', region: 'eu' } });
    const result = await check(goal);
    expect(result.passed).toBe(true);
    expect(result.detail).toMatch(/^CloudTrail records a successful GenerateDataKey call for alias\/billing with encryption context tenant=acme \(event [0-9a-f-]{36}\)\.$/);
    await expect(check({ ...goal, exactContext: true })).resolves.toMatchObject({ passed: false });
  });

  it('tells records of other keys apart', async () => {
    await keyWithAlias('alias/a');
    await keyWithAlias('alias/b');
    await kms.send('GenerateDataKey', { KeyId: 'alias/a', KeySpec: 'AES_256' });
    await expect(check({ kind: 'trail-record', eventName: 'GenerateDataKey', key: { alias: 'alias/b' } })).resolves.toEqual({
      passed: false,
      detail: 'CloudTrail has GenerateDataKey calls, but none for alias/b.',
    });
  });

  it('matches failures by error code and the caller by user name', async () => {
    const key = await keyWithAlias('alias/payments');
    const { saved } = await run([{ operation: 'Encrypt', input: { KeyId: 'alias/payments', Plaintext: { $utf8: 'x' } }, saveAs: 'ct' }]);
    await kms.send('DisableKey', { KeyId: key.KeyId });
    await kms.send('Decrypt', { CiphertextBlob: (saved.ct as { CiphertextBlob: Uint8Array }).CiphertextBlob }).catch(() => undefined);
    const goal: Goal = { kind: 'trail-record', eventName: 'Decrypt', key: { alias: 'alias/payments' }, error: 'DisabledException', user: 'Alice' };
    await expect(check(goal)).resolves.toEqual({
      passed: false,
      detail: 'CloudTrail has Decrypt calls for alias/payments, but none by Alice.',
    });
    await kms.send('Decrypt', { CiphertextBlob: (saved.ct as { CiphertextBlob: Uint8Array }).CiphertextBlob }, { principal: ALICE }).catch(() => undefined);
    await expect(check(goal)).resolves.toMatchObject({ passed: true });
    await expect(check({ kind: 'trail-record', eventName: 'Decrypt', outcome: 'failure' })).resolves.toMatchObject({ passed: true });
    await expect(check({ kind: 'trail-record', eventName: 'Decrypt' })).resolves.toMatchObject({ passed: false });
    await expect(check({ kind: 'trail-record', eventName: 'Decrypt', outcome: 'any', user: 'Admin' })).resolves.toMatchObject({ passed: true });
  });

  it('matches request parameters deeply', async () => {
    await keyWithAlias('alias/docs');
    await kms.send('GenerateDataKey', { KeyId: 'alias/docs', NumberOfBytes: 64 });
    await expect(check({ kind: 'trail-record', eventName: 'GenerateDataKey', parameters: { keySpec: 'AES_256' } })).resolves.toEqual({
      passed: false,
      detail: 'CloudTrail has successful GenerateDataKey calls, but none with {"keySpec":"AES_256"}.',
    });
    await expect(check({ kind: 'trail-record', eventName: 'GenerateDataKey', parameters: { numberOfBytes: 64, keyId: 'alias/docs' } })).resolves.toMatchObject({ passed: true });
  });

  it('tells current from previous key material', async () => {
    const key = await keyWithAlias('alias/app');
    const { saved } = await run([{ operation: 'Encrypt', input: { KeyId: 'alias/app', Plaintext: { $utf8: 'old' } }, saveAs: 'old' }]);
    const previous: Goal = { kind: 'trail-record', eventName: 'Decrypt', key: { alias: 'alias/app' }, keyMaterial: 'previous' };
    await kms.send('Decrypt', { CiphertextBlob: (saved.old as { CiphertextBlob: Uint8Array }).CiphertextBlob });
    await expect(check(previous)).resolves.toEqual({
      passed: false,
      detail: 'CloudTrail has successful Decrypt calls for alias/app, but none using key material from before a rotation.',
    });
    await expect(check({ ...previous, keyMaterial: 'current' })).resolves.toMatchObject({ passed: true });
    await kms.send('RotateKeyOnDemand', { KeyId: key.KeyId });
    // The same record now used material that is no longer current.
    await expect(check(previous)).resolves.toMatchObject({ passed: true });
  });

  it('ignores records the content layer made for itself, and records before sinceSeq', async () => {
    await keyWithAlias('alias/app');
    await kms.send('DescribeKey', { KeyId: 'alias/app' }, { userAgent: CONTENT_USER_AGENT });
    await expect(check({ kind: 'trail-record', eventName: 'DescribeKey' })).resolves.toMatchObject({ passed: false });
    await kms.send('DescribeKey', { KeyId: 'alias/app' });
    await expect(check({ kind: 'trail-record', eventName: 'DescribeKey' })).resolves.toMatchObject({ passed: true });
    const last = kms.trail.entries().at(-1)!.seq;
    await expect(check({ kind: 'trail-record', eventName: 'DescribeKey' }, { sinceSeq: last })).resolves.toMatchObject({ passed: false });
  });

  it('looks only at the records of the goal\'s Region', async () => {
    await keyWithAlias('alias/dr', 'DR', 'eu-west-1');
    await kms.send('GenerateRandom', { NumberOfBytes: 16 }, { region: 'eu-west-1' });
    await expect(check({ kind: 'trail-record', eventName: 'GenerateRandom' })).resolves.toMatchObject({ passed: false });
    await expect(check({ kind: 'trail-record', eventName: 'GenerateRandom', region: 'eu-west-1' })).resolves.toMatchObject({ passed: true });
  });
});

describe('trail-sequence', () => {
  it('passes only when the steps happened in order', async () => {
    const key = await keyWithAlias('alias/app');
    const goal: Goal = { kind: 'trail-sequence', steps: [{ eventName: 'DisableKey', key: { alias: 'alias/app' } }, { eventName: 'EnableKey', key: { alias: 'alias/app' } }] };
    await expect(check(goal)).resolves.toEqual({ passed: false, detail: 'No successful DisableKey call for alias/app in CloudTrail (us-east-1) yet.' });
    await kms.send('EnableKey', { KeyId: key.KeyId });
    await kms.send('DisableKey', { KeyId: key.KeyId });
    await expect(check(goal)).resolves.toEqual({ passed: false, detail: 'EnableKey happened only before DisableKey; it must come after it.' });
    await kms.send('EnableKey', { KeyId: key.KeyId });
    await expect(check(goal)).resolves.toEqual({ passed: true, detail: 'CloudTrail shows DisableKey, then EnableKey, in that order.' });
  });
});

describe('all, any and not', () => {
  it('all passes when every goal does and lists what is still open', async () => {
    await keyWithAlias('alias/app');
    const goal: Goal = {
      kind: 'all',
      goals: [
        { kind: 'alias-exists', alias: 'alias/app' },
        { kind: 'alias-exists', alias: 'alias/b' },
        { kind: 'key-state', key: { alias: 'alias/app' }, state: 'Disabled' },
      ],
    };
    await expect(check(goal)).resolves.toEqual({ passed: false, detail: 'There is no alias alias/b in us-east-1 yet. (1 more condition still open.)' });
    await expect(check({ kind: 'all', goals: [{ kind: 'alias-exists', alias: 'alias/app' }, { kind: 'key-state', key: { alias: 'alias/app' }, state: 'Enabled' }] })).resolves.toEqual({
      passed: true,
      detail: 'All 2 conditions are met.',
    });
  });

  it('any passes when one goal does', async () => {
    await keyWithAlias('alias/app');
    const goal: Goal = { kind: 'any', goals: [{ kind: 'alias-exists', alias: 'alias/b' }, { kind: 'alias-exists', alias: 'alias/app' }] };
    await expect(check(goal)).resolves.toMatchObject({ passed: true });
    const none = await check({ kind: 'any', goals: [{ kind: 'alias-exists', alias: 'alias/b' }, { kind: 'alias-exists', alias: 'alias/c' }] });
    expect(none).toEqual({ passed: false, detail: 'None of these holds yet: There is no alias alias/b in us-east-1 yet. / There is no alias alias/c in us-east-1 yet.' });
  });

  it('not passes while its goal fails, and fails with its reason otherwise', async () => {
    await keyWithAlias('alias/batch');
    const goal: Goal = {
      kind: 'not',
      goal: { kind: 'trail-record', eventName: 'GenerateDataKey', key: { alias: 'alias/batch' } },
      because: 'A plaintext data key was handed out.',
    };
    await expect(check(goal)).resolves.toMatchObject({ passed: true });
    await kms.send('GenerateDataKey', { KeyId: 'alias/batch', KeySpec: 'AES_256' });
    await expect(check(goal)).resolves.toEqual({ passed: false, detail: 'A plaintext data key was handed out.' });
  });
});

describe('the checker itself', () => {
  it('leaves no CloudTrail record (its reads are observer calls), and changes no key', async () => {
    const key = await keyWithAlias('alias/app');
    const before = kms.trail.entries().length;
    await check({
      kind: 'all',
      goals: [
        { kind: 'key-state', key: { alias: 'alias/app' }, state: 'Enabled' },
        { kind: 'key-rotation-status', key: { alias: 'alias/app' }, enabled: false },
        { kind: 'key-policy-allows', key: { alias: 'alias/app' }, principal: 'root', action: 'kms:Decrypt' },
        { kind: 'alias-exists', alias: 'alias/app' },
      ],
    });
    expect(kms.trail.entries()).toHaveLength(before);
    expect(((await kms.send('DescribeKey', { KeyId: key.KeyId })).KeyMetadata as { KeyState: string }).KeyState).toBe('Enabled');
  });

  it('reports a Region it cannot reach instead of throwing', async () => {
    await keyWithAlias('alias/app');
    kms.simulation.setRegion(REGION, 'down');
    const result = await check({ kind: 'key-state', key: { alias: 'alias/app' }, state: 'Enabled' });
    expect(result.passed).toBe(false);
    expect(result.detail).toMatch(/^Could not look up alias\/app in us-east-1 \(KMSInternalException: /);
  });
});

describe('azs-down', () => {
  it('counts the Availability Zones of the Region that are out, and reads whether it can take writes', async () => {
    const goal: Goal = { kind: 'azs-down', atLeast: 1 };
    await expect(check(goal)).resolves.toEqual({ passed: false, detail: 'Every Availability Zone of us-east-1 is up; at least 1 must be out.' });
    kms.simulation.setAz('us-east-1b', 'down');
    await expect(check(goal)).resolves.toEqual({ passed: true, detail: '1 of 3 Availability Zones of us-east-1 is out: us-east-1b (down).' });
    await expect(check({ kind: 'azs-down', atLeast: 1, writable: false })).resolves.toMatchObject({ passed: false });
    kms.simulation.setAz('us-east-1c', 'partitioned');
    await expect(check({ kind: 'azs-down', atLeast: 2, writable: false })).resolves.toEqual({
      passed: true,
      detail: '2 of 3 Availability Zones of us-east-1 are out: us-east-1b (down), us-east-1c (partitioned), and us-east-1 cannot take writes.',
    });
    await expect(check({ kind: 'azs-down', atMost: 0 })).resolves.toMatchObject({ passed: false });
    await expect(check({ kind: 'azs-down', atMost: 0, region: 'eu-west-1' })).resolves.toMatchObject({ passed: true });
  });
});
