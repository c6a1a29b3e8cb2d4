// Storage: a reopened store shows everything the first engine committed (STORE-1, STORE-2), and a
// request lands whole or not at all (REQ-4).

import { describe, expect, it } from 'vitest';
import { createKms, MemoryStorage } from './index';
import { memoryDomainKeyStore } from './hsm/domain-key-store';
import { DAY_MS, newKms, utf8 } from '../testing/fixture';
import { recordCommits } from '../testing/recorders';

describe('STORE: a reopened store', () => {
  it('STORE-2 a second engine on the same storage and HSM domain keys sees the same keys, aliases, rotation and trail', async () => {
    const first = await newKms();
    const { kms, clock, createKey } = first;
    const { KeyId } = await createKey({ Description: 'persisted', Tags: [{ TagKey: 'team', TagValue: 'a' }] });
    await kms.send('CreateAlias', { AliasName: 'alias/kept', TargetKeyId: KeyId });
    await kms.send('EnableKeyRotation', { KeyId, RotationPeriodInDays: 90 });
    await kms.send('RotateKeyOnDemand', { KeyId });
    clock.advance(91 * DAY_MS);
    const doomed = await createKey();
    await kms.send('ScheduleKeyDeletion', { KeyId: doomed.KeyId, PendingWindowInDays: 7 });
    const { CiphertextBlob } = await kms.send('Encrypt', { KeyId: 'alias/kept', Plaintext: utf8('across engines'), EncryptionContext: { a: 'b' } });

    const reads: Array<[string, Record<string, unknown>]> = [
      ['DescribeKey', { KeyId }],
      ['DescribeKey', { KeyId: doomed.KeyId }],
      ['ListKeys', {}],
      ['ListAliases', {}],
      ['GetKeyRotationStatus', { KeyId }],
      ['ListKeyRotations', { KeyId, IncludeKeyMaterial: 'ALL_KEY_MATERIAL' }],
      ['ListResourceTags', { KeyId }],
      ['GetKeyPolicy', { KeyId }],
    ];
    const before = await Promise.all(reads.map(([op, input]) => kms.send(op, input)));
    const trailBefore = structuredClone(kms.trail.entries());

    const second = await first.reopen();
    expect(second.kms.trail.entries()).toEqual(trailBefore);
    await expect(second.kms.trail.verify()).resolves.toEqual({ valid: true, records: trailBefore.length });
    expect(await Promise.all(reads.map(([op, input]) => second.kms.send(op, input)))).toEqual(before);
    await expect(second.kms.send('Decrypt', { CiphertextBlob, EncryptionContext: { a: 'b' } })).resolves.toHaveProperty('Plaintext', utf8('across engines'));

    // The second engine's records chain onto the first's, and a third engine sees both.
    await second.kms.send('ListKeys', {});
    const third = await second.reopen();
    expect(third.kms.trail.entries()).toHaveLength(second.kms.trail.entries().length);
    await expect(third.kms.trail.verify()).resolves.toMatchObject({ valid: true });
    // Due work keeps its date across engines: the deletion happens in the third one.
    third.clock.advance(7 * DAY_MS);
    await expect(third.kms.send('DescribeKey', { KeyId: doomed.KeyId })).rejects.toMatchObject({ name: 'NotFoundException' });
  });

  it('STORE-2 without the same HSM domain keys a stored token does not unwrap (KMSInternalException)', async () => {
    const first = await newKms();
    const { KeyId } = await first.createKey();
    const { CiphertextBlob } = await first.kms.send('Encrypt', { KeyId, Plaintext: utf8('x') });
    const stranger = await first.reopen({ domainKeys: memoryDomainKeyStore() });
    await expect(stranger.kms.send('Decrypt', { CiphertextBlob })).rejects.toMatchObject({ name: 'KMSInternalException' });
    await expect(stranger.kms.send('DescribeKey', { KeyId })).resolves.toHaveProperty('KeyMetadata.KeyId', KeyId);
  });

  it('STORE-1 in Node the default storage is memory, and storage holds tokens as bytes, never CryptoKeys', async () => {
    const kms = await createKms();
    expect(kms.storageKind).toBe('memory');
    kms.close();
    const { storage, createKey, domainKeys } = await newKms();
    await createKey();
    const { state } = await storage.load();
    const values = state.map(([, value]) => value);
    const walk = (value: unknown): unknown[] => (value && typeof value === 'object' && !(value instanceof Uint8Array) ? Object.values(value).flatMap(walk) : [value]);
    const leaves = values.flatMap(walk);
    expect(leaves.some((leaf) => leaf instanceof Uint8Array)).toBe(true);
    expect(leaves.some((leaf) => typeof CryptoKey !== 'undefined' && leaf instanceof CryptoKey)).toBe(false);
    expect(await domainKeys.get('us-east-1')).toBeInstanceOf(CryptoKey);
  });
});

describe('REQ-4 all or nothing', () => {
  it('REQ-4 a CreateKey whose commit fails is a KMSInternalException and leaves no key, in memory or in a reopened engine', async () => {
    const fixture = await newKms();
    const { kms, storage } = fixture;
    const batches = recordCommits(storage);
    storage.failNextCommit = true;
    const error = await kms.send('CreateKey', { Description: 'never' }).catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'KMSInternalException' });
    await expect(kms.send('ListKeys', {})).resolves.toEqual({ Keys: [], Truncated: false });
    const reopened = await fixture.reopen();
    await expect(reopened.kms.send('ListKeys', {})).resolves.toEqual({ Keys: [], Truncated: false });
    // What landed is the failure's CloudTrail record alone: no key path in any successful batch, and the
    // record names no key that does not exist.
    const landed = batches.slice(1);
    expect(landed.flatMap((batch) => batch.put.map(([path]) => path)).filter((path) => path.startsWith('key/'))).toEqual([]);
    const [failure] = reopened.kms.trail.entries().map((entry) => entry.record);
    expect(failure).toMatchObject({ eventName: 'CreateKey', errorCode: 'KMSInternalException', responseElements: null });
    expect(failure).not.toHaveProperty('resources');
    const phantom = batches[0]!.put.map(([path]) => path).find((path) => path.startsWith('key/'))!.split('/')[2]!;
    expect(JSON.stringify(reopened.kms.trail.entries())).not.toContain(phantom);
    // The engine carries on.
    await expect(kms.send('CreateKey', {})).resolves.toHaveProperty('KeyMetadata');
    await expect(kms.trail.verify()).resolves.toMatchObject({ valid: true, records: 3 });
  });

  it('REQ-4 a state change whose commit fails leaves the key as it was', async () => {
    const fixture = await newKms();
    const { kms, storage, createKey } = fixture;
    const { KeyId } = await createKey();
    storage.failNextCommit = true;
    await expect(kms.send('ScheduleKeyDeletion', { KeyId })).rejects.toMatchObject({ name: 'KMSInternalException' });
    await expect(kms.send('DescribeKey', { KeyId })).resolves.toHaveProperty('KeyMetadata.KeyState', 'Enabled');
    await expect((await fixture.reopen()).kms.send('DescribeKey', { KeyId })).resolves.toHaveProperty('KeyMetadata.KeyState', 'Enabled');
  });

  it('REQ-4 a refused request writes its CloudTrail record and nothing else', async () => {
    const { kms, storage, createKey } = await newKms();
    const { KeyId } = await createKey();
    await kms.send('CreateAlias', { AliasName: 'alias/taken', TargetKeyId: KeyId });
    const batches = recordCommits(storage);
    await expect(kms.send('CreateAlias', { AliasName: 'alias/taken', TargetKeyId: KeyId })).rejects.toMatchObject({ name: 'AlreadyExistsException' });
    await expect(kms.send('ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 3 })).rejects.toMatchObject({ name: 'ValidationException' });
    expect(batches).toHaveLength(2);
    for (const batch of batches) {
      expect(batch.put.map(([path]) => path)).toEqual(['meta/trail-head']);
      expect(batch.delete).toEqual([]);
      expect(batch.trail).toHaveLength(1);
    }
  });

  it('TRAIL-1 KMS’s own work failing to commit does not fail the next request, which is still recorded', async () => {
    // A clock without onAdvance (like the system clock): due work runs at the start of the next request.
    let now = Date.UTC(2026, 0, 1);
    const storage = new MemoryStorage();
    const kms = await createKms({ clock: { now: () => now }, storage });
    const { KeyMetadata } = await kms.send('CreateKey', {});
    const { KeyId } = KeyMetadata as { KeyId: string };
    await kms.send('ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 7 });
    now += 8 * DAY_MS;
    storage.failNextCommit = true;
    await expect(kms.send('ListKeys', {})).resolves.toMatchObject({ Keys: [{ KeyId }] });
    expect(kms.trail.entries().at(-1)!.record).toMatchObject({ eventName: 'ListKeys' });
    // The deletion stayed due and happens with the next request, dated when it fell due.
    await expect(kms.send('DescribeKey', { KeyId })).rejects.toMatchObject({ name: 'NotFoundException' });
    expect(kms.trail.entries().map((entry) => entry.record.eventName)).toEqual(['CreateKey', 'ScheduleKeyDeletion', 'ListKeys', 'DeleteKey', 'DescribeKey']);
    await expect(kms.trail.verify()).resolves.toMatchObject({ valid: true });
  });
});
