// Envelope encryption through the real envelope layer and engine: GenerateDataKey, the wipe, the
// header, the frames sealed locally and the package stored; then the read path back.

import { beforeEach, describe, expect, it } from 'vitest';
import { decryptFile, encryptFile, type EnvelopeKmsClient } from '../envelope/index';
import { flowWorld, kindsOf, type FlowWorld } from './flow-harness';

let world: FlowWorld;
let requestIds: string[];
let client: EnvelopeKmsClient;
const STORE = 's3://kms-lab-demo';

beforeEach(async () => {
  world = await flowWorld();
  requestIds = [];
  client = {
    async send(operation, input) {
      const outcome = await world.send(operation, input);
      requestIds.push(outcome.requestId);
      if (outcome.error) throw outcome.error;
      return outcome.output!;
    },
  };
});

async function seal(bytes: Uint8Array, frameSize?: number) {
  const sealed = await encryptFile(bytes, { kms: client, keyId: world.keyId, encryptionContext: { purpose: 'notes' }, onEvent: world.recorder.envelope, ...(frameSize && { frameSize }) });
  world.recorder.app({ type: 'data-store.put', store: STORE, objectName: 'notes.kmslab', bytes: sealed.packageBytes });
  return sealed;
}

describe('envelope encryption', () => {
  it('GenerateDataKey, then the wipe, the header, the frames sealed locally and the package stored beside its key', async () => {
    await seal(new Uint8Array(100).fill(7));
    const { steps } = world.timeline(requestIds);
    expect(kindsOf(steps)).toEqual(['request', 'route', 'validate', 'authorize', 'resolve-key', 'to-hsm', 'from-hsm', 'write', 'trail', 'response', 'wipe', 'header', 'seal', 'store']);
    const [wipe, header, sealStep, store] = steps.slice(10);
    expect(wipe).toMatchObject({ from: 'app', to: 'app', wiped: { bytes: 32, allZero: true }, claims: ['S13'], status: 'ok' });
    expect(wipe!.crossed[0]).toMatchObject({ kind: 'data-key-plaintext', sensitive: true });
    expect(header!.crossed[0]).toMatchObject({ label: 'encrypted data key', bytes: expect.any(Number) as unknown });
    expect(sealStep!.title).toBe('1 frame sealed locally');
    expect(store).toMatchObject({ from: 'app', to: 'data-store', claims: ['S14'], events: ['app data-store.put'] });
    expect(wipe!.events).toEqual(['envelope data-key-wiped']);
  });

  it('summarises many frames in one step: "N frames sealed locally, F each"', async () => {
    await seal(new Uint8Array(42 * 4096).fill(1), 4096);
    const sealStep = world.timeline(requestIds).steps.find((step) => step.kind === 'seal')!;
    expect(sealStep.title).toBe('42 frames sealed locally, 4,096 bytes each');
  });

  it('the read path: fetch, Decrypt of the data key (sensitive on the way back), the wipe, the frames opened', async () => {
    const sealed = await seal(new Uint8Array(10));
    const before = requestIds.length;
    world.recorder.app({ type: 'data-store.get', store: STORE, objectName: 'notes.kmslab', bytes: sealed.packageBytes });
    await decryptFile(sealed.blob, { kms: client, onEvent: world.recorder.envelope });
    const { steps } = world.timeline(requestIds.slice(before));
    // The recorder also holds the encryption before; the read path is the last 15 steps. Decrypt
    // names the key (ENV-13), so the engine resolves it twice: by ARN, then from the ciphertext.
    expect(kindsOf(steps.slice(-15))).toEqual(['fetch', 'request', 'route', 'validate', 'authorize', 'resolve-key', 'resolve-key', 'to-hsm', 'from-hsm', 'write', 'trail', 'response', 'wipe', 'header', 'open']);
    const decrypt = steps.filter((step) => step.operation === 'Decrypt');
    expect(decrypt[0]!.title).toBe('Decrypt the data key');
    expect(decrypt[0]!.crossed[0]).toMatchObject({ label: 'CiphertextBlob (encrypted data key)', kind: 'data-key-ciphertext' });
    expect(decrypt.find((step) => step.kind === 'from-hsm')!.crossed).toEqual([{ label: 'plaintext data key', kind: 'data-key-plaintext', bytes: 32, sensitive: true }]);
    expect(decrypt.at(-1)!.crossed[0]).toMatchObject({ member: { name: 'Plaintext' }, sensitive: true });
    expect(steps.at(-3)).toMatchObject({ kind: 'wipe', claims: ['S15'], wiped: { allZero: true } });
  });

  it('a tampered package ends in a local failure naming the frame; a plain Decrypt stays a plain Decrypt', async () => {
    const sealed = await seal(new Uint8Array(3 * 4096), 4096);
    const bytes = new Uint8Array(await sealed.blob.arrayBuffer());
    bytes[bytes.length - 20]! ^= 1;
    const before = requestIds.length;
    await expect(decryptFile(bytes, { kms: client, onEvent: world.recorder.envelope })).rejects.toThrow(/Frame 3 of 3/);
    const { steps } = world.timeline(requestIds.slice(before));
    expect(steps.at(-1)).toMatchObject({ kind: 'local-failure', status: 'failed', error: { name: 'FRAME_AUTHENTICATION_FAILED', where: 'app', stage: 'envelope' } });
    expect(steps.at(-1)!.caption).toContain('No plaintext was released.');

    const { output } = await world.send('Encrypt', { KeyId: world.keyId, Plaintext: new Uint8Array(4) });
    const plain = await world.send('Decrypt', { CiphertextBlob: output!.CiphertextBlob });
    const plainSteps = world.timeline([plain.requestId]).steps.filter((step) => step.requestId === plain.requestId);
    expect(plainSteps[0]!.title).toBe('Decrypt request');
    expect(plainSteps.some((step) => step.crossed.some((c) => c.sensitive))).toBe(false);
  });

  it('a refused GenerateDataKey stops in KMS, and the app reports that it wrote nothing', async () => {
    await world.kms.send('DisableKey', { KeyId: world.keyId });
    await expect(encryptFile(new Uint8Array(5), { kms: client, keyId: world.keyId, onEvent: world.recorder.envelope })).rejects.toThrow(/DisabledException/);
    const { steps } = world.timeline(requestIds);
    expect(kindsOf(steps)).toEqual(['request', 'route', 'validate', 'authorize', 'resolve-key✗', 'write', 'trail', 'response✗', 'local-failure✗']);
    expect(steps.at(-1)!.caption).toContain('No package was written.');
  });
});
