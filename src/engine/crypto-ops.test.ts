// The cryptographic operations: Encrypt, Decrypt, ReEncrypt, GenerateDataKey,
// GenerateDataKeyWithoutPlaintext and GenerateRandom (SPEC CT-2, CT-5, CT-6; errors from §2).

import { describe, expect, it } from 'vitest';
import { newKms, rejectionOf, utf8 } from '../testing/fixture';

const MATERIAL_ID = /^[0-9a-f]{64}$/;
const context = { Department: 'Engineering', Project: 'Alpha' };

async function twoKeys() {
  const fixture = await newKms();
  return { ...fixture, a: await fixture.createKey(), b: await fixture.createKey() };
}

describe('Encrypt', () => {
  it('encrypts 1–4,096 bytes and answers with the key ARN and algorithm', async () => {
    const { kms, a } = await twoKeys();
    for (const size of [1, 4096]) {
      const result = await kms.send('Encrypt', { KeyId: a.KeyId, Plaintext: new Uint8Array(size).fill(7) });
      expect(result).toEqual({ CiphertextBlob: expect.any(Uint8Array) as unknown, KeyId: a.Arn, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' });
    }
  });

  it('refuses an asymmetric algorithm on a symmetric key with InvalidKeyUsageException', async () => {
    const { kms, a } = await twoKeys();
    await expect(kms.send('Encrypt', { KeyId: a.KeyId, Plaintext: utf8('x'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' })).rejects.toMatchObject({
      name: 'InvalidKeyUsageException',
      message: `${a.Arn} key usage is ENCRYPT_DECRYPT and key spec is SYMMETRIC_DEFAULT, which does not support the RSAES_OAEP_SHA_256 encryption algorithm.`,
    });
  });

  it('ID-3 an unknown KeyId fails with NotFoundException', async () => {
    const { kms } = await newKms();
    await expect(kms.send('Encrypt', { KeyId: '11111111-2222-4333-8444-555555555555', Plaintext: utf8('x') })).rejects.toMatchObject({ name: 'NotFoundException' });
  });
});

describe('Decrypt', () => {
  it('CT-2 decrypts without a KeyId and reports the key ARN, algorithm and key material', async () => {
    const { kms, a } = await twoKeys();
    const { CiphertextBlob } = await kms.send('Encrypt', { KeyId: a.KeyId, Plaintext: utf8('hello'), EncryptionContext: context });
    const result = await kms.send('Decrypt', { CiphertextBlob, EncryptionContext: context });
    expect(result).toEqual({ KeyId: a.Arn, Plaintext: utf8('hello'), EncryptionAlgorithm: 'SYMMETRIC_DEFAULT', KeyMaterialId: expect.stringMatching(MATERIAL_ID) as unknown });
    const { KeyMetadata } = await kms.send('DescribeKey', { KeyId: a.KeyId });
    expect(result.KeyMaterialId).toBe((KeyMetadata as { CurrentKeyMaterialId: string }).CurrentKeyMaterialId);
  });

  it('CT-5 Decrypt with a KeyId naming a different key fails with IncorrectKeyException', async () => {
    const { kms, a, b } = await twoKeys();
    const { CiphertextBlob } = await kms.send('Encrypt', { KeyId: a.KeyId, Plaintext: utf8('hello') });
    const error = await rejectionOf(kms.send('Decrypt', { CiphertextBlob, KeyId: b.KeyId }));
    expect(error).toMatchObject({ name: 'IncorrectKeyException', message: 'The key ID in the request does not identify a CMK that can perform this operation.' });
    await expect(kms.send('Decrypt', { CiphertextBlob, KeyId: a.Arn })).resolves.toHaveProperty('Plaintext', utf8('hello'));
  });

  it('Decrypt with a KeyId that names no key fails with NotFoundException', async () => {
    const { kms, a } = await twoKeys();
    const { CiphertextBlob } = await kms.send('Encrypt', { KeyId: a.KeyId, Plaintext: utf8('hello') });
    await expect(kms.send('Decrypt', { CiphertextBlob, KeyId: 'alias/none' })).rejects.toMatchObject({ name: 'NotFoundException' });
  });

  it('Decrypt needs a CiphertextBlob', async () => {
    const { kms } = await newKms();
    await expect(kms.send('Decrypt', {})).rejects.toMatchObject({
      name: 'ValidationException',
      message: "1 validation error detected: Value null at 'ciphertextBlob' failed to satisfy constraint: Member must not be null",
    });
  });

  it('Decrypt of bytes that are no KMS Lab ciphertext fails with InvalidCiphertextException', async () => {
    const { kms } = await newKms();
    const error = await rejectionOf(kms.send('Decrypt', { CiphertextBlob: utf8('definitely not a ciphertext') }));
    expect(error.name).toBe('InvalidCiphertextException');
    expect(error.detail).toMatch(/shorter than any KMS Lab ciphertext/);
  });

  it('Decrypt and GenerateDataKey refuse a Recipient (Nitro Enclaves) with UnsupportedOperationException', async () => {
    const { kms, a } = await twoKeys();
    const { CiphertextBlob } = await kms.send('Encrypt', { KeyId: a.KeyId, Plaintext: utf8('hello') });
    const Recipient = { KeyEncryptionAlgorithm: 'RSAES_OAEP_SHA_256', AttestationDocument: new Uint8Array(8) };
    await expect(kms.send('Decrypt', { CiphertextBlob, Recipient })).rejects.toMatchObject({ name: 'UnsupportedOperationException' });
    await expect(kms.send('GenerateDataKey', { KeyId: a.KeyId, KeySpec: 'AES_256', Recipient })).rejects.toMatchObject({ name: 'UnsupportedOperationException' });
    await expect(kms.send('GenerateRandom', { NumberOfBytes: 16, Recipient })).rejects.toMatchObject({ name: 'UnsupportedOperationException' });
  });
});

describe('ReEncrypt', () => {
  it('moves a ciphertext to another key and context without returning plaintext', async () => {
    const { kms, a, b } = await twoKeys();
    const { CiphertextBlob } = await kms.send('Encrypt', { KeyId: a.KeyId, Plaintext: utf8('move me'), EncryptionContext: context });
    const moved = await kms.send('ReEncrypt', { CiphertextBlob, SourceEncryptionContext: context, DestinationKeyId: b.KeyId, DestinationEncryptionContext: { Stage: 'two' } });
    expect(moved).toEqual({
      CiphertextBlob: expect.any(Uint8Array) as unknown,
      SourceKeyId: a.Arn,
      KeyId: b.Arn,
      SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      SourceKeyMaterialId: expect.stringMatching(MATERIAL_ID) as unknown,
      DestinationKeyMaterialId: expect.stringMatching(MATERIAL_ID) as unknown,
    });
    const decrypted = await kms.send('Decrypt', { CiphertextBlob: moved.CiphertextBlob, EncryptionContext: { Stage: 'two' } });
    expect(decrypted).toMatchObject({ KeyId: b.Arn, Plaintext: utf8('move me') });
    await expect(kms.send('Decrypt', { CiphertextBlob: moved.CiphertextBlob })).rejects.toMatchObject({ name: 'InvalidCiphertextException' });
  });

  it('CT-5 ReEncrypt with a SourceKeyId naming a different key fails with IncorrectKeyException', async () => {
    const { kms, a, b } = await twoKeys();
    const { CiphertextBlob } = await kms.send('Encrypt', { KeyId: a.KeyId, Plaintext: utf8('x') });
    await expect(kms.send('ReEncrypt', { CiphertextBlob, SourceKeyId: b.KeyId, DestinationKeyId: b.KeyId })).rejects.toMatchObject({ name: 'IncorrectKeyException' });
  });

  it('CT-3 ReEncrypt with the wrong source context fails with InvalidCiphertextException', async () => {
    const { kms, a, b } = await twoKeys();
    const { CiphertextBlob } = await kms.send('Encrypt', { KeyId: a.KeyId, Plaintext: utf8('x'), EncryptionContext: context });
    await expect(kms.send('ReEncrypt', { CiphertextBlob, DestinationKeyId: b.KeyId })).rejects.toMatchObject({ name: 'InvalidCiphertextException' });
  });

  it('KEY-2 ReEncrypt checks the destination key: unknown → NotFoundException, disabled → DisabledException', async () => {
    const { kms, a, b } = await twoKeys();
    const { CiphertextBlob } = await kms.send('Encrypt', { KeyId: a.KeyId, Plaintext: utf8('x') });
    await expect(kms.send('ReEncrypt', { CiphertextBlob, DestinationKeyId: 'alias/missing' })).rejects.toMatchObject({ name: 'NotFoundException' });
    await kms.send('DisableKey', { KeyId: b.KeyId });
    await expect(kms.send('ReEncrypt', { CiphertextBlob, DestinationKeyId: b.KeyId })).rejects.toMatchObject({ name: 'DisabledException', message: `${b.Arn} is disabled.` });
    await expect(kms.send('ReEncrypt', { CiphertextBlob })).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(kms.send('ReEncrypt', { DestinationKeyId: a.KeyId })).rejects.toMatchObject({ name: 'ValidationException' });
  });
});

describe('GenerateDataKey and GenerateDataKeyWithoutPlaintext', () => {
  it.each([
    [{ KeySpec: 'AES_256' }, 32],
    [{ KeySpec: 'AES_128' }, 16],
    [{ NumberOfBytes: 1 }, 1],
    [{ NumberOfBytes: 1024 }, 1024],
  ])('CT-6 GenerateDataKey %j gives a %i-byte data key and its ciphertext', async (size, bytes) => {
    const { kms, a } = await twoKeys();
    const result = await kms.send('GenerateDataKey', { KeyId: a.KeyId, ...size, EncryptionContext: context });
    expect(result).toEqual({
      CiphertextBlob: expect.any(Uint8Array) as unknown,
      Plaintext: expect.any(Uint8Array) as unknown,
      KeyId: a.Arn,
      KeyMaterialId: expect.stringMatching(MATERIAL_ID) as unknown,
    });
    expect(result.Plaintext).toHaveLength(bytes);
    expect((result.CiphertextBlob as Uint8Array).length).toBe(bytes + 78);
    const decrypted = await kms.send('Decrypt', { CiphertextBlob: result.CiphertextBlob, EncryptionContext: context });
    expect(decrypted.Plaintext).toEqual(result.Plaintext);
  });

  it('CT-6 GenerateDataKeyWithoutPlaintext returns only the encrypted data key', async () => {
    const { kms, a } = await twoKeys();
    const result = await kms.send('GenerateDataKeyWithoutPlaintext', { KeyId: a.KeyId, KeySpec: 'AES_256' });
    expect(Object.keys(result).sort()).toEqual(['CiphertextBlob', 'KeyId', 'KeyMaterialId']);
    expect((await kms.send('Decrypt', { CiphertextBlob: result.CiphertextBlob })).Plaintext).toHaveLength(32);
  });

  it.each(['GenerateDataKey', 'GenerateDataKeyWithoutPlaintext'])('CT-6 %s takes exactly one of KeySpec or NumberOfBytes', async (operation) => {
    const { kms, a } = await twoKeys();
    await expect(kms.send(operation, { KeyId: a.KeyId })).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'Please specify either number of bytes or key spec.',
    });
    await expect(kms.send(operation, { KeyId: a.KeyId, KeySpec: 'AES_256', NumberOfBytes: 32 })).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'Please specify either number of bytes or key spec, not both.',
    });
    await expect(kms.send(operation, { KeyId: a.KeyId, NumberOfBytes: 0 })).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(kms.send(operation, { KeyId: a.KeyId, NumberOfBytes: 1025 })).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(kms.send(operation, { KeyId: a.KeyId, KeySpec: 'AES_512' })).rejects.toMatchObject({ name: 'ValidationException' });
  });
});

describe('GenerateRandom', () => {
  it('CT-6 GenerateRandom returns 1–1,024 fresh random bytes', async () => {
    const { kms } = await newKms();
    for (const NumberOfBytes of [1, 1024]) expect((await kms.send('GenerateRandom', { NumberOfBytes })).Plaintext).toHaveLength(NumberOfBytes);
    const [one, two] = [await kms.send('GenerateRandom', { NumberOfBytes: 32 }), await kms.send('GenerateRandom', { NumberOfBytes: 32 })];
    expect(one.Plaintext).not.toEqual(two.Plaintext);
    await expect(kms.send('GenerateRandom', { NumberOfBytes: 0 })).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(kms.send('GenerateRandom', {})).rejects.toMatchObject({
      name: 'ValidationException',
      message: "1 validation error detected: Value null at 'numberOfBytes' failed to satisfy constraint: Member must not be null",
    });
  });

  it('GenerateRandom in a custom key store fails with CustomKeyStoreNotFoundException', async () => {
    const { kms } = await newKms();
    await expect(kms.send('GenerateRandom', { NumberOfBytes: 8, CustomKeyStoreId: 'cks-1' })).rejects.toMatchObject({
      name: 'CustomKeyStoreNotFoundException',
      message: "Custom key store 'cks-1' does not exist.",
    });
  });
});
