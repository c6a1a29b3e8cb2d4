// The ciphertext blob (SPEC CT-1 … CT-4) and how it is made (HSM-3): its layout, a from-scratch
// decryption with the backing key the HSM drew, the encryption context as additional data, and tamper
// anywhere in the blob.

import { describe, expect, it } from 'vitest';
import { flipped, newKms, rejectionOf, utf8 } from '../testing/fixture';
import { hsmRecorder } from '../testing/recorders';

const ACCESS_DENIED = 'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.';
const KEY_ID_FIELD = { start: 2, end: 18 };

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const uuidBytes = (id: string) => Uint8Array.from(id.replaceAll('-', '').match(/../g)!, (pair) => parseInt(pair, 16));

/** The canonical encryption context of SPEC CT-3, written again from its description. */
function referenceContext(context: Record<string, string>): Uint8Array {
  const encoder = new TextEncoder();
  const pairs = Object.entries(context)
    .map(([k, v]) => [encoder.encode(k), encoder.encode(v)] as const)
    .sort(([a], [b]) => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
      return a.length - b.length;
    });
  const parts: number[] = [pairs.length >> 8, pairs.length & 0xff];
  for (const [k, v] of pairs) parts.push(k.length >> 8, k.length & 0xff, ...k, v.length >> 8, v.length & 0xff, ...v);
  return Uint8Array.from(parts);
}

async function encrypted(plaintext: Uint8Array, context?: Record<string, string>) {
  const recorder = hsmRecorder();
  const fixture = await newKms({ hsm: recorder.options });
  const key = await fixture.createKey();
  const { CiphertextBlob } = await fixture.kms.send('Encrypt', { KeyId: key.KeyId, Plaintext: plaintext, ...(context && { EncryptionContext: context }) });
  return { ...fixture, recorder, key, blob: CiphertextBlob as Uint8Array };
}

describe('CT-1 the blob layout', () => {
  it('CT-1 a blob is a 62-byte header (version, suite, key ID, key material ID, IV) and n + 16 bytes of AES-GCM', async () => {
    const { kms, key, blob } = await encrypted(new Uint8Array(100));
    const { KeyMetadata } = await kms.send('DescribeKey', { KeyId: key.KeyId });
    expect(blob).toHaveLength(100 + 78);
    expect(blob[0]).toBe(0x01);
    expect(blob[1]).toBe(0x01);
    expect(blob.subarray(2, 18)).toEqual(uuidBytes(key.KeyId));
    expect(hex(blob.subarray(18, 50))).toBe((KeyMetadata as { CurrentKeyMaterialId: string }).CurrentKeyMaterialId);
  });

  it('CT-1 encrypting n bytes gives n + 78 bytes, with a fresh IV each time', async () => {
    const { kms, key } = await encrypted(utf8('x'));
    const sizes = [1, 17, 1000, 4096];
    for (const n of sizes) expect((await kms.send('Encrypt', { KeyId: key.KeyId, Plaintext: new Uint8Array(n) })).CiphertextBlob).toHaveLength(n + 78);
    const same = utf8('same plaintext');
    const [one, two] = [
      (await kms.send('Encrypt', { KeyId: key.KeyId, Plaintext: same })).CiphertextBlob as Uint8Array,
      (await kms.send('Encrypt', { KeyId: key.KeyId, Plaintext: same })).CiphertextBlob as Uint8Array,
    ];
    expect(one.subarray(50, 62)).not.toEqual(two.subarray(50, 62));
    expect(one.subarray(62)).not.toEqual(two.subarray(62));
  });

  it('HSM-3 a from-scratch decryption with the drawn backing key (AES-256-GCM, the header and context as AAD) recovers the plaintext', async () => {
    const context = { Department: 'Engineering', 'Ünïcode': 'välue' };
    const plaintext = utf8('decrypt me outside the engine');
    const { recorder, blob } = await encrypted(plaintext, context);
    const [backing] = recorder.backingKeys();
    const subtle = globalThis.crypto.subtle;
    const backingKey = await subtle.importKey('raw', backing!.copy as Uint8Array<ArrayBuffer>, 'AES-GCM', false, ['decrypt']);
    const aad = new Uint8Array([...blob.subarray(0, 62), ...referenceContext(context)]);
    const opened = await subtle.decrypt({ name: 'AES-GCM', iv: blob.slice(50, 62), additionalData: aad, tagLength: 128 }, backingKey, blob.slice(62));
    expect(new Uint8Array(opened)).toEqual(plaintext);
  });
});

describe('CT-3 ill-formed context text', () => {
  it('CT-3 a context with a lone surrogate is refused, so two contexts that would encode alike never decrypt each other', async () => {
    const { kms, key } = await encrypted(utf8('x'));
    for (const context of [{ a: '\uD800' }, { '\uDBFF': 'b' }]) {
      await expect(kms.send('Encrypt', { KeyId: key.KeyId, Plaintext: utf8('x'), EncryptionContext: context })).rejects.toMatchObject({
        name: 'ValidationException',
        message: 'Encryption context keys and values must be well-formed Unicode text.',
      });
    }
    const { CiphertextBlob } = await kms.send('Encrypt', { KeyId: key.KeyId, Plaintext: utf8('x'), EncryptionContext: { a: '\uFFFD' } });
    await expect(kms.send('Decrypt', { CiphertextBlob, EncryptionContext: { a: '\uD800' } })).rejects.toMatchObject({ name: 'ValidationException' });
  });
});

describe('CT-3 the encryption context', () => {
  const context = { Department: 'Engineering', Project: 'Alpha' };
  it.each([
    ['missing', undefined],
    ['with a different value', { Department: 'Engineering', Project: 'Beta' }],
    ['with an extra pair', { ...context, Extra: '1' }],
    ['with a pair left out', { Department: 'Engineering' }],
    ['with a key in another case', { department: 'Engineering', Project: 'Alpha' }],
    ['split differently', { DepartmentE: 'ngineering', Project: 'Alpha' }],
  ])('CT-3 a context %s fails with InvalidCiphertextException', async (_what, other) => {
    const { kms, blob } = await encrypted(utf8('bound'), context);
    const error = await rejectionOf(kms.send('Decrypt', { CiphertextBlob: blob, ...(other && { EncryptionContext: other }) }));
    expect(error).toMatchObject({ name: 'InvalidCiphertextException' });
    expect(error).not.toHaveProperty('Plaintext');
  });

  it('CT-3 pair order is free', async () => {
    const { kms, blob } = await encrypted(utf8('bound'), context);
    const reversed = Object.fromEntries(Object.entries(context).reverse());
    await expect(kms.send('Decrypt', { CiphertextBlob: blob, EncryptionContext: reversed })).resolves.toHaveProperty('Plaintext', utf8('bound'));
  });

  it('CT-3 an empty context is the same as none', async () => {
    const { kms, key } = await encrypted(utf8('x'));
    const { CiphertextBlob } = await kms.send('Encrypt', { KeyId: key.KeyId, Plaintext: utf8('x'), EncryptionContext: {} });
    await expect(kms.send('Decrypt', { CiphertextBlob })).resolves.toHaveProperty('Plaintext', utf8('x'));
  });
});

describe('CT-4 tamper anywhere', () => {
  it('CT-4 changing any byte fails: AccessDeniedException in the key ID field, InvalidCiphertextException elsewhere', async () => {
    const plaintext = utf8('sixteen byte msg');
    const { kms, blob } = await encrypted(plaintext);
    const outcomes: string[] = [];
    for (let position = 0; position < blob.length; position++) {
      const altered = flipped(blob, position, 0x5a);
      const error = await rejectionOf(kms.send('Decrypt', { CiphertextBlob: altered }));
      const inKeyId = position >= KEY_ID_FIELD.start && position < KEY_ID_FIELD.end;
      expect(error.name, `byte ${position}`).toBe(inKeyId ? 'AccessDeniedException' : 'InvalidCiphertextException');
      if (inKeyId) expect(error.message).toBe(ACCESS_DENIED);
      outcomes.push(error.name);
    }
    expect(outcomes).toHaveLength(blob.length);
    await expect(kms.send('Decrypt', { CiphertextBlob: blob })).resolves.toHaveProperty('Plaintext', plaintext);
  });

  it('CT-4 a key ID changed to another key of the Region fails with InvalidCiphertextException', async () => {
    const { kms, blob, createKey } = await encrypted(utf8('for key one'));
    const other = await createKey();
    const altered = blob.slice();
    altered.set(uuidBytes(other.KeyId), KEY_ID_FIELD.start);
    await expect(kms.send('Decrypt', { CiphertextBlob: altered })).rejects.toMatchObject({ name: 'InvalidCiphertextException' });
  });

  it('CT-4 truncation to any length and extension by any bytes fail with InvalidCiphertextException', async () => {
    const { kms, blob } = await encrypted(utf8('truncate me'));
    for (let length = 1; length < blob.length; length++) {
      await expect(kms.send('Decrypt', { CiphertextBlob: blob.slice(0, length) }), `length ${length}`).rejects.toMatchObject({ name: 'InvalidCiphertextException' });
    }
    for (const extra of [[0], [0, 0, 0, 0], Array.from({ length: 16 }, (_, i) => i)]) {
      await expect(kms.send('Decrypt', { CiphertextBlob: new Uint8Array([...blob, ...extra]) })).rejects.toMatchObject({ name: 'InvalidCiphertextException' });
    }
    await expect(kms.send('Decrypt', { CiphertextBlob: new Uint8Array(0) })).rejects.toMatchObject({ name: 'ValidationException' });
  });

  it('CT-4 ReEncrypt detects tamper the same way', async () => {
    const { kms, blob, key } = await encrypted(utf8('re-encrypt me'));
    const body = flipped(blob, blob.length - 1);
    await expect(kms.send('ReEncrypt', { CiphertextBlob: body, DestinationKeyId: key.KeyId })).rejects.toMatchObject({ name: 'InvalidCiphertextException' });
    const header = flipped(blob, 5);
    await expect(kms.send('ReEncrypt', { CiphertextBlob: header, DestinationKeyId: key.KeyId })).rejects.toMatchObject({ name: 'AccessDeniedException', message: ACCESS_DENIED });
  });
});
