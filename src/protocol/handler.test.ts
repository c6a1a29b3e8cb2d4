// The AWS JSON 1.1 handler at the wire, without an SDK: what is accepted, what is refused before the
// engine (and so leaves no CloudTrail record), and how bytes, dates and errors are written.

import { beforeEach, describe, expect, it } from 'vitest';
import { createKms, ManualClock, type Kms } from '../engine/index';
import { callKmsJson, handleWireRequest, type WireRequest, type WireResponse } from './index';

const START = Date.UTC(2026, 10, 29, 12, 0, 0, 125);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
let kms: Kms;

const records = () => kms.trail.entries().length;
const json = (response: WireResponse) => JSON.parse(response.body) as Record<string, unknown>;
const kmsRequest = (target: string | undefined, body: unknown, headers: Record<string, string> = {}): WireRequest => ({
  method: 'POST',
  hostname: 'kms.us-east-1.amazonaws.com',
  headers: { 'content-type': 'application/x-amz-json-1.1', ...(target !== undefined && { 'x-amz-target': target }), ...headers },
  body,
});
const send = (target: string | undefined, body: unknown, headers?: Record<string, string>) => handleWireRequest(kms, kmsRequest(target, body, headers));

async function newKeyId(): Promise<string> {
  return (json(await send('TrentService.CreateKey', '{}'))['KeyMetadata'] as { KeyId: string }).KeyId;
}

/** Asserts an error response in AWS JSON 1.1 form and returns its message. */
function expectError(response: WireResponse, type: string, status = 400): string {
  expect(response.statusCode).toBe(status);
  expect(response.headers['x-amzn-errortype']).toBe(type);
  expect(response.headers['content-type']).toBe('application/x-amz-json-1.1');
  expect(response.headers['x-amzn-requestid']).toMatch(UUID);
  const body = json(response);
  expect(body['__type']).toBe(type);
  expect(typeof body['message']).toBe('string');
  return body['message'] as string;
}

beforeEach(async () => {
  kms = await createKms({ clock: new ManualClock(START) });
});

describe('accepted requests', () => {
  it('answers 200 with JSON, a fresh request id, timestamps as fractional epoch seconds', async () => {
    const first = await send('TrentService.CreateKey', '{"Description":"wire"}');
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/x-amz-json-1.1');
    const metadata = json(first)['KeyMetadata'] as Record<string, unknown>;
    expect(metadata['CreationDate']).toBe(START / 1000);
    const second = await send('TrentService.ListKeys', '{}');
    expect(second.headers['x-amzn-requestid']).toMatch(UUID);
    expect(second.headers['x-amzn-requestid']).not.toBe(first.headers['x-amzn-requestid']);
  });

  it('answers an operation without output with {}', async () => {
    const keyId = await newKeyId();
    const response = await send('TrentService.EnableKey', JSON.stringify({ KeyId: keyId }));
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('{}');
  });

  it('reads header names in any case, and a body given as bytes', async () => {
    const response = await handleWireRequest(kms, {
      hostname: 'KMS.US-EAST-1.AMAZONAWS.COM',
      headers: { 'X-Amz-Target': 'TrentService.CreateKey', Authorization: 'AWS4-HMAC-SHA256 Credential=AKIAKMSLABBOB0000003/20261129/us-east-1/kms/aws4_request, SignedHeaders=host, Signature=00', 'User-Agent': 'curl/8.5' },
      body: new TextEncoder().encode('{}'),
    });
    expect(response.statusCode).toBe(200);
    expect(kms.trail.entries().at(-1)!.record).toMatchObject({ userIdentity: { userName: 'Bob' }, userAgent: 'curl/8.5' });
  });

  it('treats an empty body as {}', async () => {
    expect((await send('TrentService.ListKeys', '')).statusCode).toBe(200);
    expect((await send('TrentService.ListAliases', undefined)).statusCode).toBe(200);
  });

  it('round-trips blobs as base64 and keeps an encryption-context key named __proto__ a key', async () => {
    const keyId = await newKeyId();
    // Written as text: an object literal with __proto__ would set a prototype, not a member.
    const context = '{"__proto__":"not a prototype","constructor":"c","team":"blue"}';
    const encrypted = json(await send('TrentService.Encrypt', `{"KeyId":"${keyId}","Plaintext":"aGVsbG8=","EncryptionContext":${context}}`));
    const blob = encrypted['CiphertextBlob'] as string;
    const decrypted = await send('TrentService.Decrypt', `{"CiphertextBlob":"${blob}","EncryptionContext":${context}}`);
    expect(json(decrypted)['Plaintext']).toBe('aGVsbG8=');
    const without = await send('TrentService.Decrypt', `{"CiphertextBlob":"${blob}","EncryptionContext":{"constructor":"c","team":"blue"}}`);
    expectError(without, 'InvalidCiphertextException');
    expect(({} as Record<string, unknown>)['team']).toBeUndefined();
  });

  it('accepts both CloudTrail targets, and ISO 8601 as well as epoch-second timestamps', async () => {
    await newKeyId();
    const lookup = (target: string, body: string) =>
      handleWireRequest(kms, { hostname: 'cloudtrail.us-east-1.amazonaws.com', headers: { 'x-amz-target': target }, body });
    for (const target of ['CloudTrail_20131101.LookupEvents', 'com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents']) {
      const events = json(await lookup(target, `{"StartTime":"2026-11-29T00:00:00Z","EndTime":${START / 1000 + 1}}`))['Events'] as Array<Record<string, unknown>>;
      expect(events.map((e) => e['EventName'])).toEqual(['CreateKey']);
      expect(events[0]!['EventTime']).toBe(Math.floor(START / 1000));
    }
  });

  it('lets the terminal call by Region and target with callKmsJson', async () => {
    const created = await callKmsJson(kms, { region: 'eu-west-1', target: 'TrentService.CreateKey', body: '{}' });
    expect((json(created)['KeyMetadata'] as { Arn: string }).Arn).toMatch(/^arn:aws:kms:eu-west-1:/);
    const events = await callKmsJson(kms, { region: 'eu-west-1', target: 'CloudTrail_20131101.LookupEvents' });
    expect((json(events)['Events'] as unknown[]).length).toBe(1);
  });
});

describe('refused before the engine, leaving no CloudTrail record', () => {
  const cases: Array<[string, () => Promise<WireResponse>, string, RegExp]> = [
    ['a missing X-Amz-Target', () => send(undefined, '{}'), 'UnknownOperationException', /no X-Amz-Target/],
    ['an operation KMS Lab does not know', () => send('TrentService.CreateGrant', '{}'), 'UnknownOperationException', /TrentService\.CreateGrant/],
    ['another service’s target', () => send('DynamoDB_20120810.ListTables', '{}'), 'UnknownOperationException', /DynamoDB/],
    ['a CloudTrail target at the KMS host', () => send('CloudTrail_20131101.LookupEvents', '{}'), 'UnknownOperationException', /LookupEvents/],
    ['a host that is no KMS or CloudTrail endpoint', () => handleWireRequest(kms, { hostname: 's3.us-east-1.amazonaws.com', headers: { 'x-amz-target': 'TrentService.ListKeys' } }), 'UnknownOperationException', /s3\.us-east-1/],
    ['a Region KMS Lab does not simulate', () => handleWireRequest(kms, { hostname: 'kms.sa-east-1.amazonaws.com', headers: { 'x-amz-target': 'TrentService.ListKeys' } }), 'UnrecognizedClientException', /sa-east-1/],
    ['a body that is not JSON', () => send('TrentService.ListKeys', '{"Limit":'), 'SerializationException', /not valid JSON/],
    ['a JSON body that is not an object', () => send('TrentService.ListKeys', '[1,2]'), 'SerializationException', /JSON object/],
    ['bytes that are not UTF-8', () => send('TrentService.ListKeys', new Uint8Array([0x7b, 0xff, 0x7d])), 'SerializationException', /UTF-8/],
    ['a blob that is not base64', () => send('TrentService.Encrypt', '{"KeyId":"alias/x","Plaintext":"not base64!"}'), 'SerializationException', /'plaintext'.*base64/],
    ['a number where a string belongs', () => send('TrentService.DescribeKey', '{"KeyId":42}'), 'SerializationException', /'keyId'.*a string/],
    ['a string where an integer belongs', () => send('TrentService.ListKeys', '{"Limit":"10"}'), 'SerializationException', /'limit'.*an integer/],
    ['a fraction where an integer belongs', () => send('TrentService.ListKeys', '{"Limit":1.5}'), 'SerializationException', /'limit'/],
    ['a list where a map belongs', () => send('TrentService.Encrypt', '{"KeyId":"k","Plaintext":"AA==","EncryptionContext":["a"]}'), 'SerializationException', /'encryptionContext'.*a map/],
    ['a number as a map value', () => send('TrentService.Encrypt', '{"KeyId":"k","Plaintext":"AA==","EncryptionContext":{"a":1}}'), 'SerializationException', /'encryptionContext\.a\.value'/],
    ['a string where a list belongs', () => send('TrentService.UntagResource', '{"KeyId":"k","TagKeys":"a"}'), 'SerializationException', /'tagKeys'.*a list/],
    ['a timestamp that is no date', () => handleWireRequest(kms, { hostname: 'cloudtrail.us-east-1.amazonaws.com', headers: { 'x-amz-target': 'CloudTrail_20131101.LookupEvents' }, body: '{"StartTime":"yesterday"}' }), 'SerializationException', /'startTime'/],
  ];

  it.each(cases)('%s', async (_name, call, type, message) => {
    await newKeyId();
    const before = records();
    expect(expectError(await call(), type)).toMatch(message);
    expect(records()).toBe(before);
  });

  it('never throws, even for a request that is not an object', async () => {
    const response = await handleWireRequest(kms, null as unknown as WireRequest);
    expectError(response, 'UnknownOperationException');
  });
});

describe('answered by the engine, with exactly one CloudTrail record', () => {
  it('a constraint violation is the engine’s ValidationException', async () => {
    const before = records();
    const message = expectError(await send('TrentService.ListKeys', '{"Limit":0}'), 'ValidationException');
    expect(message).toMatch(/^1 validation error detected: Value '0' at 'limit'/);
    expect(records()).toBe(before + 1);
  });

  it('a server fault is a 500', async () => {
    const broken: Kms = { ...kms, send: () => Promise.reject(new Error('boom')) };
    expectError(await handleWireRequest(broken, kmsRequest('TrentService.ListKeys', '{}')), 'KMSInternalException', 500);
  });
});
