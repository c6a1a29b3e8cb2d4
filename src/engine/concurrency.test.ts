// Many requests at once (REQ-7, TRAIL-1, TRAIL-4): cryptographic calls run together, changes one at
// a time, and the trail stays one record per request in one valid chain.

import { describe, expect, it } from 'vitest';
import { newKms, utf8 } from '../testing/fixture';

describe('concurrency', () => {
  it('REQ-7 TRAIL-4 200 concurrent GenerateDataKey calls and a DisableKey give 201 records in one valid chain', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    const calls = Array.from({ length: 200 }, (_, i) => kms.send('GenerateDataKey', { KeyId, KeySpec: 'AES_256', EncryptionContext: { n: String(i) } }));
    const disable = kms.send('DisableKey', { KeyId });
    const settled = await Promise.allSettled([...calls, disable]);
    expect(settled.at(-1)!.status).toBe('fulfilled');

    const records = kms.trail.entries().slice(1).map((entry) => entry.record);
    expect(records).toHaveLength(201);
    expect(records.filter((record) => record.eventName === 'DisableKey')).toHaveLength(1);
    const dataKeyRecords = records.filter((record) => record.eventName === 'GenerateDataKey');
    const failures = settled.slice(0, 200).filter((result) => result.status === 'rejected');
    expect(failures.every((result) => (result.reason as Error).name === 'DisabledException')).toBe(true);
    expect(dataKeyRecords.filter((record) => record.errorCode === 'DisabledException')).toHaveLength(failures.length);
    expect(new Set(records.map((record) => record.requestID)).size).toBe(201);
    expect(kms.trail.entries().map((entry) => entry.seq)).toEqual(Array.from({ length: 202 }, (_, i) => i + 1));
    await expect(kms.trail.verify()).resolves.toEqual({ valid: true, records: 202 });

    // Every data key that was issued is real: its ciphertext decrypts to it once the key is enabled again.
    await kms.send('EnableKey', { KeyId });
    const issued = settled.slice(0, 200).flatMap((result, i) => (result.status === 'fulfilled' ? [{ i, dataKey: result.value }] : []));
    for (const { i, dataKey } of issued) {
      const { Plaintext } = await kms.send('Decrypt', { CiphertextBlob: dataKey.CiphertextBlob, EncryptionContext: { n: String(i) } });
      expect(Plaintext).toEqual(dataKey.Plaintext);
    }
  });

  it('REQ-7 concurrent changes to one key are applied one after another, none lost', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    await Promise.all(Array.from({ length: 30 }, (_, i) => kms.send('TagResource', { KeyId, Tags: [{ TagKey: `t${i}`, TagValue: String(i) }] })));
    const { Tags } = (await kms.send('ListResourceTags', { KeyId })) as { Tags: unknown[] };
    expect(Tags).toHaveLength(30);
    await Promise.all(Array.from({ length: 10 }, (_, i) => kms.send('CreateAlias', { AliasName: `alias/c${i}`, TargetKeyId: KeyId })));
    const { Aliases } = (await kms.send('ListAliases', { KeyId })) as { Aliases: unknown[] };
    expect(Aliases).toHaveLength(10);
  });

  it('REQ-7 concurrent requests in several Regions keep each Region’s state and one shared valid chain', async () => {
    const { kms } = await newKms();
    const regions = kms.regions.map((region) => region.name);
    const created = await Promise.all(regions.flatMap((region) => Array.from({ length: 5 }, () => kms.send('CreateKey', {}, { region }))));
    expect(created).toHaveLength(5 * regions.length);
    await Promise.all(
      created.map((result, i) => kms.send('Encrypt', { KeyId: (result.KeyMetadata as { KeyId: string }).KeyId, Plaintext: utf8('x') }, { region: regions[Math.floor(i / 5)]! })),
    );
    for (const region of regions) {
      expect(((await kms.send('ListKeys', {}, { region })) as { Keys: unknown[] }).Keys).toHaveLength(5);
    }
    await expect(kms.trail.verify()).resolves.toMatchObject({ valid: true });
  });
});
