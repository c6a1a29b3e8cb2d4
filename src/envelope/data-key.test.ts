// ENV-11: the data key's life. One KMS call per file, imported non-extractable, and the plaintext
// buffer KMS returned is zero before a single frame is read — on success and on every failure.

import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { isAllZero } from './bytes';
import { decryptFile, encryptFile, type EnvelopeEvent } from './index';
import type { EnvelopeKmsClient } from './data-key';
import { bytesOf, CountingBlob, envelopeFailure, envelopeWorld, flipped, testBytes, type EnvelopeWorld } from './test-harness';

const F = 4096;
let world: EnvelopeWorld;

beforeAll(async () => {
  world = await envelopeWorld();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The Plaintext buffers the calls made since `from` returned, as the caller received them. */
const keysSince = (from: number) => world.calls.slice(from).flatMap((call) => (call.output?.Plaintext instanceof Uint8Array ? [call.output.Plaintext] : []));
const operationsSince = (from: number) => world.calls.slice(from).map((call) => call.operation);

describe('encrypt', () => {
  it('ENV-11: encryptFile makes exactly one GenerateDataKey (AES_256, with the context), and the plaintext key it returned is all zeros afterwards', async () => {
    const from = world.calls.length;
    await encryptFile(testBytes(10 * F), { kms: world.client, keyId: world.keyId, frameSize: F, encryptionContext: { file: 'a.txt' } });
    expect(operationsSince(from)).toEqual(['GenerateDataKey']);
    expect(world.calls[from]!.input).toEqual({ KeyId: world.keyId, KeySpec: 'AES_256', EncryptionContext: { file: 'a.txt' } });
    const [key] = keysSince(from);
    expect(key).toHaveLength(32);
    expect(isAllZero(key!)).toBe(true);
  });

  it('ENV-11: the key is wiped before the first frame is read', async () => {
    const from = world.calls.length;
    const states: boolean[] = [];
    const input = new CountingBlob(3 * F, undefined, () => states.push(isAllZero(keysSince(from)[0]!)));
    await encryptFile(input, { kms: world.client, keyId: world.keyId, frameSize: F });
    expect(states).toEqual([true, true, true]);
  });

  it('ENV-11: the data-key-wiped event hands over the very buffer KMS returned, proven zero', async () => {
    const from = world.calls.length;
    const events: EnvelopeEvent[] = [];
    await encryptFile(testBytes(100), { kms: world.client, keyId: world.keyId, frameSize: F, onEvent: (event) => events.push(event) });
    const wiped = events.find((event) => event.type === 'data-key-wiped');
    expect(wiped).toMatchObject({ type: 'data-key-wiped', bytes: 32, allZero: true });
    expect(wiped?.type === 'data-key-wiped' && wiped.buffer).toBe(keysSince(from)[0]);
  });

  it('ENV-11: the data key is imported as a non-extractable AES-GCM key for encrypt only', async () => {
    const importKey = vi.spyOn(globalThis.crypto.subtle, 'importKey');
    await encryptFile(testBytes(100), { kms: world.client, keyId: world.keyId, frameSize: F });
    expect(importKey).toHaveBeenCalledTimes(1);
    expect(importKey.mock.calls[0]!.slice(0, 1)).toEqual(['raw']);
    expect(importKey.mock.calls[0]!.slice(2)).toEqual([{ name: 'AES-GCM' }, false, ['encrypt']]);
  });

  it('KMS_GENERATE_DATA_KEY_FAILED: a disabled key fails with the KMS exception name, and nothing is written', async () => {
    const { KeyMetadata } = (await world.kms.send('CreateKey', {})) as { KeyMetadata: { KeyId: string } };
    await world.kms.send('DisableKey', { KeyId: KeyMetadata.KeyId });
    const events: EnvelopeEvent[] = [];
    const error = await envelopeFailure(
      encryptFile(testBytes(100), { kms: world.client, keyId: KeyMetadata.KeyId, onEvent: (event) => events.push(event) }),
      'KMS_GENERATE_DATA_KEY_FAILED',
    );
    expect(error.kmsErrorName).toBe('DisabledException');
    expect(error.message).toMatch(/^KMS refused GenerateDataKey of the data key with DisabledException: .*is disabled/);
    expect(events.map((event) => event.type)).toEqual(['failed']);
  });

  it('KMS_RESPONSE_INVALID: a client that returns a short data key is refused, and that buffer is wiped too', async () => {
    let returned: Uint8Array | undefined;
    const client: EnvelopeKmsClient = {
      async send(operation, input) {
        const output = await world.kms.send(operation, input);
        returned = (output.Plaintext as Uint8Array).slice(0, 16);
        return { ...output, Plaintext: returned };
      },
    };
    await envelopeFailure(encryptFile(testBytes(100), { kms: client, keyId: world.keyId }), 'KMS_RESPONSE_INVALID');
    expect(isAllZero(returned!)).toBe(true);
  });

  it('KMS_RESPONSE_INVALID: a response without CiphertextBlob is refused, and the plaintext key is wiped', async () => {
    let returned: Uint8Array | undefined;
    const client: EnvelopeKmsClient = {
      async send(operation, input) {
        const { Plaintext, KeyId } = await world.kms.send(operation, input);
        returned = Plaintext as Uint8Array;
        return { Plaintext, KeyId };
      },
    };
    await envelopeFailure(encryptFile(testBytes(100), { kms: client, keyId: world.keyId }), 'KMS_RESPONSE_INVALID');
    expect(isAllZero(returned!)).toBe(true);
  });
});

describe('decrypt', () => {
  it('ENV-11, ENV-13: decryptFile makes exactly one Decrypt (KeyId, context and encrypted key from the header), and the plaintext key is all zeros afterwards', async () => {
    const sealed = await encryptFile(testBytes(10 * F), { kms: world.client, keyId: world.keyId, frameSize: F, encryptionContext: { file: 'b.txt' } });
    const from = world.calls.length;
    await decryptFile(sealed.blob, { kms: world.client });
    expect(operationsSince(from)).toEqual(['Decrypt']);
    expect(world.calls[from]!.input).toEqual({ CiphertextBlob: sealed.encryptedDataKey, KeyId: world.keyArn, EncryptionContext: { file: 'b.txt' } });
    const [key] = keysSince(from);
    expect(key).toHaveLength(32);
    expect(isAllZero(key!)).toBe(true);
  });

  it('ENV-11: the data key is imported as a non-extractable AES-GCM key for decrypt only', async () => {
    const sealed = await encryptFile(testBytes(100), { kms: world.client, keyId: world.keyId, frameSize: F });
    const importKey = vi.spyOn(globalThis.crypto.subtle, 'importKey');
    await decryptFile(sealed.blob, { kms: world.client });
    expect(importKey.mock.calls.map((call) => call.slice(2))).toEqual([[{ name: 'AES-GCM' }, false, ['decrypt']]]);
  });

  it('ENV-11: the plaintext key is zero after a failed header tag, and after a failed frame', async () => {
    const sealed = await encryptFile(testBytes(3 * F), { kms: world.client, keyId: world.keyId, frameSize: F });
    const bytes = await bytesOf(sealed.blob);
    const cases = [
      [flipped(bytes, sealed.headerBytes - 1), 'HEADER_TAMPERED'],
      [flipped(bytes, sealed.headerBytes + 30), 'FRAME_AUTHENTICATION_FAILED'],
    ] as const;
    for (const [damaged, code] of cases) {
      const from = world.calls.length;
      await envelopeFailure(decryptFile(damaged, { kms: world.client }), code);
      expect(operationsSince(from)).toEqual(['Decrypt']);
      expect(isAllZero(keysSince(from)[0]!)).toBe(true);
    }
  });

  it('KMS_DECRYPT_FAILED: a package whose key was disabled fails with the KMS exception name', async () => {
    const { KeyMetadata } = (await world.kms.send('CreateKey', {})) as { KeyMetadata: { KeyId: string } };
    const sealed = await encryptFile(testBytes(100), { kms: world.client, keyId: KeyMetadata.KeyId });
    await world.kms.send('DisableKey', { KeyId: KeyMetadata.KeyId });
    const error = await envelopeFailure(decryptFile(sealed.blob, { kms: world.client }), 'KMS_DECRYPT_FAILED');
    expect(error.kmsErrorName).toBe('DisabledException');
  });
});
