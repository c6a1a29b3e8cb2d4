// The request pipeline's own rules (REQ) and how a KeyId names a key (ID).

import { describe, expect, it } from 'vitest';
import { createInProcessHsm, createKms, MemoryStorage, type HsmTransport } from './index';
import { ACCOUNT, newKms, rejectionOf, utf8 } from '../testing/fixture';
import { recordEvents } from '../testing/recorders';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const plaintext = utf8('attack at dawn');

describe('REQ: requests', () => {
  it('REQ-1 an unknown operation fails with UnknownOperationException', async () => {
    const { kms } = await newKms();
    const error = await rejectionOf(kms.send('DeleteKey', { KeyId: 'x' }));
    expect(error).toMatchObject({ name: 'UnknownOperationException', message: 'KMS Lab does not know the operation DeleteKey.' });
    expect(kms.trail.entries()).toHaveLength(1);
    expect(kms.operations).toContain('GenerateDataKey');
    expect(kms.operations).not.toContain('DeleteKey');
  });

  it('REQ-1 a Region or principal KMS Lab does not know fails with UnrecognizedClientException', async () => {
    const { kms } = await newKms();
    await expect(kms.send('ListKeys', {}, { region: 'mars-north-1' })).rejects.toMatchObject({ name: 'UnrecognizedClientException' });
    await expect(kms.send('ListKeys', {}, { principal: 'arn:aws:iam::999999999999:role/Nobody' })).rejects.toMatchObject({ name: 'UnrecognizedClientException' });
  });

  it('REQ-2 a member of the wrong type fails with SerializationException', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    await expect(kms.send('Encrypt', { KeyId, Plaintext: 'not bytes' })).rejects.toMatchObject({
      name: 'SerializationException',
      message: "Invalid type at 'plaintext': expected a blob.",
    });
    await expect(kms.send('DescribeKey', { KeyId: 42 })).rejects.toMatchObject({ name: 'SerializationException', message: "Invalid type at 'keyId': expected a string." });
    await expect(kms.send('GenerateRandom', { NumberOfBytes: 1.5 })).rejects.toMatchObject({ name: 'SerializationException' });
    await expect(kms.send('Encrypt', { KeyId, Plaintext: plaintext, EncryptionContext: ['a'] })).rejects.toMatchObject({ name: 'SerializationException' });
    await expect(kms.send('Encrypt', { KeyId, Plaintext: plaintext, EncryptionContext: { a: 1 } })).rejects.toMatchObject({ name: 'SerializationException' });
    await expect(kms.send('Encrypt', { KeyId, Plaintext: plaintext, DryRun: 'yes' })).rejects.toMatchObject({ name: 'SerializationException' });
    await expect(kms.send('CreateKey', { Tags: { TagKey: 'a' } })).rejects.toMatchObject({ name: 'SerializationException' });
    await expect(kms.send('ListKeys', [] as unknown as Record<string, unknown>)).rejects.toMatchObject({ name: 'SerializationException' });
  });

  it('REQ-2 a violated constraint fails with one ValidationException in AWS words', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    await expect(kms.send('Encrypt', { KeyId, Plaintext: new Uint8Array(4097) })).rejects.toMatchObject({
      name: 'ValidationException',
      message: "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096",
    });
    await expect(kms.send('Encrypt', { Plaintext: plaintext })).rejects.toMatchObject({
      message: "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null",
    });
    await expect(kms.send('GenerateRandom', { NumberOfBytes: 1025 })).rejects.toMatchObject({
      message: "1 validation error detected: Value '1025' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024",
    });
    await expect(kms.send('Encrypt', { KeyId, Plaintext: plaintext, EncryptionAlgorithm: 'ROT13' })).rejects.toMatchObject({
      message:
        "1 validation error detected: Value 'ROT13' at 'encryptionAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [SYMMETRIC_DEFAULT, RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, SM2PKE]",
    });
  });

  it('REQ-2 violated constraints are reported together', async () => {
    const { kms } = await newKms();
    const error = await rejectionOf(kms.send('Encrypt', { KeyId: '', Plaintext: new Uint8Array(0) }));
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe(
      "2 validation errors detected: Value '' at 'keyId' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
        "Value at 'plaintext' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it('REQ-2 unknown members are ignored', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    await expect(kms.send('Encrypt', { KeyId, Plaintext: plaintext, Colour: 'blue' })).resolves.toHaveProperty('CiphertextBlob');
  });

  it('REQ-3 every request passes the authorize step, which allows identities of the account', async () => {
    const { kms } = await newKms();
    const recorder = recordEvents(kms);
    for (const identity of kms.identities) await kms.send('ListKeys', {}, { principal: identity.arn });
    const decisions = recorder.events.filter((event) => event.type === 'request.authorized');
    expect(decisions).toHaveLength(kms.identities.length);
    for (const decision of decisions) expect(decision).toMatchObject({ action: 'kms:ListKeys', decision: 'Allow', reason: expect.stringContaining('kms:ListKeys') as unknown });
  });

  it('REQ-5 crypto responses name the key by its ARN whatever form the request used', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    await kms.send('CreateAlias', { AliasName: 'alias/app', TargetKeyId: KeyId });
    for (const form of [KeyId, Arn, 'alias/app', `arn:aws:kms:us-east-1:${ACCOUNT}:alias/app`]) {
      const encrypted = await kms.send('Encrypt', { KeyId: form, Plaintext: plaintext });
      expect(encrypted.KeyId).toBe(Arn);
      expect((await kms.send('Decrypt', { CiphertextBlob: encrypted.CiphertextBlob, KeyId: form })).KeyId).toBe(Arn);
      expect((await kms.send('GenerateDataKey', { KeyId: form, KeySpec: 'AES_256' })).KeyId).toBe(Arn);
      expect((await kms.send('GenerateDataKeyWithoutPlaintext', { KeyId: form, NumberOfBytes: 16 })).KeyId).toBe(Arn);
      const reencrypted = await kms.send('ReEncrypt', { CiphertextBlob: encrypted.CiphertextBlob, SourceKeyId: form, DestinationKeyId: form });
      expect(reencrypted).toMatchObject({ KeyId: Arn, SourceKeyId: Arn });
    }
  });

  it('REQ-6 DryRun on a valid request fails with DryRunOperationException and changes nothing', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    const { CiphertextBlob } = await kms.send('Encrypt', { KeyId, Plaintext: plaintext });
    const recorder = recordEvents(kms);
    const requests: Array<[string, Record<string, unknown>]> = [
      ['Encrypt', { KeyId, Plaintext: plaintext, DryRun: true }],
      ['Decrypt', { CiphertextBlob, DryRun: true }],
      ['Decrypt', { KeyId, DryRun: true, DryRunModifiers: ['IGNORE_CIPHERTEXT'] }],
      ['ReEncrypt', { CiphertextBlob, DestinationKeyId: KeyId, DryRun: true }],
      ['GenerateDataKey', { KeyId, KeySpec: 'AES_256', DryRun: true }],
      ['GenerateDataKeyWithoutPlaintext', { KeyId, KeySpec: 'AES_128', DryRun: true }],
    ];
    for (const [operation, input] of requests) {
      await expect(kms.send(operation, input)).rejects.toMatchObject({
        name: 'DryRunOperationException',
        message: 'The request was rejected because the DryRun parameter was specified.',
      });
      expect(kms.trail.entries().at(-1)!.record).toMatchObject({ eventName: operation, errorCode: 'DryRunOperationException' });
    }
    expect(recorder.events.filter((event) => event.type === 'hsm.message')).toEqual([]);
    expect(recorder.events.filter((event) => event.type === 'storage.write').every((event) => event.keys.length === 0)).toBe(true);
  });

  it('REQ-6 Decrypt DryRun with IGNORE_CIPHERTEXT needs a KeyId', async () => {
    const { kms } = await newKms();
    await expect(kms.send('Decrypt', { DryRun: true, DryRunModifiers: ['IGNORE_CIPHERTEXT'] })).rejects.toMatchObject({ name: 'ValidationException' });
  });

  it('REQ-7 state-changing requests run one at a time per Region; cryptographic ones run together', async () => {
    const inner = createInProcessHsm();
    const inFlight = new Map<string, number>();
    const peak = new Map<string, number>();
    // Holds every HSM call open a moment, so that requests that may overlap do overlap.
    const slow: HsmTransport = {
      hsmId: (route) => inner.hsmId(route),
      async call(request) {
        const key = `${request.route.region}/${request.op}`;
        inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
        peak.set(key, Math.max(peak.get(key) ?? 0, inFlight.get(key)!));
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight.set(key, inFlight.get(key)! - 1);
        return inner.call(request);
      },
    };
    const kms = await createKms({ hsm: slow, storage: new MemoryStorage() });
    const create = (region: string) => kms.send('CreateKey', {}, { region });
    const keys = await Promise.all([create('us-east-1'), create('us-east-1'), create('us-east-1'), create('eu-west-1')]);
    expect(peak.get('us-east-1/GenerateKeyMaterial')).toBe(1);
    const KeyId = (keys[0].KeyMetadata as { KeyId: string }).KeyId;
    await Promise.all(Array.from({ length: 4 }, () => kms.send('Encrypt', { KeyId, Plaintext: plaintext })));
    expect(peak.get('us-east-1/Encrypt')).toBe(4);
  });
});

describe('ID: key identifiers', () => {
  it('ID-1 key IDs are UUID v4 and ARNs follow arn:aws:kms:<region>:<account>:key|alias/…', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId, Arn } = await createKey({}, { region: 'eu-west-1' });
    expect(KeyId).toMatch(UUID_V4);
    expect(Arn).toBe(`arn:aws:kms:eu-west-1:${ACCOUNT}:key/${KeyId}`);
    await kms.send('CreateAlias', { AliasName: 'alias/x', TargetKeyId: KeyId }, { region: 'eu-west-1' });
    const { Aliases } = (await kms.send('ListAliases', {}, { region: 'eu-west-1' })) as { Aliases: Array<{ AliasArn: string }> };
    expect(Aliases[0]!.AliasArn).toBe(`arn:aws:kms:eu-west-1:${ACCOUNT}:alias/x`);
  });

  it('ID-2 DescribeKey and crypto operations accept key ID, key ARN, alias name and alias ARN', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    await kms.send('CreateAlias', { AliasName: 'alias/app', TargetKeyId: KeyId });
    for (const form of [KeyId, Arn, 'alias/app', `arn:aws:kms:us-east-1:${ACCOUNT}:alias/app`]) {
      expect(((await kms.send('DescribeKey', { KeyId: form })).KeyMetadata as { Arn: string }).Arn).toBe(Arn);
    }
  });

  it('ID-2 management operations take a key ID or key ARN only', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    await kms.send('CreateAlias', { AliasName: 'alias/app', TargetKeyId: KeyId });
    await kms.send('DisableKey', { KeyId: Arn });
    await kms.send('EnableKey', { KeyId });
    const aliasArn = `arn:aws:kms:us-east-1:${ACCOUNT}:alias/app`;
    for (const operation of ['DisableKey', 'EnableKey', 'GetKeyPolicy', 'ListResourceTags', 'EnableKeyRotation', 'CancelKeyDeletion']) {
      await expect(kms.send(operation, { KeyId: 'alias/app' })).rejects.toMatchObject({ name: 'NotFoundException', message: 'Invalid keyId alias/app' });
      await expect(kms.send(operation, { KeyId: aliasArn })).rejects.toMatchObject({ name: 'NotFoundException', message: `Invalid keyId ${aliasArn}` });
    }
  });

  it('ID-3 unknown keys, unknown aliases and non-identifiers fail with NotFoundException in AWS words', async () => {
    const { kms } = await newKms();
    const id = '0b3f8c62-2f1c-4d3e-9a4b-6c5d7e8f9a0b';
    const arn = `arn:aws:kms:us-east-1:${ACCOUNT}:key/${id}`;
    await expect(kms.send('DescribeKey', { KeyId: id })).rejects.toMatchObject({ name: 'NotFoundException', message: `Key '${arn}' does not exist` });
    await expect(kms.send('DescribeKey', { KeyId: arn })).rejects.toMatchObject({ message: `Key '${arn}' does not exist` });
    await expect(kms.send('Encrypt', { KeyId: 'alias/nope', Plaintext: plaintext })).rejects.toMatchObject({
      name: 'NotFoundException',
      message: `Alias 'arn:aws:kms:us-east-1:${ACCOUNT}:alias/nope' does not exist`,
    });
    await expect(kms.send('DescribeKey', { KeyId: 'not-a-key' })).rejects.toMatchObject({ name: 'NotFoundException', message: 'Invalid keyId not-a-key' });
    await expect(kms.send('DescribeKey', { KeyId: 'arn:aws:kms:broken' })).rejects.toMatchObject({ message: 'Invalid keyId arn:aws:kms:broken' });
  });
});

describe('observer calls', () => {
  it('REQ-8 an observer call reads state with no CloudTrail record, no quota and no events', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    kms.simulation.setQuota('us-east-1', 'describe', 1);
    const seen: string[] = [];
    kms.events.subscribe((event) => seen.push(event.type));
    const before = kms.trail.entries().length;
    for (let i = 0; i < 5; i++) await kms.send('DescribeKey', { KeyId }, { observer: true });
    await kms.send('ListAliases', {}, { observer: true });
    expect(kms.trail.entries()).toHaveLength(before);
    expect(seen).toEqual([]);
    await expect(kms.send('DescribeKey', { KeyId })).resolves.toBeDefined();
  });

  it('REQ-8 an observer call may not use or change keys', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    for (const [operation, input] of [['Encrypt', { KeyId, Plaintext: new Uint8Array(1) }], ['DisableKey', { KeyId }]] as const) {
      await expect(kms.send(operation, input, { observer: true })).rejects.toMatchObject({ name: 'ValidationException' });
    }
    expect((await kms.send('DescribeKey', { KeyId })).KeyMetadata).toMatchObject({ KeyState: 'Enabled' });
  });
});
