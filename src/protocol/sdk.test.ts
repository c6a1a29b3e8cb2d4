// The real @aws-sdk/client-kms against the engine through sdkRequestHandler: the SDK serialises,
// signs and parses exactly as it would against AWS, so these tests hold the wire format to the SDK.
// Errors, Regions and identities are in sdk-errors.test.ts.

import { beforeEach, describe, expect, it } from 'vitest';
import {
  CancelKeyDeletionCommand, CreateAliasCommand, CreateKeyCommand, DecryptCommand, DescribeKeyCommand, DisableKeyRotationCommand,
  EnableKeyRotationCommand, EncryptCommand, GenerateDataKeyCommand, GenerateDataKeyWithoutPlaintextCommand, GetKeyPolicyCommand,
  GetKeyRotationStatusCommand, KMSClient, ListAliasesCommand, ListKeyPoliciesCommand, ListKeyRotationsCommand, ListKeysCommand,
  ListResourceTagsCommand, PutKeyPolicyCommand, ReEncryptCommand, RotateKeyOnDemandCommand, ScheduleKeyDeletionCommand,
  TagResourceCommand, UntagResourceCommand,
} from '@aws-sdk/client-kms';
import { createKms, ManualClock, type Kms } from '../engine/index';
import { sdkRequestHandler } from './index';

const ALICE = 'AKIAKMSLABALICE00002';
const START = Date.UTC(2026, 10, 29, 12, 0, 0);
const DAY = 86_400_000;
const bytes = (text: string) => new TextEncoder().encode(text);

let kms: Kms;
let clock: ManualClock;

function client(region = 'us-east-1'): KMSClient {
  return new KMSClient({
    region,
    credentials: { accessKeyId: ALICE, secretAccessKey: 'kms-lab-does-not-check-signatures' },
    requestHandler: sdkRequestHandler(kms),
    maxAttempts: 1,
  });
}

async function newKey(kmsClient = client(), description = 'sdk test key') {
  const { KeyMetadata } = await kmsClient.send(new CreateKeyCommand({ Description: description }));
  return KeyMetadata!;
}

beforeEach(async () => {
  clock = new ManualClock(START);
  kms = await createKms({ clock });
});

describe('sdkRequestHandler with @aws-sdk/client-kms', () => {
  it('creates a key whose metadata arrives typed: ARN in the Region, CreationDate a Date', async () => {
    const key = await newKey();
    expect(key.Arn).toBe(`arn:aws:kms:us-east-1:111122223333:key/${key.KeyId}`);
    expect(key.CreationDate).toBeInstanceOf(Date);
    expect(key.CreationDate!.getTime()).toBe(START);
    expect(key).toMatchObject({ KeyState: 'Enabled', KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT', Description: 'sdk test key', Enabled: true });
  });

  it('describes a key by its alias, and lists the alias', async () => {
    const key = await newKey();
    const kmsClient = client();
    await kmsClient.send(new CreateAliasCommand({ AliasName: 'alias/payroll', TargetKeyId: key.KeyId }));
    const described = await kmsClient.send(new DescribeKeyCommand({ KeyId: 'alias/payroll' }));
    expect(described.KeyMetadata!.KeyId).toBe(key.KeyId);
    const { Aliases } = await kmsClient.send(new ListAliasesCommand({}));
    expect(Aliases).toContainEqual(expect.objectContaining({ AliasName: 'alias/payroll', TargetKeyId: key.KeyId, AliasArn: 'arn:aws:kms:us-east-1:111122223333:alias/payroll' }));
  });

  it('round-trips Encrypt and Decrypt with an encryption context, blobs as Uint8Array', async () => {
    const key = await newKey();
    const kmsClient = client();
    const context = { Department: 'Engineering', Project: 'Alpha' };
    const encrypted = await kmsClient.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: bytes('hello, KMS'), EncryptionContext: context }));
    expect(encrypted.KeyId).toBe(key.Arn);
    expect(encrypted.CiphertextBlob).toBeInstanceOf(Uint8Array);
    expect(encrypted.CiphertextBlob!.length).toBe(10 + 78);
    const decrypted = await kmsClient.send(new DecryptCommand({ CiphertextBlob: encrypted.CiphertextBlob, EncryptionContext: context }));
    expect(new TextDecoder().decode(decrypted.Plaintext)).toBe('hello, KMS');
    expect(decrypted.KeyId).toBe(key.Arn);
    expect(decrypted.EncryptionAlgorithm).toBe('SYMMETRIC_DEFAULT');
  });

  it('generates data keys with and without plaintext, and both decrypt to the same length', async () => {
    const key = await newKey();
    const kmsClient = client();
    const dataKey = await kmsClient.send(new GenerateDataKeyCommand({ KeyId: key.Arn, KeySpec: 'AES_256' }));
    expect(dataKey.Plaintext!.length).toBe(32);
    const again = await kmsClient.send(new DecryptCommand({ CiphertextBlob: dataKey.CiphertextBlob }));
    expect(again.Plaintext).toEqual(dataKey.Plaintext);
    const sealed = await kmsClient.send(new GenerateDataKeyWithoutPlaintextCommand({ KeyId: key.KeyId, NumberOfBytes: 16 }));
    expect(sealed).not.toHaveProperty('Plaintext');
    expect((await kmsClient.send(new DecryptCommand({ CiphertextBlob: sealed.CiphertextBlob }))).Plaintext!.length).toBe(16);
  });

  it('re-encrypts under another key without the plaintext leaving KMS', async () => {
    const [first, second] = [await newKey(), await newKey()];
    const kmsClient = client();
    const { CiphertextBlob } = await kmsClient.send(new EncryptCommand({ KeyId: first.KeyId, Plaintext: bytes('move me') }));
    const moved = await kmsClient.send(new ReEncryptCommand({ CiphertextBlob, DestinationKeyId: second.KeyId }));
    expect(moved).toMatchObject({ SourceKeyId: first.Arn, KeyId: second.Arn });
    const decrypted = await kmsClient.send(new DecryptCommand({ CiphertextBlob: moved.CiphertextBlob }));
    expect(decrypted.KeyId).toBe(second.Arn);
    expect(new TextDecoder().decode(decrypted.Plaintext)).toBe('move me');
  });

  it('pages through ListKeys with Limit and Marker', async () => {
    const created = [];
    for (let i = 0; i < 5; i++) created.push((await newKey()).KeyId);
    const kmsClient = client();
    const seen: string[] = [];
    let marker: string | undefined;
    let pages = 0;
    do {
      const page = await kmsClient.send(new ListKeysCommand({ Limit: 2, ...(marker && { Marker: marker }) }));
      seen.push(...page.Keys!.map((k) => k.KeyId!));
      expect(page.Truncated).toBe(page.NextMarker !== undefined);
      marker = page.NextMarker;
      pages++;
    } while (marker);
    expect(pages).toBe(3);
    // Every key exactly once (the page order is the engine's business).
    expect([...seen].sort()).toEqual([...created].sort());
  });

  it('enables, reads, performs and lists rotations, with dates as Dates', async () => {
    const key = await newKey();
    const kmsClient = client();
    await kmsClient.send(new EnableKeyRotationCommand({ KeyId: key.KeyId, RotationPeriodInDays: 90 }));
    const status = await kmsClient.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }));
    expect(status).toMatchObject({ KeyRotationEnabled: true, RotationPeriodInDays: 90 });
    expect(status.NextRotationDate).toEqual(new Date(START + 90 * DAY));
    await kmsClient.send(new RotateKeyOnDemandCommand({ KeyId: key.KeyId }));
    const { Rotations } = await kmsClient.send(new ListKeyRotationsCommand({ KeyId: key.KeyId }));
    expect(Rotations).toHaveLength(1);
    expect(Rotations![0]).toMatchObject({ RotationType: 'ON_DEMAND', KeyMaterialState: 'CURRENT', RotationDate: new Date(START) });
    await kmsClient.send(new DisableKeyRotationCommand({ KeyId: key.KeyId }));
    expect((await kmsClient.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }))).KeyRotationEnabled).toBe(false);
  });

  it('tags and untags a key', async () => {
    const key = await newKey();
    const kmsClient = client();
    await kmsClient.send(new TagResourceCommand({ KeyId: key.KeyId, Tags: [{ TagKey: 'team', TagValue: 'payments' }, { TagKey: 'env', TagValue: 'prod' }] }));
    await kmsClient.send(new UntagResourceCommand({ KeyId: key.KeyId, TagKeys: ['env'] }));
    const { Tags } = await kmsClient.send(new ListResourceTagsCommand({ KeyId: key.KeyId }));
    expect(Tags).toEqual([{ TagKey: 'team', TagValue: 'payments' }]);
  });

  it('reads, lists and replaces the key policy', async () => {
    const key = await newKey();
    const kmsClient = client();
    const original = await kmsClient.send(new GetKeyPolicyCommand({ KeyId: key.KeyId }));
    expect(JSON.parse(original.Policy!)).toMatchObject({ Id: 'key-default-1' });
    expect((await kmsClient.send(new ListKeyPoliciesCommand({ KeyId: key.KeyId }))).PolicyNames).toEqual(['default']);
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Sid: 'Root', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }],
    });
    await kmsClient.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, PolicyName: 'default', Policy: policy }));
    expect((await kmsClient.send(new GetKeyPolicyCommand({ KeyId: key.KeyId, PolicyName: 'default' }))).Policy).toBe(policy);
  });

  it('schedules a deletion (DeletionDate a Date on the engine clock) and cancels it back to Disabled', async () => {
    const key = await newKey();
    const kmsClient = client();
    const scheduled = await kmsClient.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 7 }));
    expect(scheduled.DeletionDate).toBeInstanceOf(Date);
    expect(scheduled).toMatchObject({ KeyId: key.Arn, KeyState: 'PendingDeletion', PendingWindowInDays: 7, DeletionDate: new Date(START + 7 * DAY) });
    await kmsClient.send(new CancelKeyDeletionCommand({ KeyId: key.KeyId }));
    expect((await kmsClient.send(new DescribeKeyCommand({ KeyId: key.KeyId }))).KeyMetadata!.KeyState).toBe('Disabled');
  });
});
