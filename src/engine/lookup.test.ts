// SPEC TRAIL-5: CloudTrail LookupEvents over one Region's history — one lookup attribute, a time
// range (the last 90 days by default), newest first, 1–50 a page with NextToken.

import { describe, expect, it } from 'vitest';
import type { LookupEvent } from './index';
import { ACCOUNT, DAY_MS, START, newKms, utf8 } from '../testing/fixture';

const ALICE = `arn:aws:iam::${ACCOUNT}:user/Alice`;
const APP_ROLE = `arn:aws:sts::${ACCOUNT}:assumed-role/AppRole/app-session`;

/** A small history: one request a minute, by Admin, Alice and the app role, on two keys. */
async function history() {
  const fixture = await newKms();
  const { kms, clock, createKey } = fixture;
  const one = await createKey();
  clock.advance(60_000);
  const two = await createKey({}, { principal: ALICE });
  clock.advance(60_000);
  await kms.send('Encrypt', { KeyId: one.KeyId, Plaintext: utf8('x') }, { principal: APP_ROLE });
  clock.advance(60_000);
  await kms.send('DescribeKey', { KeyId: two.KeyId }, { principal: ALICE });
  clock.advance(60_000);
  await kms.send('DisableKey', { KeyId: two.KeyId });
  await kms.send('ListKeys', {}, { region: 'eu-west-1' });
  return { ...fixture, one, two };
}

const names = (events: LookupEvent[]) => events.map((event) => event.EventName);
const lookup = (kms: Awaited<ReturnType<typeof history>>['kms'], key: string, value: string) =>
  kms.lookupEvents({ LookupAttributes: [{ AttributeKey: key as 'EventName', AttributeValue: value }] }).then((page) => page.Events);

describe('TRAIL-5 LookupEvents', () => {
  it('TRAIL-5 lists one Region’s events newest first, in CloudTrail’s event shape', async () => {
    const { kms, one } = await history();
    const { Events, NextToken } = await kms.lookupEvents();
    expect(NextToken).toBeUndefined();
    expect(names(Events)).toEqual(['DisableKey', 'DescribeKey', 'Encrypt', 'CreateKey', 'CreateKey']);
    const encrypt = Events[2]!;
    expect(encrypt).toEqual({
      EventId: expect.any(String) as unknown,
      EventName: 'Encrypt',
      ReadOnly: 'true',
      AccessKeyId: 'ASIAKMSLABAPPROLE004',
      EventTime: new Date(START + 120_000),
      EventSource: 'kms.amazonaws.com',
      Username: 'app-session',
      Resources: [{ ResourceType: 'AWS::KMS::Key', ResourceName: one.Arn }],
      CloudTrailEvent: expect.any(String) as unknown,
    });
    const record = kms.trail.entries().find((entry) => entry.record.eventID === encrypt.EventId)!.record;
    expect(JSON.parse(encrypt.CloudTrailEvent)).toEqual(JSON.parse(JSON.stringify(record)));
    expect(names((await kms.lookupEvents({}, { region: 'eu-west-1' })).Events)).toEqual(['ListKeys']);
  });

  it('TRAIL-5 filters by each lookup attribute', async () => {
    const { kms, one, two } = await history();
    const events = (await kms.lookupEvents()).Events;
    expect(names(await lookup(kms, 'EventId', events[1]!.EventId))).toEqual(['DescribeKey']);
    expect(names(await lookup(kms, 'EventName', 'CreateKey'))).toEqual(['CreateKey', 'CreateKey']);
    expect(names(await lookup(kms, 'ReadOnly', 'true'))).toEqual(['DescribeKey', 'Encrypt']);
    expect(names(await lookup(kms, 'ReadOnly', 'false'))).toEqual(['DisableKey', 'CreateKey', 'CreateKey']);
    expect(names(await lookup(kms, 'Username', 'Alice'))).toEqual(['DescribeKey', 'CreateKey']);
    expect(names(await lookup(kms, 'Username', 'app-session'))).toEqual(['Encrypt']);
    expect(names(await lookup(kms, 'AccessKeyId', 'AKIAKMSLABADMIN00001'))).toEqual(['DisableKey', 'CreateKey']);
    expect(names(await lookup(kms, 'ResourceType', 'AWS::KMS::Key'))).toHaveLength(5);
    expect(names(await lookup(kms, 'ResourceName', two.Arn))).toEqual(['DisableKey', 'DescribeKey', 'CreateKey']);
    expect(names(await lookup(kms, 'ResourceName', one.KeyId))).toEqual(['Encrypt', 'CreateKey']);
    expect(names(await lookup(kms, 'EventSource', 'kms.amazonaws.com'))).toHaveLength(5);
    expect(await lookup(kms, 'EventSource', 's3.amazonaws.com')).toEqual([]);
  });

  it('TRAIL-5 takes a time range, inclusive, and defaults to the last 90 days', async () => {
    const { kms, clock } = await history();
    const between = await kms.lookupEvents({ StartTime: new Date(START + 60_000), EndTime: new Date(START + 180_000) });
    expect(names(between.Events)).toEqual(['DescribeKey', 'Encrypt', 'CreateKey']);
    clock.advance(90 * DAY_MS - 4 * 60_000);
    expect((await kms.lookupEvents()).Events).toHaveLength(5);
    clock.advance(60_000);
    expect(names((await kms.lookupEvents()).Events)).toEqual(['DisableKey', 'DescribeKey', 'Encrypt', 'CreateKey']);
    expect((await kms.lookupEvents({ StartTime: new Date(START) })).Events).toHaveLength(5);
  });

  it('TRAIL-5 pages 1–50 events at a time with NextToken, covering every event once', async () => {
    const { kms } = await history();
    const all = (await kms.lookupEvents()).Events.map((event) => event.EventId);
    const seen: string[] = [];
    let NextToken: string | undefined;
    let pages = 0;
    do {
      const page = await kms.lookupEvents({ MaxResults: 2, ...(NextToken && { NextToken }) });
      seen.push(...page.Events.map((event) => event.EventId));
      NextToken = page.NextToken;
      pages++;
    } while (NextToken);
    expect(pages).toBe(3);
    expect(seen).toEqual(all);
  });

  it('TRAIL-5 refuses two attributes, a bad range, page size or token with CloudTrail’s exceptions', async () => {
    const { kms } = await history();
    const two = [
      { AttributeKey: 'EventName' as const, AttributeValue: 'Encrypt' },
      { AttributeKey: 'ReadOnly' as const, AttributeValue: 'true' },
    ];
    await expect(kms.lookupEvents({ LookupAttributes: two })).rejects.toMatchObject({ name: 'InvalidLookupAttributesException' });
    await expect(kms.lookupEvents({ StartTime: new Date(START + 1000), EndTime: new Date(START) })).rejects.toMatchObject({ name: 'InvalidTimeRangeException' });
    await expect(kms.lookupEvents({ MaxResults: 0 })).rejects.toMatchObject({ name: 'InvalidMaxResultsException' });
    await expect(kms.lookupEvents({ MaxResults: 51 })).rejects.toMatchObject({ name: 'InvalidMaxResultsException' });
    await expect(kms.lookupEvents({ NextToken: 'forged' })).rejects.toMatchObject({ name: 'InvalidNextTokenException' });
    await expect(kms.lookupEvents({ LookupAttributes: [{ AttributeKey: 'Colour' as 'EventName', AttributeValue: 'x' }] })).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(kms.lookupEvents({ EventCategory: 'insight' })).resolves.toEqual({ Events: [] });
  });

  it('TRAIL-5 KMS-initiated events are found too, at their own dates', async () => {
    const { kms, clock, one } = await history();
    await kms.send('ScheduleKeyDeletion', { KeyId: one.KeyId, PendingWindowInDays: 7 });
    clock.advance(8 * DAY_MS);
    const deletions = await lookup(kms, 'EventName', 'DeleteKey');
    expect(deletions).toHaveLength(1);
    expect(deletions[0]).toMatchObject({ ReadOnly: 'false', EventTime: new Date(START + 240_000 + 7 * DAY_MS), Resources: [{ ResourceName: one.Arn }] });
    expect(deletions[0]).not.toHaveProperty('Username');
  });
});
