// The HSM boundary (SPEC HSM-1 … HSM-6): key material exists only inside the HSM. We record every
// message that crosses (both directions, after cloning) and every buffer the HSM's random source
// fills, then look for the backing keys everywhere they must not be.

import { describe, expect, it } from 'vitest';
import type { Cloneable } from './index';
import { createHsmCore, wipeResponse } from './hsm/core';
import { createDomainKeys, memoryDomainKeyStore } from './hsm/domain-key-store';
import { copyHsmMessage, type HsmRequest, type HsmResponse } from './hsm/protocol';
import { flipped, newKms, rejectionOf, utf8 } from '../testing/fixture';
import { hsmRecorder, recordCommits, recordEvents } from '../testing/recorders';
import { findSecrets } from '../testing/secrets';

const subtle = globalThis.crypto.subtle;
const TOKEN_AAD_PREFIX = 'kms-lab/exported-key-token/v1|';
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

async function watched() {
  const recorder = hsmRecorder();
  const fixture = await newKms({ hsm: recorder.options });
  const batches = recordCommits(fixture.storage);
  const events = recordEvents(fixture.kms);
  return { ...fixture, recorder, batches, events };
}

/** The stored record of a key, as storage holds it. */
async function storedKey(storage: { load(): Promise<{ state: Array<[string, Cloneable]> }> }, keyId: string) {
  const { state } = await storage.load();
  return state.find(([path]) => path.endsWith(`/${keyId}`))![1] as unknown as { arn: string; versions: Array<{ token: Uint8Array; keyMaterialId: string }> };
}

/**
 * Unwraps a token the way hsm/core.ts does (a non-extractable AES-GCM key). `readable` instead unwraps
 * it as an extractable AES key, which only a test holding the domain key can do, to see the bytes.
 */
function unwrapToken(domainKey: CryptoKey, token: Uint8Array, keyArn: string, readable = false) {
  return subtle.unwrapKey(
    'raw',
    token.slice(13),
    domainKey,
    { name: 'AES-GCM', iv: token.slice(1, 13), additionalData: utf8(TOKEN_AAD_PREFIX + keyArn) as Uint8Array<ArrayBuffer> },
    { name: 'AES-GCM' },
    readable,
    readable ? ['encrypt'] : ['encrypt', 'decrypt'],
  );
}

describe('HSM-1 HSM-2 key material stays in the HSM', () => {
  it('HSM-1 each Region has its own non-extractable AES-256-GCM domain key that cannot be exported', async () => {
    const { createKey, domainKeys } = await newKms();
    await createKey({}, { region: 'us-east-1' });
    await createKey({}, { region: 'eu-west-1' });
    const east = (await domainKeys.get('us-east-1'))!;
    const west = (await domainKeys.get('eu-west-1'))!;
    expect(east).toBeInstanceOf(CryptoKey);
    expect(east).not.toBe(west);
    expect(east).toMatchObject({ extractable: false, algorithm: { name: 'AES-GCM', length: 256 } });
    expect([...east.usages].sort()).toEqual(['encrypt', 'unwrapKey']);
    for (const format of ['raw', 'jwk'] as const) await expect(subtle.exportKey(format, east)).rejects.toThrow();
  });

  it('HSM-2 the token is version ‖ IV ‖ AES-GCM(backing key) under the domain key, bound to the key ARN; its SHA-256 is the key material ID', async () => {
    const { storage, domainKeys, recorder, createKey } = await watched();
    const { KeyId, Arn } = await createKey();
    const other = await createKey();
    const [backing] = recorder.backingKeys();
    const { versions } = await storedKey(storage, KeyId);
    const token = versions[0]!.token;
    expect(token).toHaveLength(1 + 12 + 32 + 16);
    expect(token[0]).toBe(0x01);
    expect(versions[0]!.keyMaterialId).toBe(hex(new Uint8Array(await subtle.digest('SHA-256', token as Uint8Array<ArrayBuffer>))));
    const domainKey = (await domainKeys.get('us-east-1'))!;
    // A test-only unwrap as extractable shows the token holds exactly the 32 bytes the HSM drew.
    const opened = await unwrapToken(domainKey, token, Arn, true);
    expect(new Uint8Array(await subtle.exportKey('raw', opened))).toEqual(backing!.copy);
    await expect(unwrapToken(domainKey, token, other.Arn, true)).rejects.toThrow();
  });

  it('HSM-2 the backing key buffer the HSM drew is wiped once wrapped', async () => {
    const { recorder, createKey, kms } = await watched();
    const { KeyId } = await createKey();
    await kms.send('RotateKeyOnDemand', { KeyId });
    const drawn = recorder.backingKeys();
    expect(drawn).toHaveLength(2);
    for (const draw of drawn) {
      expect(draw.copy.some((byte) => byte !== 0)).toBe(true);
      expect(draw.buffer.every((byte) => byte === 0)).toBe(true);
    }
  });

  it('HSM-4 an unwrapped backing key, made the way the HSM makes it, cannot be exported', async () => {
    const { storage, domainKeys, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    const { versions } = await storedKey(storage, KeyId);
    const backingKey = await unwrapToken((await domainKeys.get('us-east-1'))!, versions[0]!.token, Arn);
    expect(backingKey).toMatchObject({ extractable: false, algorithm: { name: 'AES-GCM' } });
    await expect(subtle.exportKey('raw', backingKey)).rejects.toThrow();
  });
});

describe('HSM-4 HSM-5 what crosses the boundary', () => {
  it('HSM-4 no HSM message, storage batch, event or trail record carries backing key bytes or a CryptoKey', async () => {
    const { kms, recorder, batches, events, createKey } = await watched();
    const a = await createKey();
    const b = await createKey({}, { region: 'eu-west-1' });
    await kms.send('RotateKeyOnDemand', { KeyId: a.KeyId });
    await kms.send('EnableKeyRotation', { KeyId: a.KeyId, RotationPeriodInDays: 90 });
    const { CiphertextBlob } = await kms.send('Encrypt', { KeyId: a.KeyId, Plaintext: utf8('boundary'), EncryptionContext: { k: 'v' } });
    await kms.send('Decrypt', { CiphertextBlob, EncryptionContext: { k: 'v' } });
    await kms.send('ReEncrypt', { CiphertextBlob, SourceEncryptionContext: { k: 'v' }, DestinationKeyId: a.KeyId });
    const dataKey = await kms.send('GenerateDataKey', { KeyId: a.KeyId, KeySpec: 'AES_256' });
    await kms.send('GenerateDataKeyWithoutPlaintext', { KeyId: b.KeyId, KeySpec: 'AES_256' }, { region: 'eu-west-1' });
    await kms.send('GenerateRandom', { NumberOfBytes: 32 });
    const backingKeys = recorder.backingKeys().map((draw) => draw.copy);
    expect(backingKeys).toHaveLength(3);
    const crossed = new Set(recorder.messages.map((m) => `${m.direction}:${m.message.op}`));
    for (const op of ['GenerateKeyMaterial', 'Encrypt', 'Decrypt', 'ReEncrypt', 'GenerateDataKey', 'GenerateRandom']) {
      expect(crossed).toContain(`to-hsm:${op}`);
      expect(crossed).toContain(`from-hsm:${op}`);
    }
    expect(findSecrets(recorder.messages, backingKeys)).toEqual([]);
    expect(findSecrets(batches, backingKeys)).toEqual([]);
    expect(findSecrets(events.events, backingKeys)).toEqual([]);
    expect(findSecrets(kms.trail.entries(), backingKeys)).toEqual([]);
    // The search works here: the AES_256 data key (also a 32-byte draw) does cross, as the API says it must.
    expect(findSecrets(recorder.messages, [dataKey.Plaintext as Uint8Array]).map((f) => f.path)).toEqual([expect.stringMatching(/\.message\.plaintext$/)]);
  });

  it('HSM-5 GenerateDataKeyWithoutPlaintext brings no plaintext out of the HSM, and the HSM wipes its data key', async () => {
    const { kms, recorder, createKey } = await watched();
    const { KeyId } = await createKey();
    recorder.messages.length = 0;
    const { CiphertextBlob } = await kms.send('GenerateDataKeyWithoutPlaintext', { KeyId, NumberOfBytes: 64 });
    const dataKey = recorder.draws.find((draw) => draw.op === 'GenerateDataKey' && draw.copy.length === 64)!;
    const response = recorder.messages.find((m) => m.direction === 'from-hsm')!.message as HsmResponse;
    expect(Object.keys(response).sort()).toEqual(['ciphertext', 'ok', 'op']);
    expect(findSecrets(recorder.messages, [dataKey.copy])).toEqual([]);
    expect(dataKey.buffer.every((byte) => byte === 0)).toBe(true);
    await expect(kms.send('Decrypt', { CiphertextBlob })).resolves.toHaveProperty('Plaintext', dataKey.copy);
  });

  it('HSM-5 ReEncrypt brings no plaintext out of the HSM', async () => {
    const { kms, recorder, createKey } = await watched();
    const a = await createKey();
    const b = await createKey();
    const plaintext = globalThis.crypto.getRandomValues(new Uint8Array(48));
    const { CiphertextBlob } = await kms.send('Encrypt', { KeyId: a.KeyId, Plaintext: plaintext });
    recorder.messages.length = 0;
    await kms.send('ReEncrypt', { CiphertextBlob, DestinationKeyId: b.KeyId });
    expect(recorder.messages.map((m) => `${m.direction}:${m.message.op}`)).toEqual(['to-hsm:ReEncrypt', 'from-hsm:ReEncrypt']);
    expect(Object.keys(recorder.messages[1]!.message).sort()).toEqual(['ciphertext', 'ok', 'op']);
    expect(findSecrets(recorder.messages, [plaintext])).toEqual([]);
  });

  it('HSM-5 the data key the HSM made is wiped after crossing; the caller’s copy is intact and separate', async () => {
    const { kms, recorder, createKey } = await watched();
    const { KeyId } = await createKey();
    const { Plaintext } = await kms.send('GenerateDataKey', { KeyId, NumberOfBytes: 64 });
    const drawn = recorder.draws.find((draw) => draw.op === 'GenerateDataKey' && draw.copy.length === 64)!;
    expect(drawn.buffer.every((byte) => byte === 0)).toBe(true);
    expect(Plaintext).toEqual(drawn.copy);
    expect((Plaintext as Uint8Array).buffer).not.toBe(drawn.buffer.buffer);
  });

  it('HSM-5 wipeResponse zeroes a Decrypt plaintext and a data key once their clone has crossed', async () => {
    const core = createHsmCore({ domain: createDomainKeys(memoryDomainKeyStore()) });
    const route = { region: 'us-east-1', az: 'us-east-1a' };
    const keyArn = 'arn:aws:kms:us-east-1:111122223333:key/0b3f8c62-2f1c-4d3e-9a4b-6c5d7e8f9a0b';
    const call = async (request: Record<string, unknown>) => {
      const response = await core.handle({ ...request, route } as HsmRequest);
      if (!response.ok) throw new Error(response.message);
      return response;
    };
    const material = await call({ op: 'GenerateKeyMaterial', keyArn });
    const key = { keyArn, token: (material as { token: Uint8Array }).token };
    const { ciphertext } = (await call({ op: 'Encrypt', key, plaintext: utf8('wipe me after'), context: new Uint8Array(2) })) as { ciphertext: Uint8Array };
    for (const request of [
      { op: 'Decrypt', key, ciphertext, context: new Uint8Array(2) },
      { op: 'GenerateDataKey', key, numberOfBytes: 32, context: new Uint8Array(2), returnPlaintext: true },
    ]) {
      const original = (await call(request)) as HsmResponse & { plaintext: Uint8Array };
      const crossed = structuredClone(original);
      wipeResponse(original);
      expect(original.plaintext.every((byte) => byte === 0)).toBe(true);
      expect(crossed.plaintext.some((byte) => byte !== 0)).toBe(true);
    }
  });
});

describe('HSM-4 the in-process boundary copies like postMessage', () => {
  it('HSM-4 a message crosses as a copy: no buffer is shared, and changing one side leaves the other alone', () => {
    const request = { op: 'Encrypt', route: { region: 'us-east-1', az: 'us-east-1a' }, key: { keyArn: 'arn', token: utf8('token') }, plaintext: utf8('secret'), context: new Uint8Array(0) };
    const crossed = copyHsmMessage(request);
    expect(crossed).toEqual(request);
    expect(crossed.plaintext.buffer).not.toBe(request.plaintext.buffer);
    expect(crossed.key).not.toBe(request.key);
    crossed.plaintext.fill(0);
    expect(new TextDecoder().decode(request.plaintext)).toBe('secret');
  });

  it.each([
    ['a CryptoKey', async () => subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt'])],
    ['a function', () => Promise.resolve(() => 'key material')],
    ['a Map', () => Promise.resolve(new Map([['k', 1]]))],
    ['a DataView', () => Promise.resolve(new DataView(new ArrayBuffer(4)))],
  ])('HSM-4 a message carrying %s is refused', async (_what, make) => {
    const value = await make();
    expect(() => copyHsmMessage({ op: 'Encrypt', nested: [{ value }] })).toThrow(/cannot carry message\.nested\[0\]\.value/);
  });
});

describe('HSM-6 tokens altered in storage', () => {
  it.each([
    ['a flipped byte in the wrapped key', (token: Uint8Array) => flipped(token, token.length - 1)],
    ['a flipped byte in the IV', (token: Uint8Array) => flipped(token, 3)],
    ['a truncated token', (token: Uint8Array) => token.slice(0, 40)],
    ['another version byte', (token: Uint8Array) => flipped(token, 0, 0x02)],
  ])('HSM-6 %s does not unwrap: the request fails with KMSInternalException', async (_what, alter) => {
    const fixture = await newKms();
    const { KeyId } = await fixture.createKey();
    const { CiphertextBlob } = await fixture.kms.send('Encrypt', { KeyId, Plaintext: utf8('before') });
    const { state, trail } = await fixture.storage.load();
    const record = state.find(([path]) => path.endsWith(`/${KeyId}`))![1] as unknown as { versions: Array<{ token: Uint8Array }> };
    record.versions[0]!.token = alter(record.versions[0]!.token);
    await fixture.storage.replace(state, trail);
    const { kms } = await fixture.reopen();
    for (const [operation, input] of [
      ['Encrypt', { KeyId, Plaintext: utf8('after') }],
      ['Decrypt', { CiphertextBlob }],
      ['GenerateDataKey', { KeyId, KeySpec: 'AES_256' }],
    ] as const) {
      const error = await rejectionOf(kms.send(operation, input));
      expect(error).toMatchObject({ name: 'KMSInternalException', message: 'The request was rejected because an internal exception occurred. The request can be retried.' });
      expect(error.detail).toMatch(/HSM refused/);
    }
    expect(kms.trail.entries().at(-1)!.record).toMatchObject({ errorCode: 'KMSInternalException' });
  });

  it('HSM-6 a token moved to another key does not unwrap there (it is bound to its key ARN)', async () => {
    const fixture = await newKms();
    const a = await fixture.createKey();
    const b = await fixture.createKey();
    const { state, trail } = await fixture.storage.load();
    const recordOf = (keyId: string) => state.find(([path]) => path.endsWith(`/${keyId}`))![1] as unknown as { versions: Array<{ token: Uint8Array }> };
    recordOf(a.KeyId).versions[0]!.token = recordOf(b.KeyId).versions[0]!.token;
    await fixture.storage.replace(state, trail);
    const { kms } = await fixture.reopen();
    await expect(kms.send('Encrypt', { KeyId: a.KeyId, Plaintext: utf8('x') })).rejects.toMatchObject({ name: 'KMSInternalException' });
    await expect(kms.send('Encrypt', { KeyId: b.KeyId, Plaintext: utf8('x') })).resolves.toHaveProperty('CiphertextBlob');
  });
});
