// The event stream (kms.events): what happens inside each request, in order, with sizes and kinds
// of what crossed the HSM boundary and never the bytes (REQ-3 for the authorize step).

import { describe, expect, it } from 'vitest';
import type { EngineEvent } from './index';
import { START, flipped, newKms, utf8 } from '../testing/fixture';
import { recordEvents } from '../testing/recorders';
import { byteArraysIn, findSecrets } from '../testing/secrets';

const typesOf = (events: EngineEvent[]) =>
  events.map((event) => (event.type === 'hsm.message' ? `hsm.message:${event.direction}` : event.type));

describe('events', () => {
  it('REQ-3 an Encrypt shows every stage in order, with the authorize decision and what crossed the boundary', async () => {
    const { kms, clock, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    const recorder = recordEvents(kms);
    clock.advance(5000);
    const context = { Department: 'Engineering' };
    await kms.send('Encrypt', { KeyId, Plaintext: new Uint8Array(100), EncryptionContext: context });
    const { events } = recorder;
    expect(typesOf(events)).toEqual([
      'request.received',
      'request.routed',
      'request.validated',
      'request.authorized',
      'key.resolved',
      'hsm.message:to-hsm',
      'hsm.message:from-hsm',
      'storage.write',
      'trail.recorded',
      'request.succeeded',
    ]);
    const record = kms.trail.entries().at(-1)!.record;
    expect(new Set(events.map((event) => event.requestId))).toEqual(new Set([record.requestID]));
    expect(events.every((event) => event.time === START + 5000 && event.region === 'us-east-1')).toBe(true);
    const byType: Record<string, EngineEvent> = Object.fromEntries(events.map((event, i) => [typesOf(events)[i]!, event]));
    expect(byType['request.received']).toMatchObject({ operation: 'Encrypt', principal: 'arn:aws:iam::111122223333:user/Admin', parameters: { KeyId, Plaintext: { bytes: 100 }, EncryptionContext: context } });
    expect(byType['request.authorized']).toMatchObject({ action: 'kms:Encrypt', decision: 'Allow', reason: expect.stringContaining('Admin') as unknown });
    expect(byType['key.resolved']).toMatchObject({ keyId: KeyId, keyArn: Arn, via: 'key-id', keyState: 'Enabled' });
    expect(byType['hsm.message:to-hsm']).toMatchObject({
      hsmOperation: 'Encrypt',
      payload: [
        { kind: 'key-token', bytes: 61 },
        { kind: 'plaintext', bytes: 100 },
        { kind: 'encryption-context', bytes: 2 + 4 + 'Department'.length + 'Engineering'.length },
      ],
    });
    expect(byType['hsm.message:from-hsm']).toMatchObject({ hsmOperation: 'Encrypt', payload: [{ kind: 'ciphertext', bytes: 178 }] });
    expect(byType['trail.recorded']).toMatchObject({ eventId: record.eventID, eventName: 'Encrypt' });
    expect(byteArraysIn(events)).toEqual([]);
  });

  it('key.resolved says how the key was named: alias, alias ARN, key ARN or the ciphertext header', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    await kms.send('CreateAlias', { AliasName: 'alias/ev', TargetKeyId: KeyId });
    const recorder = recordEvents(kms);
    const { CiphertextBlob } = await kms.send('Encrypt', { KeyId: 'alias/ev', Plaintext: utf8('x') });
    await kms.send('Encrypt', { KeyId: Arn.replace(`key/${KeyId}`, 'alias/ev'), Plaintext: utf8('x') });
    await kms.send('DescribeKey', { KeyId: Arn });
    await kms.send('Decrypt', { CiphertextBlob });
    const vias = recorder.events.flatMap((event) => (event.type === 'key.resolved' ? [event.via] : []));
    expect(vias).toEqual(['alias-name', 'alias-arn', 'key-arn', 'ciphertext']);
  });

  it('a data key crossing is labelled data-key-plaintext by size, and its bytes are in no event', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    const recorder = recordEvents(kms);
    const { Plaintext } = await kms.send('GenerateDataKey', { KeyId, KeySpec: 'AES_256' });
    await kms.send('GenerateDataKeyWithoutPlaintext', { KeyId, KeySpec: 'AES_256' });
    const fromHsm = recorder.events.filter((event) => event.type === 'hsm.message' && event.direction === 'from-hsm');
    expect(fromHsm.map((event) => (event as Extract<EngineEvent, { type: 'hsm.message' }>).payload.map((p) => `${p.kind}:${p.bytes}`))).toEqual([
      ['data-key-plaintext:32', 'data-key-ciphertext:110'],
      ['data-key-ciphertext:110'],
    ]);
    expect(findSecrets(recorder.events, [Plaintext as Uint8Array])).toEqual([]);
  });

  it.each([
    ['validation', 'ValidationException', { operation: 'Encrypt', input: { KeyId: 'x', Plaintext: new Uint8Array(0) } }],
    ['key-resolution', 'NotFoundException', { operation: 'Encrypt', input: { KeyId: 'alias/none', Plaintext: utf8('x') } }],
  ])('a request failing at %s says so in request.failed', async (stage, errorName, { operation, input }) => {
    const { kms } = await newKms();
    const recorder = recordEvents(kms);
    await kms.send(operation, input).catch(() => undefined);
    const failed = recorder.events.at(-1)!;
    expect(failed).toMatchObject({ type: 'request.failed', operation, errorName, stage });
    expect(typesOf(recorder.events).slice(-3)).toEqual(['storage.write', 'trail.recorded', 'request.failed']);
    expect(recorder.events.find((event) => event.type === 'trail.recorded')).toMatchObject({ errorCode: errorName });
  });

  it('failures at key-state, hsm and storage name their stage, and an HSM refusal still shows both crossings', async () => {
    const { kms, storage, createKey } = await newKms();
    const { KeyId } = await createKey();
    const { CiphertextBlob } = await kms.send('Encrypt', { KeyId, Plaintext: utf8('x') });
    const recorder = recordEvents(kms);
    await kms.send('Decrypt', { CiphertextBlob: flipped(CiphertextBlob as Uint8Array, 70) }).catch(() => undefined);
    expect(typesOf(recorder.events)).toContain('hsm.message:from-hsm');
    expect(recorder.events.at(-1)).toMatchObject({ type: 'request.failed', errorName: 'InvalidCiphertextException', stage: 'hsm', detail: expect.stringContaining('AES-GCM') as unknown });
    storage.failNextCommit = true;
    await kms.send('TagResource', { KeyId, Tags: [{ TagKey: 'a', TagValue: 'b' }] }).catch(() => undefined);
    expect(recorder.events.at(-1)).toMatchObject({ type: 'request.failed', errorName: 'KMSInternalException', stage: 'storage' });
    await kms.send('DisableKey', { KeyId });
    recorder.clear();
    await kms.send('Encrypt', { KeyId, Plaintext: utf8('x') }).catch(() => undefined);
    expect(typesOf(recorder.events)).not.toContain('hsm.message:to-hsm');
    expect(recorder.events.at(-1)).toMatchObject({ type: 'request.failed', errorName: 'DisabledException', stage: 'key-state' });
  });

  it('request.received shows what was asked, by member name, with sizes for bytes and the policy', async () => {
    const { kms } = await newKms();
    const recorder = recordEvents(kms);
    const Policy = JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'kms:*', Resource: '*' }] });
    await kms.send('CreateKey', { Policy, Tags: [{ TagKey: 'Team', TagValue: 'Blue' }], Description: 'd' });
    expect(recorder.events[0]).toMatchObject({
      type: 'request.received',
      parameters: { Policy: { characters: Policy.length }, Tags: [{ TagKey: 'Team', TagValue: 'Blue' }], Description: 'd' },
    });
  });

  it('event seq is strictly increasing across requests and KMS-initiated work', async () => {
    const { kms, clock, createKey } = await newKms();
    const recorder = recordEvents(kms);
    const { KeyId } = await createKey();
    await kms.send('EnableKeyRotation', { KeyId, RotationPeriodInDays: 90 });
    clock.advance(100 * 24 * 60 * 60 * 1000);
    await kms.runDueTasks();
    await Promise.all([kms.send('ListKeys', {}), kms.send('DescribeKey', { KeyId }), kms.send('Encrypt', { KeyId, Plaintext: utf8('x') })]);
    const seqs = recorder.events.map((event) => event.seq);
    expect(seqs.every((seq, i) => i === 0 || seq === seqs[i - 1]! + 1)).toBe(true);
    expect(recorder.events.filter((event) => event.type === 'service.event')).toMatchObject([{ eventName: 'RotateKey' }]);
  });

  it('unsubscribe stops delivery; a throwing listener breaks neither the request nor other listeners', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    let thrown = 0;
    const stopThrower = kms.events.subscribe(() => {
      thrown++;
      throw new Error('listener bug');
    });
    const recorder = recordEvents(kms);
    await expect(kms.send('Encrypt', { KeyId, Plaintext: utf8('x') })).resolves.toHaveProperty('CiphertextBlob');
    expect(thrown).toBe(recorder.events.length);
    expect(recorder.events.at(-1)).toMatchObject({ type: 'request.succeeded' });
    recorder.stop();
    stopThrower();
    const before = recorder.events.length;
    await kms.send('ListKeys', {});
    expect(recorder.events).toHaveLength(before);
    expect(thrown).toBe(before);
  });

  it('LAT-1 request.routed reports simulated latency: zero by default, seeded base + jitter + the AZ’s extra, never waited for', async () => {
    const routedLatency = async (options: Parameters<typeof newKms>[0], requests: number, setup?: (kms: Awaited<ReturnType<typeof newKms>>['kms']) => void) => {
      const { kms } = await newKms(options);
      setup?.(kms);
      const recorder = recordEvents(kms);
      const started = performance.now();
      for (let i = 0; i < requests; i++) await kms.send('ListKeys', {});
      const elapsed = performance.now() - started;
      const routed = recorder.events.flatMap((event) => (event.type === 'request.routed' ? [event] : []));
      return { latencies: routed.map((event) => event.simulatedLatencyMs), azs: routed.map((event) => event.az), elapsed };
    };
    expect((await routedLatency({}, 3)).latencies).toEqual([0, 0, 0]);
    const seeded = await routedLatency({ latency: { baseMs: 20_000, jitterMs: 10, seed: 7 } }, 6);
    expect(seeded.latencies.every((ms) => ms >= 20_000 && ms <= 20_010)).toBe(true);
    expect(new Set(seeded.latencies).size).toBeGreaterThan(1);
    expect(seeded.elapsed).toBeLessThan(5_000);
    expect((await routedLatency({ latency: { baseMs: 20_000, jitterMs: 10, seed: 7 } }, 6)).latencies).toEqual(seeded.latencies);
    const slowAz = await routedLatency({}, 6, (kms) => kms.simulation.setLatency('us-east-1b', 250));
    slowAz.azs.forEach((az, i) => expect(slowAz.latencies[i]).toBe(az === 'us-east-1b' ? 250 : 0));
    expect(slowAz.azs).toContain('us-east-1b');
  });
});
