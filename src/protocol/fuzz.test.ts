// 10,000 seeded random and malformed requests through sdkRequestHandler. Each request carries its own
// expectation, worked out from how it was built (not by asking the handler): which check refuses it
// before the engine, or that it reaches kms.send. Then for every request:
//   - the handler resolves (never rejects) with AWS JSON 1.1: 200 and a JSON object, or 400/500 and
//     {__type, message} with a known AWS exception name;
//   - a request refused before the engine adds no CloudTrail record; one that reaches kms.send adds
//     exactly one, named after its operation (LookupEvents adds none);
//   - a failed request writes nothing to storage (all of them), and a failed mutating request leaves
//     the observable state of its Region (keys, policies, tags, rotations, aliases) as it was (every
//     third one: reading the state back costs ~20 requests and CloudTrail records each time).

import * as cloudTrailSdk from '@aws-sdk/client-cloudtrail';
import * as kmsSdk from '@aws-sdk/client-kms';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKms, LOOKUP_EVENTS_MEMBERS, ManualClock, MemoryStorage, operationMembers, toBase64, type Kms, type Shape, type StorageBatch } from '../engine/index';
import { sdkRequestHandler, type WireRequest } from './index';

const SEED = 20261129;
const RUNS = 10_000;
const START = Date.UTC(2026, 10, 1);
type Expectation = 'engine' | 'lookup' | 'bad-host' | 'bad-region' | 'bad-target' | 'bad-body';
const REFUSAL: Record<Exclude<Expectation, 'engine' | 'lookup'>, string> = {
  'bad-host': 'UnknownOperationException', 'bad-region': 'UnrecognizedClientException', 'bad-target': 'UnknownOperationException', 'bad-body': 'SerializationException',
};
// Known names: the exceptions the real KMS and CloudTrail SDKs model, AWS's common errors, and
// NotAuthorizedException, which the engine gives for the reserved alias/aws/ prefix as local-kms does.
const KNOWN_EXCEPTIONS = new Set([
  ...[...Object.keys(kmsSdk), ...Object.keys(cloudTrailSdk)].filter((name) => name.endsWith('Exception') && !name.endsWith('ServiceException')),
  'AccessDeniedException', 'SerializationException', 'ThrottlingException', 'UnknownOperationException', 'UnrecognizedClientException', 'ValidationException',
  'NotAuthorizedException',
]);
const MUTATING = new Set(['CreateKey', 'UpdateKeyDescription', 'EnableKey', 'DisableKey', 'ScheduleKeyDeletion', 'CancelKeyDeletion', 'CreateAlias', 'UpdateAlias', 'DeleteAlias', 'EnableKeyRotation', 'DisableKeyRotation', 'RotateKeyOnDemand', 'TagResource', 'UntagResource', 'PutKeyPolicy']);
const ADMIN = 'AKIAKMSLABADMIN00001';
const UNKNOWN_KEY = 'AKIANOBODYKNOWSTHIS1';
const ACCESS_KEYS = [ADMIN, 'AKIAKMSLABALICE00002', 'AKIAKMSLABBOB0000003', 'ASIAKMSLABAPPROLE004', UNKNOWN_KEY];

/** Storage that counts state writes (keys, aliases), so a failed request can be shown to write none. */
class CountingStorage extends MemoryStorage {
  stateWrites = 0;
  override commit(batch: StorageBatch) {
    this.stateWrites += batch.put.filter(([path]) => !path.startsWith('meta/')).length + batch.delete.length;
    return super.commit(batch);
  }
}

interface Fixture { keys: string[]; arns: string[]; aliases: string[]; ciphertexts: string[]; euArn: string }
/** `caller` is the access key id of the identity the trail must name. */
interface Case { request: WireRequest; expectation: Expectation; operation: string; region: string; caller: string }

const w = <T,>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });
const json = (value: unknown) => JSON.stringify(value);
const notAws = fc.string({ maxLength: 40 }).filter((s) => !/amazonaws|TrentService|CloudTrail/i.test(s));

function arbitraries(kms: Kms, f: Fixture) {
  // Mostly names that resolve (key IDs and ARNs more than aliases, which management operations refuse).
  const keyRef = fc.oneof(
    w(10, fc.constantFrom(...f.keys, ...f.keys, ...f.arns)),
    w(2, fc.constantFrom(...f.aliases, ...f.aliases.map((a) => `arn:aws:kms:us-east-1:111122223333:${a}`))),
    w(1, fc.constantFrom(f.euArn, '00000000-0000-4000-8000-000000000000', 'alias/missing', 'alias/aws/ebs', '')),
    w(1, notAws),
  );
  const policy = json({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }] });
  const mapKey = fc.oneof(w(4, fc.string({ minLength: 1, maxLength: 8 })), w(1, fc.constantFrom('__proto__', 'constructor', 'toString')));
  const byName: Record<string, fc.Arbitrary<unknown>> = {
    KeyId: keyRef, TargetKeyId: keyRef, DestinationKeyId: keyRef,
    AliasName: fc.oneof(fc.constantFrom(...f.aliases, 'alias/aws/reserved'), fc.stringMatching(/^alias\/fz-[a-z0-9]{1,8}$/), notAws),
    Policy: fc.oneof(w(3, fc.constant(policy)), w(1, fc.string({ maxLength: 30 }))),
    PolicyName: fc.constantFrom('default', 'other'),
    CiphertextBlob: fc.oneof(w(3, fc.constantFrom(...f.ciphertexts)), w(1, fc.uint8Array({ maxLength: 200 }).map(toBase64))),
    Plaintext: fc.oneof(w(9, fc.uint8Array({ minLength: 1, maxLength: 4096 })), w(1, fc.uint8Array({ maxLength: 5000 }))).map(toBase64),
    PendingWindowInDays: fc.oneof(w(4, fc.integer({ min: 7, max: 30 })), w(1, fc.integer({ min: 0, max: 400 }))),
  };
  // Enum values KMS Lab simulates; other values of the model's enums are refused as unsupported.
  const SIMULATED = new Set(['SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT', 'AWS_KMS', 'AES_256', 'AES_128', 'ALL_KEY_MATERIAL', 'ROTATIONS_ONLY']);
  // Optional members appear a quarter of the time; those that mostly lead to one refusal (Nitro
  // Enclaves, custom key stores, grant tokens, pagination markers) one time in twenty.
  const RARE = new Set(['Recipient', 'CustomKeyStoreId', 'XksKeyId', 'DryRunModifiers', 'MultiRegion', 'GrantTokens', 'Marker']);
  const sometimes = (arbitrary: fc.Arbitrary<unknown>, name: string) => fc.oneof(w(RARE.has(name) ? 19 : 3, fc.constant(undefined)), w(1, arbitrary));
  const valueOf = (shape: Shape, name: string): fc.Arbitrary<unknown> => {
    if (byName[name]) return byName[name];
    switch (shape.type) {
      case 'string': {
        if (!shape.enum) return fc.string({ maxLength: 24 });
        const simulated = shape.enum.filter((value) => SIMULATED.has(value));
        const anyValue = w(simulated.length > 0 ? 2 : 10, fc.constantFrom(...shape.enum));
        return simulated.length > 0 ? fc.oneof(w(8, fc.constantFrom(...simulated)), anyValue, w(1, notAws)) : fc.oneof(anyValue, w(1, notAws));
      }
      case 'blob': return fc.uint8Array({ maxLength: 64 }).map(toBase64);
      case 'integer': return fc.oneof(w(9, fc.integer({ min: shape.min ?? 1, max: Math.min(shape.max ?? 100, 2000) })), w(1, fc.integer()));
      case 'boolean': return fc.oneof(w(4, fc.constant(false)), w(1, fc.constant(true)));
      case 'timestamp': return fc.integer({ min: START / 1000 - 200 * 86400, max: START / 1000 + 86400 });
      case 'list': return fc.array(valueOf(shape.member, ''), { maxLength: name === 'LookupAttributes' ? 2 : 4 });
      case 'map': return fc.array(fc.tuple(mapKey, fc.string({ maxLength: 8 })), { maxLength: 3 }).map((entries) => Object.fromEntries(entries));
      case 'structure': return structureOf(shape.members);
    }
  };
  const structureOf = (members: Record<string, Shape & { required?: boolean }>) =>
    fc.record(Object.fromEntries(Object.entries(members).map(([name, shape]) => [name, shape.required ? fc.oneof(w(49, valueOf(shape, name)), w(1, fc.constant(undefined))) : sometimes(valueOf(shape, name), name)])));
  // A JSON value whose type the member's shape cannot take (null is not one: it means "absent").
  const mismatchOf = (shape: Shape): fc.Arbitrary<unknown> => {
    const scalar = fc.oneof(fc.integer(), fc.boolean(), fc.constant([1]), fc.constant({ a: 1 }));
    if (shape.type === 'string') return scalar;
    if (shape.type === 'blob') return fc.oneof(scalar, fc.constantFrom('not base64!', 'abcde', '%%%%', 'ÿÿÿÿ'));
    if (shape.type === 'integer') return fc.oneof(fc.constantFrom('7', 1.5, true, [7], { n: 7 }));
    if (shape.type === 'boolean') return fc.constantFrom('true', 0, 1, [], {});
    if (shape.type === 'timestamp') return fc.constantFrom('yesterday', true, [], {}, '2026-13-45T99:99:99Z');
    if (shape.type === 'list') return fc.constantFrom('a', 1, { a: 1 }, [[[[]]]], [1]);
    if (shape.type === 'map') return fc.constantFrom('a', 1, [], true, { k: 1 }, { k: ['v'] });
    return fc.constantFrom('a', 1, [], true);
  };

  const bodyFor = (operation: string): fc.Arbitrary<{ body: string | Uint8Array | undefined; ok: boolean }> => {
    const members = (operation === 'LookupEvents' ? LOOKUP_EVENTS_MEMBERS : operationMembers(operation)) ?? {};
    const names = Object.keys(members);
    const valid = structureOf(members);
    const withMember = (name: string, value: fc.Arbitrary<unknown>) => fc.tuple(valid, value).map(([obj, v]) => json({ ...obj, [name]: v }));
    const choices = [
      w(60, valid.map((obj) => ({ body: json(obj), ok: true }))),
      w(5, valid.map((obj) => ({ body: new TextEncoder().encode(json(obj)), ok: true }))),
      w(4, fc.dictionary(fc.string({ maxLength: 12 }).filter((k) => !Object.hasOwn(members, k)), fc.jsonValue({ maxDepth: 3 })).map((obj) => ({ body: json(obj), ok: true }))),
      w(3, valid.map((obj) => ({ body: `{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}${json(obj) === '{}' ? '}' : `,${json(obj).slice(1)}`}`, ok: true }))),
      w(3, fc.jsonValue({ maxDepth: 2 }).filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)).map((v) => ({ body: json(v), ok: false }))),
      w(4, fc.oneof(notAws.filter((s) => s !== '' && !isJson(s)), valid.map((obj) => json(obj).slice(0, -1))).map((body) => ({ body, ok: false }))),
      w(2, fc.uint8Array({ maxLength: 100 }).map((bytes) => ({ body: Uint8Array.of(0xff, ...bytes), ok: false }))),
      w(2, fc.constantFrom('', undefined).map((body) => ({ body, ok: true }))),
      w(2, fc.tuple(fc.integer({ min: 1000, max: 20000 }), fc.boolean()).map(([depth, known]) => ({ body: `{"${known && names[0] ? names[0] : 'Junk'}":${'['.repeat(depth)}${']'.repeat(depth)}}`, ok: !(known && names[0]) }))),
    ];
    const strings = names.filter((n) => members[n]!.type === 'string');
    if (strings.length > 0) choices.push(w(3, fc.tuple(fc.constantFrom(...strings), fc.string({ minLength: 1, maxLength: 3 }), fc.integer({ min: 16_000, max: 64_000 })).chain(([name, unit, n]) => withMember(name, fc.constant(unit.repeat(n)).map((s) => s.slice(0, n)))).map((body) => ({ body, ok: true }))));
    if (names.length > 0) choices.push(w(12, fc.constantFrom(...names).chain((name) => withMember(name, mismatchOf(members[name]!))).map((body) => ({ body, ok: false }))));
    return fc.oneof(...choices);
  };

  const region = fc.oneof(w(17, fc.constant('us-east-1')), w(1, fc.constantFrom('eu-west-1', 'us-west-2', 'ap-southeast-2')));
  const hostFor = (service: 'kms' | 'cloudtrail') => fc.oneof(
    w(85, fc.tuple(fc.constantFrom(service, `${service}-fips`), region, fc.constantFrom('', ':443'), fc.boolean()).map(([name, r, port, upper]) => {
      const host = `${name}.${r}.amazonaws.com${port}`;
      return { host: upper ? host.toUpperCase() : host, region: r, fault: undefined };
    })),
    w(3, fc.constant({ host: `${service === 'kms' ? 'cloudtrail' : 'kms'}.us-east-1.amazonaws.com`, region: 'us-east-1', fault: 'bad-target' as const })),
    w(2, fc.constantFrom('sa-east-1', 'ca-central-1', 'us-gov-west-1').map((r) => ({ host: `${service}.${r}.amazonaws.com`, region: r, fault: 'bad-region' as const }))),
    w(3, fc.oneof(notAws, fc.constantFrom('s3.us-east-1.amazonaws.com', 'kms.amazonaws.com', 'example.com')).map((host) => ({ host, region: '', fault: 'bad-host' as const }))),
  );
  const badTarget = fc.oneof(fc.constantFrom(undefined, '', 'TrentService.', 'trentservice.Encrypt', 'TrentService.encrypt', 'TrentService.CreateGrant', 'TrentService.Sign', 'TrentService.Encrypt.Extra', 'DynamoDB_20120810.ListTables', 'CloudTrail_20131101.CreateTrail'), notAws.filter((s) => s !== ''));
  const operation = fc.oneof(w(97, fc.constantFrom(...kms.operations)), w(3, fc.constant('LookupEvents')));

  return operation.chain((op) => {
    const service = op === 'LookupEvents' ? 'cloudtrail' : 'kms';
    const target = service === 'kms' ? fc.constant(`TrentService.${op}`) : fc.constantFrom('CloudTrail_20131101.LookupEvents', 'com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents');
    return fc.record({
      host: hostFor(service),
      target: fc.oneof(w(94, target.map((t) => ({ t, ok: true }))), w(6, badTarget.map((t) => ({ t, ok: false })))),
      body: bodyFor(op),
      targetHeader: fc.constantFrom('x-amz-target', 'X-Amz-Target', 'X-AMZ-TARGET'),
      accessKey: fc.option(fc.constantFrom(...ACCESS_KEYS)),
      userAgent: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
    }).map(({ host, target, body, targetHeader, accessKey, userAgent }): Case => {
      const expectation: Expectation = host.fault === 'bad-host' || host.fault === 'bad-region' ? host.fault
        : host.fault === 'bad-target' || !target.ok ? 'bad-target' : !body.ok ? 'bad-body' : service === 'kms' ? 'engine' : 'lookup';
      const headers: Record<string, string> = { 'content-type': 'application/x-amz-json-1.1' };
      if (target.t !== undefined) headers[targetHeader] = target.t;
      if (accessKey) headers['authorization'] = `AWS4-HMAC-SHA256 Credential=${accessKey}/20261101/us-east-1/kms/aws4_request, SignedHeaders=host, Signature=00`;
      if (userAgent !== undefined) headers['user-agent'] = userAgent;
      // An access key no identity owns, or none, falls back to the engine's default caller (Admin).
      const caller = accessKey && accessKey !== UNKNOWN_KEY ? accessKey : ADMIN;
      return { request: { method: 'POST', hostname: host.host, headers, body: body.body }, expectation, operation: op, region: host.region, caller };
    });
  });
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

async function seed(kms: Kms): Promise<Fixture> {
  const send = (operation: string, input: Record<string, unknown>, region = 'us-east-1') => kms.send(operation, input, { region });
  const created = [];
  for (let i = 0; i < 4; i++) created.push(((await send('CreateKey', { Description: `fuzz ${i}` })) as { KeyMetadata: { KeyId: string; Arn: string } }).KeyMetadata);
  await send('CreateAlias', { AliasName: 'alias/fuzz-a', TargetKeyId: created[0]!.KeyId });
  await send('CreateAlias', { AliasName: 'alias/fuzz-b', TargetKeyId: created[1]!.KeyId });
  await send('TagResource', { KeyId: created[0]!.KeyId, Tags: [{ TagKey: 'team', TagValue: 'fuzz' }] });
  await send('EnableKeyRotation', { KeyId: created[1]!.KeyId });
  await send('DisableKey', { KeyId: created[2]!.KeyId });
  await send('ScheduleKeyDeletion', { KeyId: created[3]!.KeyId, PendingWindowInDays: 30 });
  const blob = async (keyId: string, context?: Record<string, string>) =>
    toBase64(((await send('Encrypt', { KeyId: keyId, Plaintext: new Uint8Array([1, 2, 3]), ...(context && { EncryptionContext: context }) })) as { CiphertextBlob: Uint8Array }).CiphertextBlob);
  const ciphertexts = [await blob(created[0]!.KeyId, { app: 'fuzz' }), await blob(created[1]!.KeyId), await blob(created[0]!.KeyId)];
  const eu = ((await send('CreateKey', {}, 'eu-west-1')) as { KeyMetadata: { Arn: string } }).KeyMetadata;
  return { keys: created.map((k) => k.KeyId), arns: created.map((k) => k.Arn), aliases: ['alias/fuzz-a', 'alias/fuzz-b'], ciphertexts, euArn: eu.Arn };
}

/** What a caller can see of a Region's state: every key's metadata, policy, tags and rotations, and the aliases. */
async function observableState(kms: Kms, region: string, keys: readonly string[]): Promise<string> {
  const call = (operation: string, input: Record<string, unknown>) =>
    kms.send(operation, input, { region }).catch((error: Error) => ({ error: error.name }));
  const seen: unknown[] = [await call('ListKeys', { Limit: 1000 })];
  let marker: string | undefined;
  do {
    const page = (await call('ListAliases', { Limit: 100, ...(marker && { Marker: marker }) })) as { NextMarker?: string };
    seen.push(page);
    marker = page.NextMarker;
  } while (marker);
  for (const KeyId of keys) {
    for (const operation of ['DescribeKey', 'GetKeyPolicy', 'ListResourceTags', 'GetKeyRotationStatus']) seen.push(await call(operation, { KeyId }));
    seen.push(await call('ListKeyRotations', { KeyId, IncludeKeyMaterial: 'ALL_KEY_MATERIAL', Limit: 1000 }));
  }
  return JSON.stringify(seen, (_name, value: unknown) => (value instanceof Uint8Array ? toBase64(value) : value));
}

describe('10,000 random and malformed requests through sdkRequestHandler', () => {
  it('always answer in AWS JSON 1.1, record exactly the requests that reach KMS, and fail without changing state', { timeout: 120_000 }, async () => {
    const clock = new ManualClock(START);
    const storage = new CountingStorage();
    const kms = await createKms({ clock, storage });
    const fixture = await seed(kms);
    const handler = sdkRequestHandler(kms);
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).join();
    const observed = new Map<string, { at: number; state: string }>();
    const tally = new Map<string, number>();
    const count = (label: string) => tally.set(label, (tally.get(label) ?? 0) + 1);
    // Generated in slices so that the large bodies of one slice can be collected before the next.
    for (let slice = 0; slice < RUNS / 500; slice++) {
      const cases = fc.sample(arbitraries(kms, fixture), { seed: SEED + slice, numRuns: 500 });
      for (const [n, c] of cases.entries()) {
        const index = slice * 500 + n;
        // Reading a Region's state back costs ~20 requests, so every third mutating request is watched.
        const watched = c.expectation === 'engine' && MUTATING.has(c.operation) && index % 3 === 0;
        const keys = c.region === 'us-east-1' ? fixture.keys : [];
        // The state before a mutating request: remembered from the last look unless a request changed it since.
        if (watched && !observed.has(c.region)) observed.set(c.region, { at: index, state: await observableState(kms, c.region, keys) });
        const records = kms.trail.entries().length;
        const writes = storage.stateWrites;
        try {
          const raw = await handler.handle(c.request).catch((error: unknown) => expect.fail(`the handler rejected: ${String(error)}`));
          const { statusCode, headers } = raw.response;
          const body = JSON.parse(new TextDecoder().decode(raw.response.body)) as Record<string, unknown>;
          expect(headers['content-type']).toBe('application/x-amz-json-1.1');
          expect(headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
          expect(typeof body === 'object' && body !== null && !Array.isArray(body)).toBe(true);
          const type = statusCode === 200 ? undefined : (body['__type'] as string);
          if (type !== undefined) {
            expect([400, 500]).toContain(statusCode);
            expect(KNOWN_EXCEPTIONS.has(type), `unknown exception ${type}`).toBe(true);
            expect(typeof body['message']).toBe('string');
            expect(headers['x-amzn-errortype']).toBe(type);
            expect(statusCode === 500).toBe(['KMSInternalException', 'DependencyTimeoutException', 'KeyUnavailableException'].includes(type));
            expect(storage.stateWrites, 'a failed request wrote state').toBe(writes);
          } else {
            expect(statusCode).toBe(200);
          }
          count(`${c.expectation} ${type ?? 'OK'}`);
          if (type === undefined && MUTATING.has(c.operation)) count('mutations');
          const added = kms.trail.entries().slice(records);
          if (c.expectation === 'engine') {
            expect(['SerializationException', 'UnknownOperationException', 'UnrecognizedClientException']).not.toContain(type);
            expect(added.map(({ record }) => [record.eventName, record.errorCode, record.awsRegion, record.userIdentity['accessKeyId']])).toEqual([[c.operation, type, c.region, c.caller]]);
          } else {
            expect(added).toHaveLength(0);
            if (c.expectation !== 'lookup') expect(type).toBe(REFUSAL[c.expectation]);
          }
          if (watched && type !== undefined) {
            // No mutation succeeded since `at`, so any difference is this failed request's, or an unwatched one's after `at`.
            const before = observed.get(c.region)!;
            expect(await observableState(kms, c.region, keys), `state changed by a failed request since #${before.at}`).toBe(before.state);
          } else if (type === undefined && MUTATING.has(c.operation)) {
            observed.clear();
          }
        } catch (error) {
          const body = typeof c.request.body === 'string' ? c.request.body.slice(0, 300) : String(c.request.body).slice(0, 100);
          throw new Error(`request #${index} (${c.operation}, ${c.expectation}) to ${c.request.hostname} ${JSON.stringify(c.request.headers)} ${body}\n${(error as Error).message}`, { cause: error });
        }
        clock.advance(1000);
      }
    }
    expect(Object.getOwnPropertyNames(Object.prototype).join()).toBe(prototypeBefore);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((await kms.trail.verify()).valid).toBe(true);
    const total = (prefix: string) => [...tally].filter(([label]) => label.startsWith(prefix)).reduce((sum, [, n]) => sum + n, 0);
    expect(total('engine OK')).toBeGreaterThan(1500);
    expect(total('mutations')).toBeGreaterThan(500);
    for (const expectation of ['engine', 'lookup', 'bad-host', 'bad-region', 'bad-target', 'bad-body']) expect(total(expectation)).toBeGreaterThan(50);
  });
});
