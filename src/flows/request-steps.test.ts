// Real requests through the real engine, their captured events fed to the translator: the steps
// follow the engine's order, and a refused request's path ends where the engine refused it.

import { beforeEach, describe, expect, it } from 'vitest';
import { engineSeqs, flowWorld, kindsOf, type FlowWorld } from './flow-harness';
import { narrate } from './narrate';

let world: FlowWorld;
const text = (n: number) => new Uint8Array(n).fill(0x61);
const SUCCESS = ['request', 'route', 'validate', 'authorize', 'resolve-key', 'to-hsm', 'from-hsm', 'write', 'trail', 'response'];

beforeEach(async () => {
  world = await flowWorld();
});

describe('a successful request', () => {
  it('GenerateDataKey: one step per engine event, in the engine’s order, the plaintext data key marked sensitive', async () => {
    const { requestId } = await world.send('GenerateDataKey', { KeyId: world.keyId, KeySpec: 'AES_256' });
    const { steps, requests } = world.timeline([requestId]);
    expect(kindsOf(steps)).toEqual(SUCCESS);
    expect(steps.flatMap((step) => step.seqs)).toEqual(engineSeqs(world.recorder, requestId));
    expect(steps.map((step) => step.events.map((name) => name.replace(/^#\d+ /, '')))).toEqual([
      ['request.received'],
      ['request.routed'],
      ['request.validated'],
      ['request.authorized'],
      ['key.resolved'],
      ['hsm.message to-hsm'],
      ['hsm.message from-hsm'],
      ['storage.write'],
      ['trail.recorded'],
      ['request.succeeded'],
    ]);
    expect(steps.map((step) => [step.from, step.to])).toEqual([
      ['app', 'kms-endpoint'],
      ['kms-endpoint', 'kms-endpoint'],
      ['kms-endpoint', 'kms-endpoint'],
      ['kms-endpoint', 'authorization'],
      ['storage', 'kms-endpoint'],
      ['kms-endpoint', 'hsm'],
      ['hsm', 'kms-endpoint'],
      ['kms-endpoint', 'storage'],
      ['storage', 'cloudtrail'],
      ['kms-endpoint', 'app'],
    ]);
    const route = steps[1]!;
    expect(steps[5]!.az).toBe(route.az);
    expect(steps[5]!.hsmId).toBe(`hsm-${route.az}`);
    expect(steps[6]!.crossed).toEqual([
      { label: 'plaintext data key', kind: 'data-key-plaintext', bytes: 32, sensitive: true },
      { label: 'encrypted data key', kind: 'data-key-ciphertext', bytes: 110, sensitive: false },
    ]);
    expect(steps[9]!.crossed.map((c) => [c.label, c.sensitive, c.member?.name])).toEqual([
      ['Plaintext (plaintext data key)', true, 'Plaintext'],
      ['CiphertextBlob (encrypted data key)', false, 'CiphertextBlob'],
    ]);
    expect(steps[6]!.claims).toContain('S12');
    expect(requests).toEqual([{ requestId, operation: 'GenerateDataKey', ok: true }]);
    expect(narrate(steps[9]!, steps.length)).toMatch(/^Step 10 of 10, KMS endpoint → Your app: .*sensitive: Plaintext \(plaintext data key\) \(32 bytes\)/);
  });

  it('Encrypt carries the plaintext in and the ciphertext out, under the caller’s member names', async () => {
    const { requestId, output } = await world.send('Encrypt', { KeyId: world.keyId, Plaintext: text(10), EncryptionContext: { purpose: 'demo' } });
    const { steps } = world.timeline([requestId]);
    expect(kindsOf(steps)).toEqual(SUCCESS);
    expect(steps[0]!.crossed.map((c) => [c.label, c.bytes, c.member?.side])).toEqual([
      ['Plaintext', 10, 'input'],
      ['EncryptionContext (1 pair)', undefined, undefined],
    ]);
    expect(steps[9]!.crossed).toEqual([{ label: 'CiphertextBlob', kind: 'ciphertext', bytes: (output!.CiphertextBlob as Uint8Array).length, sensitive: false, member: { side: 'output', name: 'CiphertextBlob' } }]);
    expect(steps.some((step) => step.crossed.some((c) => c.sensitive))).toBe(false);
  });

  it('GenerateDataKeyWithoutPlaintext never carries a plaintext data key', async () => {
    const { requestId } = await world.send('GenerateDataKeyWithoutPlaintext', { KeyId: world.keyId, KeySpec: 'AES_256' });
    const { steps } = world.timeline([requestId]);
    expect(kindsOf(steps)).toEqual(SUCCESS);
    expect(steps.flatMap((step) => step.crossed).some((c) => c.sensitive)).toBe(false);
    expect(steps[6]!.title).toBe('Encrypted data key only');
  });

  it('ReEncrypt resolves its source key from the ciphertext and then its destination key', async () => {
    const { output } = await world.send('Encrypt', { KeyId: world.keyId, Plaintext: text(5) });
    const { requestId } = await world.send('ReEncrypt', { CiphertextBlob: output!.CiphertextBlob, DestinationKeyId: world.keyId });
    const { steps } = world.timeline([requestId]);
    expect(kindsOf(steps)).toEqual(['request', 'route', 'validate', 'authorize', 'resolve-key', 'resolve-key', 'to-hsm', 'from-hsm', 'write', 'trail', 'response']);
    expect(steps[4]!.caption).toContain('source key');
    expect(steps[5]!.caption).toContain('destination key');
  });

  it('keeps only the requests asked for, and shows a request still in flight as far as it got', async () => {
    const mine = await world.send('Encrypt', { KeyId: world.keyId, Plaintext: text(3) });
    await world.send('ListKeys', {});
    expect(world.timeline([mine.requestId]).requests.map((r) => r.operation)).toEqual(['Encrypt']);
    const inFlight = world.recorder.inputs.filter((input) => !(input.source === 'engine' && input.event.type === 'request.succeeded' && input.event.requestId === mine.requestId));
    const { buildTimeline } = await import('./timeline');
    const partial = buildTimeline(inFlight, { requestIds: new Set([mine.requestId]) });
    expect(kindsOf(partial.steps)).toEqual(SUCCESS.slice(0, -1));
  });
});

describe('a refused request stops where the engine refused it', () => {
  it('DisabledException: the timeline stops at the key-state step, and nothing reaches the HSM', async () => {
    await world.kms.send('DisableKey', { KeyId: world.keyId });
    const { requestId } = await world.send('Encrypt', { KeyId: world.keyId, Plaintext: text(1) });
    const { steps, requests } = world.timeline([requestId]);
    expect(kindsOf(steps)).toEqual(['request', 'route', 'validate', 'authorize', 'resolve-key✗', 'write', 'trail', 'response✗']);
    const stop = steps[requests[0]!.stoppedAt!]!;
    expect(stop).toMatchObject({ kind: 'resolve-key', from: 'storage', to: 'kms-endpoint', status: 'failed', error: { name: 'DisabledException', stage: 'key-state', where: 'storage' } });
    expect(stop.caption).toContain('key state check');
    expect(steps.some((step) => step.to === 'hsm' || step.from === 'hsm')).toBe(false);
    // After the stop only what every request gets: its CloudTrail record and the answer.
    expect(steps[6]!.title).toBe('CloudTrail: DisabledException');
    // Every engine event is behind some step (request.failed behind both the stop and the answer).
    expect([...new Set(steps.flatMap((step) => step.seqs))].sort((a, b) => a - b)).toEqual(engineSeqs(world.recorder, requestId));
  });

  it('a 4,097-byte Encrypt stops at validation, at the endpoint, with ValidationException', async () => {
    const { requestId, error } = await world.send('Encrypt', { KeyId: world.keyId, Plaintext: text(4097) });
    expect(error?.name).toBe('ValidationException');
    const { steps, requests } = world.timeline([requestId]);
    expect(kindsOf(steps)).toEqual(['request', 'route', 'refuse✗', 'write', 'trail', 'response✗']);
    expect(steps[0]!.crossed[0]).toMatchObject({ label: 'Plaintext', bytes: 4097 });
    expect(steps[requests[0]!.stoppedAt!]).toMatchObject({ from: 'kms-endpoint', to: 'kms-endpoint', error: { name: 'ValidationException', stage: 'validation', where: 'kms-endpoint' } });
    expect(steps[2]!.claims).toEqual(['S9', 'S10']);
    expect(steps[2]!.caption).toContain('Member must have length less than or equal to 4096');
  });

  it('a wrong encryption context fails inside the HSM, in the AZ that served it', async () => {
    const { output } = await world.send('Encrypt', { KeyId: world.keyId, Plaintext: text(8), EncryptionContext: { purpose: 'demo' } });
    const { requestId } = await world.send('Decrypt', { CiphertextBlob: output!.CiphertextBlob, EncryptionContext: { purpose: 'other' } });
    const { steps, requests } = world.timeline([requestId]);
    expect(kindsOf(steps)).toEqual(['request', 'route', 'validate', 'authorize', 'resolve-key', 'to-hsm', 'from-hsm✗', 'write', 'trail', 'response✗']);
    const stop = steps[requests[0]!.stoppedAt!]!;
    expect(stop).toMatchObject({ from: 'hsm', az: steps[1]!.az, error: { name: 'InvalidCiphertextException', stage: 'hsm', where: 'hsm' } });
    expect(stop.error?.detail).toContain('AES-GCM authentication failed');
  });

  it('throttling stops the request at the endpoint before validation', async () => {
    world.kms.simulation.setQuota('us-east-1', 'symmetric', 1);
    const sent = await Promise.all([1, 2, 3].map(() => world.send('Encrypt', { KeyId: world.keyId, Plaintext: text(1) })));
    const throttled = sent.find((outcome) => outcome.error?.name === 'ThrottlingException')!;
    const { steps, requests } = world.timeline([throttled.requestId]);
    expect(kindsOf(steps)).toEqual(['request', 'route', 'refuse✗', 'write', 'trail', 'response✗']);
    expect(requests[0]).toMatchObject({ ok: false, errorName: 'ThrottlingException', stage: 'throttling', stoppedAt: 2 });
  });

  it('an unknown alias stops at the key lookup', async () => {
    const { requestId } = await world.send('Encrypt', { KeyId: 'alias/nowhere', Plaintext: text(1) });
    const { steps } = world.timeline([requestId]);
    expect(kindsOf(steps)).toEqual(['request', 'route', 'validate', 'authorize', 'refuse✗', 'write', 'trail', 'response✗']);
    expect(steps[4]).toMatchObject({ from: 'storage', to: 'kms-endpoint', error: { name: 'NotFoundException', stage: 'key-resolution' } });
  });
});
