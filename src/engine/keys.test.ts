// Key lifecycle operations: CreateKey, DescribeKey, ListKeys, UpdateKeyDescription, EnableKey,
// DisableKey, ScheduleKeyDeletion, CancelKeyDeletion (SPEC KEY-1, KEY-3, KEY-4, KEY-6).

import { describe, expect, it } from 'vitest';
import { createKms, ManualClock, toBase64, type Cloneable, type Storage } from './index';
import { ACCOUNT, DAY_MS, START, newKms, rejectionOf, utf8 } from '../testing/fixture';

type Listed = { Keys: Array<{ KeyId: string; KeyArn: string }>; Truncated: boolean; NextMarker?: string };

describe('CreateKey and DescribeKey', () => {
  it('KEY-1 CreateKey makes an Enabled customer managed SYMMETRIC_DEFAULT key from AWS_KMS', async () => {
    const { kms } = await newKms();
    const { KeyMetadata } = await kms.send('CreateKey', { Description: 'orders' });
    expect(KeyMetadata).toEqual({
      AWSAccountId: ACCOUNT,
      KeyId: expect.any(String) as unknown,
      Arn: expect.stringMatching(/^arn:aws:kms:us-east-1:111122223333:key\//) as unknown,
      CreationDate: new Date(START),
      Enabled: true,
      Description: 'orders',
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeyState: 'Enabled',
      Origin: 'AWS_KMS',
      KeyManager: 'CUSTOMER',
      CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
      KeySpec: 'SYMMETRIC_DEFAULT',
      EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
      MultiRegion: false,
      CurrentKeyMaterialId: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
    });
    const described = await kms.send('DescribeKey', { KeyId: (KeyMetadata as { KeyId: string }).KeyId });
    expect(described.KeyMetadata).toEqual(KeyMetadata);
  });

  it('KEY-1 CreateKey takes the explicit defaults too', async () => {
    const { kms } = await newKms();
    const input = { KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT', Origin: 'AWS_KMS', MultiRegion: false };
    await expect(kms.send('CreateKey', input)).resolves.toHaveProperty('KeyMetadata.KeyState', 'Enabled');
    await expect(kms.send('CreateKey', { CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT' })).resolves.toHaveProperty('KeyMetadata.KeySpec', 'SYMMETRIC_DEFAULT');
  });

  it.each([
    [{ KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }, 'UnsupportedOperationException'],
    [{ KeySpec: 'HMAC_256' }, 'UnsupportedOperationException'],
    [{ CustomerMasterKeySpec: 'ECC_NIST_P256' }, 'UnsupportedOperationException'],
    [{ Origin: 'EXTERNAL' }, 'UnsupportedOperationException'],
    [{ Origin: 'AWS_CLOUDHSM' }, 'UnsupportedOperationException'],
    [{ Origin: 'EXTERNAL_KEY_STORE' }, 'UnsupportedOperationException'],
    [{ MultiRegion: true }, 'UnsupportedOperationException'],
    [{ KeyUsage: 'SIGN_VERIFY' }, 'ValidationException'],
    [{ KeySpec: 'SYMMETRIC_DEFAULT', CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT' }, 'ValidationException'],
    [{ KeySpec: 'AES_256' }, 'ValidationException'],
  ])('KEY-1 CreateKey refuses what KMS Lab does not simulate: %j', async (input, name) => {
    const { kms } = await newKms();
    await expect(kms.send('CreateKey', input)).rejects.toMatchObject({ name });
    expect(((await kms.send('ListKeys', {})) as Listed).Keys).toEqual([]);
  });

  it('KEY-1 CreateKey with a custom key store id fails with CustomKeyStoreNotFoundException', async () => {
    const { kms } = await newKms();
    await expect(kms.send('CreateKey', { CustomKeyStoreId: 'cks-1234567890abcdef0' })).rejects.toMatchObject({
      name: 'CustomKeyStoreNotFoundException',
      message: "Custom key store 'cks-1234567890abcdef0' does not exist.",
    });
  });

  it('KEY-6 a Region holds at most 100,000 customer managed keys', async () => {
    // 100,000 minimal key records, loaded by a storage that skips MemoryStorage's cloning (which would
    // take seconds): the quota counts records, not their content.
    const state = Array.from({ length: 100_000 }, (_, i): [string, Cloneable] => {
      const keyId = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      return [`key/us-east-1/${keyId}`, { keyId, region: 'us-east-1', keyState: 'Disabled', creationDate: START, rotation: { enabled: false, periodInDays: 365 }, versions: [] }];
    });
    const storage: Storage = { kind: 'memory', load: () => Promise.resolve({ state, trail: [] }), commit: () => Promise.resolve(), replace: () => Promise.resolve(), close() {} };
    const kms = await createKms({ storage, clock: new ManualClock(START) });
    await expect(kms.send('CreateKey', {})).rejects.toMatchObject({
      name: 'LimitExceededException',
      message: 'You have reached the quota of 100000 customer managed keys in this Region.',
    });
    await expect(kms.send('CreateKey', {}, { region: 'eu-west-1' })).resolves.toHaveProperty('KeyMetadata');
  });
});

describe('ListKeys', () => {
  it('pages with Limit and Marker, and covers every key once', async () => {
    const { kms, createKey } = await newKms();
    const created = new Set<string>();
    for (let i = 0; i < 5; i++) created.add((await createKey()).KeyId);
    const seen: string[] = [];
    let marker: string | undefined;
    const pages: number[] = [];
    do {
      const page = (await kms.send('ListKeys', { Limit: 2, ...(marker && { Marker: marker }) })) as Listed;
      pages.push(page.Keys.length);
      seen.push(...page.Keys.map((key) => key.KeyId));
      for (const key of page.Keys) expect(key.KeyArn).toBe(`arn:aws:kms:us-east-1:${ACCOUNT}:key/${key.KeyId}`);
      expect(page.Truncated).toBe(page.NextMarker !== undefined);
      marker = page.NextMarker;
    } while (marker);
    expect(pages).toEqual([2, 2, 1]);
    expect(new Set(seen)).toEqual(created);
    expect(seen).toHaveLength(5);
    expect(((await kms.send('ListKeys', {})) as Listed).Keys).toHaveLength(5);
  });

  it('refuses a Marker it did not issue with InvalidMarkerException', async () => {
    const { kms, createKey } = await newKms();
    await createKey();
    for (const Marker of ['garbage', toBase64(utf8('kms-lab-marker:99')), toBase64(utf8('other:1')), toBase64(utf8('kms-lab-marker:-1'))]) {
      await expect(kms.send('ListKeys', { Marker })).rejects.toMatchObject({ name: 'InvalidMarkerException', message: 'Invalid marker' });
    }
  });

  it('takes Limit 1–1000', async () => {
    const { kms } = await newKms();
    await expect(kms.send('ListKeys', { Limit: 0 })).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(kms.send('ListKeys', { Limit: 1001 })).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(kms.send('ListKeys', { Limit: 1000 })).resolves.toEqual({ Keys: [], Truncated: false });
  });
});

describe('UpdateKeyDescription, EnableKey and DisableKey', () => {
  it('UpdateKeyDescription replaces the description (0–8,192 characters)', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey({ Description: 'old' });
    await expect(kms.send('UpdateKeyDescription', { KeyId, Description: 'new' })).resolves.toEqual({});
    expect(await kms.send('DescribeKey', { KeyId })).toHaveProperty('KeyMetadata.Description', 'new');
    await kms.send('UpdateKeyDescription', { KeyId, Description: '' });
    expect(await kms.send('DescribeKey', { KeyId })).toHaveProperty('KeyMetadata.Description', '');
    await expect(kms.send('UpdateKeyDescription', { KeyId, Description: 'x'.repeat(8193) })).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(kms.send('UpdateKeyDescription', { KeyId })).rejects.toMatchObject({
      message: "1 validation error detected: Value null at 'description' failed to satisfy constraint: Member must not be null",
    });
  });

  it('KEY-2 DisableKey makes crypto refuse with DisabledException; EnableKey restores it', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    await expect(kms.send('DisableKey', { KeyId })).resolves.toEqual({});
    expect(await kms.send('DescribeKey', { KeyId })).toMatchObject({ KeyMetadata: { KeyState: 'Disabled', Enabled: false } });
    await expect(kms.send('DisableKey', { KeyId })).resolves.toEqual({});
    await expect(kms.send('Encrypt', { KeyId, Plaintext: utf8('x') })).rejects.toMatchObject({ name: 'DisabledException', message: `${Arn} is disabled.` });
    await expect(kms.send('EnableKey', { KeyId })).resolves.toEqual({});
    expect(await kms.send('DescribeKey', { KeyId })).toMatchObject({ KeyMetadata: { KeyState: 'Enabled', Enabled: true } });
    await expect(kms.send('Encrypt', { KeyId, Plaintext: utf8('x') })).resolves.toHaveProperty('CiphertextBlob');
  });
});

describe('ScheduleKeyDeletion and CancelKeyDeletion', () => {
  it('KEY-3 ScheduleKeyDeletion takes 7–30 days (default 30) and returns KeyId, DeletionDate, KeyState, PendingWindowInDays', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    const scheduled = await kms.send('ScheduleKeyDeletion', { KeyId });
    expect(scheduled).toEqual({ KeyId: Arn, DeletionDate: new Date(START + 30 * DAY_MS), KeyState: 'PendingDeletion', PendingWindowInDays: 30 });
    expect(await kms.send('DescribeKey', { KeyId })).toMatchObject({
      KeyMetadata: { KeyState: 'PendingDeletion', Enabled: false, DeletionDate: new Date(START + 30 * DAY_MS) },
    });
    // Only a multi-Region primary awaiting its replicas' deletion reports PendingDeletionWindowInDays.
    expect((await kms.send('DescribeKey', { KeyId })).KeyMetadata).not.toHaveProperty('PendingDeletionWindowInDays');
    for (const days of [7, 30]) {
      const key = await createKey();
      await expect(kms.send('ScheduleKeyDeletion', { KeyId: key.KeyId, PendingWindowInDays: days })).resolves.toMatchObject({
        PendingWindowInDays: days,
        DeletionDate: new Date(START + days * DAY_MS),
      });
    }
  });

  it.each([
    [6, "1 validation error detected: Value '6' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value greater than or equal to 7"],
    [31, "1 validation error detected: Value '31' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value less than or equal to 30"],
    [0, "1 validation error detected: Value '0' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value greater than or equal to 1"],
    [366, "1 validation error detected: Value '366' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value less than or equal to 365"],
  ])('KEY-3 ScheduleKeyDeletion refuses a window of %i days with ValidationException', async (days, message) => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    await expect(kms.send('ScheduleKeyDeletion', { KeyId, PendingWindowInDays: days })).rejects.toMatchObject({ name: 'ValidationException', message });
    expect(await kms.send('DescribeKey', { KeyId })).toHaveProperty('KeyMetadata.KeyState', 'Enabled');
  });

  it('KEY-4 CancelKeyDeletion leaves the key Disabled, not Enabled', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    await kms.send('ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 7 });
    await expect(kms.send('CancelKeyDeletion', { KeyId })).resolves.toEqual({ KeyId: Arn });
    const { KeyMetadata } = await kms.send('DescribeKey', { KeyId });
    expect(KeyMetadata).toMatchObject({ KeyState: 'Disabled', Enabled: false });
    expect(KeyMetadata).not.toHaveProperty('DeletionDate');
    expect(KeyMetadata).not.toHaveProperty('PendingDeletionWindowInDays');
  });

  it('KEY-4 CancelKeyDeletion on a key not pending deletion fails with KMSInvalidStateException', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    const error = await rejectionOf(kms.send('CancelKeyDeletion', { KeyId }));
    expect(error).toMatchObject({ name: 'KMSInvalidStateException', message: `${Arn} is not pending deletion (or pending replica deletion).` });
  });
});
