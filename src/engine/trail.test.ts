// CloudTrail records (SPEC TRAIL-1 … TRAIL-3): their shape and field order, what each operation
// logs, exactly one per request, and never a secret.

import { describe, expect, it } from 'vitest';
import type { CloudTrailRecord } from './index';
import { ACCOUNT, DAY_MS, START, newKms, utf8 } from '../testing/fixture';
import { findSecrets } from '../testing/secrets';
import { recordEvents } from '../testing/recorders';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ALICE = `arn:aws:iam::${ACCOUNT}:user/Alice`;
const APP_ROLE = `arn:aws:sts::${ACCOUNT}:assumed-role/AppRole/app-session`;
const context = { Department: 'Engineering', Project: 'Alpha' };

const last = (kms: { trail: { entries(): readonly { record: CloudTrailRecord }[] } }) => kms.trail.entries().at(-1)!.record;

const SUCCESS_FIELDS = [
  'eventVersion', 'userIdentity', 'eventTime', 'eventSource', 'eventName', 'awsRegion', 'sourceIPAddress', 'userAgent',
  'requestParameters', 'responseElements', 'additionalEventData', 'requestID', 'eventID', 'readOnly', 'resources',
  'eventType', 'managementEvent', 'recipientAccountId', 'eventCategory', 'tlsDetails',
];

describe('TRAIL-1 the record shape', () => {
  it('TRAIL-1 a successful Encrypt is recorded with AWS’s fields, in AWS’s order', async () => {
    const { kms, clock, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    clock.advance(1234);
    await kms.send('Encrypt', { KeyId, Plaintext: utf8('x'), EncryptionContext: context }, { principal: ALICE, userAgent: 'aws-cli/2.15', sourceIpAddress: '198.51.100.7' });
    const { KeyMetadata } = await kms.send('DescribeKey', { KeyId });
    const record = kms.trail.entries().at(-2)!.record;
    expect(Object.keys(record)).toEqual(SUCCESS_FIELDS);
    expect(record).toEqual({
      eventVersion: '1.11',
      userIdentity: { type: 'IAMUser', principalId: 'AIDAKMSLABALICE00002', arn: ALICE, accountId: ACCOUNT, accessKeyId: 'AKIAKMSLABALICE00002', userName: 'Alice' },
      eventTime: '2026-01-01T00:00:01Z',
      eventSource: 'kms.amazonaws.com',
      eventName: 'Encrypt',
      awsRegion: 'us-east-1',
      sourceIPAddress: '198.51.100.7',
      userAgent: 'aws-cli/2.15',
      requestParameters: { keyId: KeyId, encryptionAlgorithm: 'SYMMETRIC_DEFAULT', encryptionContext: context },
      responseElements: null,
      additionalEventData: { keyMaterialId: (KeyMetadata as { CurrentKeyMaterialId: string }).CurrentKeyMaterialId },
      requestID: expect.stringMatching(UUID) as unknown,
      eventID: expect.stringMatching(UUID) as unknown,
      readOnly: true,
      resources: [{ accountId: ACCOUNT, type: 'AWS::KMS::Key', ARN: Arn }],
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: ACCOUNT,
      eventCategory: 'Management',
      tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256', clientProvidedHostHeader: 'kms.us-east-1.amazonaws.com' },
    });
    expect(record.requestID).not.toBe(record.eventID);
  });

  it('TRAIL-1 a failure adds errorCode and errorMessage after userAgent, and no key material', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    await kms.send('DisableKey', { KeyId });
    await expect(kms.send('Encrypt', { KeyId, Plaintext: utf8('x') })).rejects.toMatchObject({ name: 'DisabledException' });
    const record = last(kms);
    const fields = SUCCESS_FIELDS.filter((field) => field !== 'additionalEventData');
    fields.splice(fields.indexOf('userAgent') + 1, 0, 'errorCode', 'errorMessage');
    expect(Object.keys(record)).toEqual(fields);
    expect(record).toMatchObject({ errorCode: 'DisabledException', errorMessage: `${Arn} is disabled.`, responseElements: null, resources: [{ ARN: Arn }] });
  });

  it('TRAIL-1 a request refused before validation logs no requestParameters; an unknown key names no resource', async () => {
    const { kms } = await newKms();
    await expect(kms.send('Encrypt', { KeyId: 'x', Plaintext: 'not bytes' })).rejects.toMatchObject({ name: 'SerializationException' });
    expect(last(kms)).toMatchObject({ eventName: 'Encrypt', errorCode: 'SerializationException', requestParameters: null });
    await expect(kms.send('DescribeKey', { KeyId: '11111111-2222-4333-8444-555555555555' })).rejects.toMatchObject({ name: 'NotFoundException' });
    expect(last(kms)).toMatchObject({ requestParameters: { keyId: '11111111-2222-4333-8444-555555555555' } });
    expect(last(kms)).not.toHaveProperty('resources');
  });

  it('TRAIL-1 an assumed role is recorded with its session context and user name', async () => {
    const { kms } = await newKms();
    await kms.send('ListKeys', {}, { principal: APP_ROLE });
    expect(last(kms).userIdentity).toMatchObject({
      type: 'AssumedRole',
      arn: APP_ROLE,
      accessKeyId: 'ASIAKMSLABAPPROLE004',
      sessionContext: { sessionIssuer: { type: 'Role', arn: `arn:aws:iam::${ACCOUNT}:role/AppRole`, userName: 'AppRole' } },
    });
  });

  it.each([
    ['Decrypt', (ids: Ids) => ({ CiphertextBlob: ids.blob, EncryptionContext: context }), () => ({ encryptionAlgorithm: 'SYMMETRIC_DEFAULT', encryptionContext: context })],
    ['GenerateDataKey', (ids: Ids) => ({ KeyId: ids.KeyId, KeySpec: 'AES_256', EncryptionContext: context }), (ids: Ids) => ({ keyId: ids.KeyId, keySpec: 'AES_256', encryptionContext: context })],
    ['GenerateDataKeyWithoutPlaintext', (ids: Ids) => ({ KeyId: ids.KeyId, NumberOfBytes: 48 }), (ids: Ids) => ({ keyId: ids.KeyId, numberOfBytes: 48 })],
    [
      'ReEncrypt',
      (ids: Ids) => ({ CiphertextBlob: ids.blob, SourceEncryptionContext: context, DestinationKeyId: ids.KeyId }),
      (ids: Ids) => ({ sourceEncryptionContext: context, destinationKeyId: ids.KeyId, sourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT', destinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT' }),
    ],
    ['GenerateRandom', () => ({ NumberOfBytes: 32 }), () => ({ numberOfBytes: 32 })],
  ])('TRAIL-2 %s logs its parameters (never blobs) and null responseElements', async (operation, input, parameters) => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    const { CiphertextBlob } = await kms.send('Encrypt', { KeyId, Plaintext: utf8('secret'), EncryptionContext: context });
    const ids = { KeyId, blob: CiphertextBlob as Uint8Array };
    await kms.send(operation, input(ids));
    expect(last(kms)).toMatchObject({ eventName: operation, readOnly: true, requestParameters: parameters(ids), responseElements: null });
  });

  it.each([
    ['CreateAlias', (KeyId: string) => ({ AliasName: 'alias/a', TargetKeyId: KeyId }), (KeyId: string) => ({ aliasName: 'alias/a', targetKeyId: KeyId })],
    ['TagResource', (KeyId: string) => ({ KeyId, Tags: [{ TagKey: 'k', TagValue: 'v' }] }), (KeyId: string) => ({ keyId: KeyId, tags: [{ tagKey: 'k', tagValue: 'v' }] })],
    ['EnableKeyRotation', (KeyId: string) => ({ KeyId, RotationPeriodInDays: 90 }), (KeyId: string) => ({ keyId: KeyId, rotationPeriodInDays: 90 })],
    ['GetKeyPolicy', (KeyId: string) => ({ KeyId }), (KeyId: string) => ({ keyId: KeyId, policyName: 'default' })],
  ])('TRAIL-1 %s logs lower-camel requestParameters', async (operation, input, parameters) => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    await kms.send(operation, input(KeyId));
    expect(last(kms)).toMatchObject({ eventName: operation, requestParameters: parameters(KeyId), readOnly: operation === 'GetKeyPolicy' });
    if (operation === 'GetKeyPolicy') expect(last(kms).responseElements).toBeNull();
  });

  it('TRAIL-1 CreateKey logs its keyMetadata with console-formatted dates; ScheduleKeyDeletion its deletion date', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId, Arn } = await createKey({ Description: 'trail' });
    const created = last(kms);
    expect(created).toMatchObject({ eventName: 'CreateKey', readOnly: false, requestParameters: { keyUsage: 'ENCRYPT_DECRYPT', keySpec: 'SYMMETRIC_DEFAULT', description: 'trail' }, resources: [{ ARN: Arn }] });
    expect(created.responseElements).toEqual({
      keyMetadata: {
        aWSAccountId: ACCOUNT,
        keyId: KeyId,
        arn: Arn,
        creationDate: 'Jan 1, 2026, 12:00:00 AM',
        enabled: true,
        description: 'trail',
        keyUsage: 'ENCRYPT_DECRYPT',
        keyState: 'Enabled',
        origin: 'AWS_KMS',
        keyManager: 'CUSTOMER',
        customerMasterKeySpec: 'SYMMETRIC_DEFAULT',
        keySpec: 'SYMMETRIC_DEFAULT',
        encryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
        multiRegion: false,
        currentKeyMaterialId: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
      },
    });
    await kms.send('ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 10 });
    expect(last(kms).responseElements).toEqual({ keyId: Arn, deletionDate: 'Jan 11, 2026, 12:00:00 AM', keyState: 'PendingDeletion', pendingWindowInDays: 10 });
  });
});

interface Ids {
  KeyId: string;
  blob: Uint8Array;
}

describe('TRAIL-1 TRAIL-2 TRAIL-3 what the trail holds', () => {
  it('TRAIL-1 every request, success or failure, writes exactly one record', async () => {
    const { kms, createKey } = await newKms();
    const recorder = recordEvents(kms);
    const { KeyId } = await createKey();
    const requests: Array<[string, Record<string, unknown>]> = [
      ['Encrypt', { KeyId, Plaintext: utf8('a') }],
      ['Encrypt', { KeyId, Plaintext: new Uint8Array(5000) }],
      ['Frobnicate', {}],
      ['DescribeKey', { KeyId: 'alias/none' }],
      ['ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 2 }],
      ['GenerateRandom', { NumberOfBytes: 8 }],
      ['CancelKeyDeletion', { KeyId }],
    ];
    for (const [operation, input] of requests) await kms.send(operation, input).catch(() => undefined);
    const records = kms.trail.entries().map((entry) => entry.record);
    expect(records.map((record) => record.eventName)).toEqual(['CreateKey', ...requests.map(([operation]) => operation)]);
    expect(records.map((record) => record.errorCode ?? 'ok')).toEqual([
      'ok', 'ok', 'ValidationException', 'UnknownOperationException', 'NotFoundException', 'ValidationException', 'ok', 'KMSInvalidStateException',
    ]);
    expect(new Set(records.map((record) => record.requestID)).size).toBe(records.length);
    const recorded = recorder.events.filter((event) => event.type === 'trail.recorded').map((event) => event.eventId);
    expect(recorded).toEqual(records.map((record) => record.eventID));
  });

  it('TRAIL-2 no plaintext, data key or ciphertext appears in any record; the encryption context does, in the clear', async () => {
    const { kms, createKey } = await newKms();
    const a = await createKey();
    const b = await createKey();
    const secrets: Uint8Array[] = [];
    const keep = (bytes: unknown) => secrets.push(bytes as Uint8Array);
    const plaintext = globalThis.crypto.getRandomValues(new Uint8Array(64));
    keep(plaintext);
    const encrypted = await kms.send('Encrypt', { KeyId: a.KeyId, Plaintext: plaintext, EncryptionContext: context });
    keep(encrypted.CiphertextBlob);
    keep((await kms.send('Decrypt', { CiphertextBlob: encrypted.CiphertextBlob, EncryptionContext: context })).Plaintext);
    const reencrypted = await kms.send('ReEncrypt', { CiphertextBlob: encrypted.CiphertextBlob, SourceEncryptionContext: context, DestinationKeyId: b.KeyId });
    keep(reencrypted.CiphertextBlob);
    const dataKey = await kms.send('GenerateDataKey', { KeyId: a.KeyId, KeySpec: 'AES_256', EncryptionContext: context });
    keep(dataKey.Plaintext);
    keep(dataKey.CiphertextBlob);
    keep((await kms.send('GenerateDataKeyWithoutPlaintext', { KeyId: b.KeyId, NumberOfBytes: 64 })).CiphertextBlob);
    keep((await kms.send('GenerateRandom', { NumberOfBytes: 64 })).Plaintext);
    await kms.send('Decrypt', { CiphertextBlob: encrypted.CiphertextBlob }).catch(() => undefined);
    await kms.send('Encrypt', { KeyId: 'alias/none', Plaintext: plaintext }).catch(() => undefined);
    const entries = kms.trail.entries();
    expect(findSecrets(entries, secrets)).toEqual([]);
    expect(findSecrets(JSON.stringify(entries), secrets)).toEqual([]);
    expect(entries.filter((entry) => JSON.stringify(entry.record.requestParameters).includes('"Department":"Engineering"')).length).toBeGreaterThanOrEqual(4);
  });

  it('TRAIL-3 KMS-initiated rotation is an AwsServiceEvent invoked by AWS Internal', async () => {
    const { kms, clock, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    await kms.send('EnableKeyRotation', { KeyId, RotationPeriodInDays: 90 });
    clock.advance(90 * DAY_MS);
    await kms.runDueTasks();
    expect(last(kms)).toMatchObject({
      eventName: 'RotateKey',
      eventType: 'AwsServiceEvent',
      eventTime: new Date(START + 90 * DAY_MS).toISOString().replace('.000Z', 'Z'),
      userIdentity: { accountId: ACCOUNT, invokedBy: 'AWS Internal' },
      sourceIPAddress: 'AWS Internal',
      userAgent: 'AWS Internal',
      readOnly: false,
      requestParameters: null,
      responseElements: null,
      resources: [{ ARN: Arn }],
    });
    expect(last(kms)).not.toHaveProperty('requestID');
  });
});
