// The real @aws-sdk/client-cloudtrail LookupEvents against the engine's event history, through the
// same sdkRequestHandler as KMS (host cloudtrail.<region>.amazonaws.com). The expected answers are
// worked out from kms.trail.entries(), so every assertion compares the wire against the engine's log.

import { beforeAll, describe, expect, it } from 'vitest';
import {
  CloudTrailClient, type CloudTrailServiceException, InvalidLookupAttributesException, InvalidMaxResultsException,
  InvalidNextTokenException, InvalidTimeRangeException, LookupEventsCommand, type LookupAttributeKey, type LookupEventsCommandInput,
} from '@aws-sdk/client-cloudtrail';
import { CreateAliasCommand, CreateKeyCommand, DecryptCommand, DescribeKeyCommand, EncryptCommand, KMSClient } from '@aws-sdk/client-kms';
import { createKms, ManualClock, type CloudTrailRecord, type Kms } from '../engine/index';
import { sdkRequestHandler } from './index';

const ALICE = 'AKIAKMSLABALICE00002';
const BOB = 'AKIAKMSLABBOB0000003';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.UTC(2026, 6, 1);

let kms: Kms;
let clock: ManualClock;
let keyArn: string;
let keyId: string;

const credentials = (accessKeyId: string) => ({ accessKeyId, secretAccessKey: 'kms-lab-does-not-check-signatures' });
const kmsClient = (accessKeyId: string, region = 'us-east-1') =>
  new KMSClient({ region, credentials: credentials(accessKeyId), requestHandler: sdkRequestHandler(kms), maxAttempts: 1 });
const trailClient = (region = 'us-east-1') =>
  new CloudTrailClient({ region, credentials: credentials(BOB), requestHandler: sdkRequestHandler(kms), maxAttempts: 1 });

/** Every page of a lookup, followed through NextToken. */
async function lookupAll(input: LookupEventsCommandInput, region = 'us-east-1') {
  const client = trailClient(region);
  const events = [];
  let token: string | undefined;
  do {
    const page = await client.send(new LookupEventsCommand({ ...input, ...(token && { NextToken: token }) }));
    events.push(...page.Events!);
    token = page.NextToken;
  } while (token);
  return events;
}

/** The oracle: the engine's us-east-1 records within the default 90 days, newest first, by event id. */
function expectedIds(filter: (record: CloudTrailRecord) => boolean, from = clock.now() - 90 * DAY): string[] {
  return kms.trail
    .entries()
    .filter(({ record }) => record.awsRegion === 'us-east-1' && Date.parse(record.eventTime) >= from && filter(record))
    .reverse()
    .map(({ record }) => record.eventID);
}

async function failure(promise: Promise<unknown>): Promise<CloudTrailServiceException> {
  try {
    await promise;
  } catch (error) {
    return error as CloudTrailServiceException;
  }
  throw new Error('expected the call to fail');
}

beforeAll(async () => {
  clock = new ManualClock(START);
  kms = await createKms({ clock });
  const alice = kmsClient(ALICE);
  // One event 100 days back: outside the default 90-day window, inside an explicit one.
  const { KeyMetadata } = await alice.send(new CreateKeyCommand({ Description: 'trail' }));
  keyArn = KeyMetadata!.Arn!;
  keyId = KeyMetadata!.KeyId!;
  clock.advance(100 * DAY);
  await alice.send(new CreateAliasCommand({ AliasName: 'alias/trail', TargetKeyId: keyId }));
  for (let i = 0; i < 4; i++) {
    clock.advance(HOUR);
    const { CiphertextBlob } = await alice.send(new EncryptCommand({ KeyId: 'alias/trail', Plaintext: new Uint8Array([i + 1]) }));
    clock.advance(HOUR);
    await kmsClient(BOB).send(new DecryptCommand({ CiphertextBlob }));
  }
  await kmsClient(BOB).send(new DescribeKeyCommand({ KeyId: 'alias/missing' })).catch(() => undefined);
  await kmsClient(ALICE, 'eu-west-1').send(new CreateKeyCommand({}));
});

describe('LookupEvents through @aws-sdk/client-cloudtrail', () => {
  it('returns the last 90 days of the Region, newest first, with EventTime a Date', async () => {
    const events = await lookupAll({});
    expect(events.map((e) => e.EventId)).toEqual(expectedIds(() => true));
    // CreateAlias, four Encrypt, four Decrypt and one failed DescribeKey; CreateKey is 100 days old.
    expect(events).toHaveLength(10);
    expect(events[0]!.EventTime).toBeInstanceOf(Date);
    expect(events.every((e, i) => i === 0 || e.EventTime!.getTime() <= events[i - 1]!.EventTime!.getTime())).toBe(true);
  });

  it("carries each record as CloudTrailEvent JSON, equal to the engine's record", async () => {
    const [event] = await lookupAll({ LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'CreateAlias' }] });
    const record = kms.trail.entries().find((entry) => entry.record.eventID === event!.EventId)!.record;
    expect(JSON.parse(event!.CloudTrailEvent!)).toEqual(record);
    expect(event).toMatchObject({ EventName: 'CreateAlias', Username: 'Alice', AccessKeyId: ALICE, ReadOnly: 'false', EventSource: 'kms.amazonaws.com' });
    expect(event!.EventTime).toEqual(new Date(record.eventTime));
    expect(event!.Resources).toEqual([{ ResourceType: 'AWS::KMS::Key', ResourceName: keyArn }]);
  });

  const someDecrypt = () => expectedIds((r) => r.eventName === 'Decrypt')[1]!;
  const byAttribute: Array<[LookupAttributeKey, () => string, (record: CloudTrailRecord) => boolean]> = [
    ['EventId', someDecrypt, (r) => r.eventID === someDecrypt()],
    ['EventName', () => 'Encrypt', (r) => r.eventName === 'Encrypt'],
    ['ReadOnly', () => 'false', (r) => !r.readOnly],
    ['Username', () => 'Bob', (r) => r.userIdentity['userName'] === 'Bob'],
    ['ResourceType', () => 'AWS::KMS::Key', (r) => (r.resources ?? []).length > 0],
    ['ResourceName', () => keyArn, (r) => (r.resources ?? []).some((res) => res.ARN === keyArn)],
    ['EventSource', () => 'kms.amazonaws.com', () => true],
    ['AccessKeyId', () => ALICE, (r) => r.userIdentity['accessKeyId'] === ALICE],
  ];

  it.each(byAttribute)('filters by the %s lookup attribute', async (key, value, filter) => {
    const events = await lookupAll({ LookupAttributes: [{ AttributeKey: key, AttributeValue: value() }] });
    const expected = expectedIds(filter);
    expect(expected.length).toBeGreaterThan(0);
    expect(events.map((e) => e.EventId)).toEqual(expected);
  });

  it('selects by StartTime and EndTime, reaching back past the default 90 days', async () => {
    const all = await lookupAll({ StartTime: new Date(START), EndTime: new Date(clock.now()) });
    expect(all.map((e) => e.EventId)).toEqual(expectedIds(() => true, START));
    expect(all.at(-1)!.EventName).toBe('CreateKey');
    const from = START + 100 * DAY + 2 * HOUR;
    const to = START + 100 * DAY + 5 * HOUR;
    const window = await lookupAll({ StartTime: new Date(from), EndTime: new Date(to) });
    const inWindow = (r: CloudTrailRecord) => Date.parse(r.eventTime) <= to;
    expect(window.map((e) => e.EventId)).toEqual(expectedIds(inWindow, from));
    expect(window.map((e) => e.EventName)).toEqual(['Encrypt', 'Decrypt', 'Encrypt', 'Decrypt']);
  });

  it('pages with MaxResults and NextToken, each event once', async () => {
    const client = trailClient();
    const first = await client.send(new LookupEventsCommand({ MaxResults: 3 }));
    expect(first.Events).toHaveLength(3);
    expect(first.NextToken).toEqual(expect.any(String));
    const paged = await lookupAll({ MaxResults: 3 });
    expect(paged.map((e) => e.EventId)).toEqual(expectedIds(() => true));
    const last = await client.send(new LookupEventsCommand({ MaxResults: 50 }));
    expect(last.NextToken).toBeUndefined();
  });

  it('keeps each Region to its own history', async () => {
    const events = await lookupAll({}, 'eu-west-1');
    expect(events.map((e) => e.EventName)).toEqual(['CreateKey']);
    expect(JSON.parse(events[0]!.CloudTrailEvent!)).toMatchObject({ awsRegion: 'eu-west-1' });
  });
});

describe('LookupEvents errors through @aws-sdk/client-cloudtrail', () => {
  it('refuses two lookup attributes with InvalidLookupAttributesException', async () => {
    const error = await failure(trailClient().send(new LookupEventsCommand({
      LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'Encrypt' }, { AttributeKey: 'Username', AttributeValue: 'Alice' }],
    })));
    expect(error).toBeInstanceOf(InvalidLookupAttributesException);
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it.each([0, 51])('refuses MaxResults %i with InvalidMaxResultsException', async (maxResults) => {
    expect(await failure(trailClient().send(new LookupEventsCommand({ MaxResults: maxResults })))).toBeInstanceOf(InvalidMaxResultsException);
  });

  it('refuses a forged NextToken with InvalidNextTokenException', async () => {
    expect(await failure(trailClient().send(new LookupEventsCommand({ NextToken: 'not-a-token' })))).toBeInstanceOf(InvalidNextTokenException);
  });

  it('refuses a StartTime after the EndTime with InvalidTimeRangeException', async () => {
    const error = await failure(trailClient().send(new LookupEventsCommand({ StartTime: new Date(START + DAY), EndTime: new Date(START) })));
    expect(error).toBeInstanceOf(InvalidTimeRangeException);
    expect(error.$fault).toBe('client');
  });

  it('adds no record to the KMS trail for a lookup', async () => {
    const before = kms.trail.entries().length;
    await trailClient().send(new LookupEventsCommand({}));
    expect(kms.trail.entries()).toHaveLength(before);
  });
});
