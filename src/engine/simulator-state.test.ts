// Simulator state: the clock survives a reload and never runs backwards (CLOCK-1 … CLOCK-4), and the
// whole simulator exports, imports and resets (SNAP-1 … SNAP-6).

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createKms, ManualClock, MemoryStorage, SimulationClock, SnapshotError, type SimulatorSnapshot } from './index';
import { memoryDomainKeyStore } from './hsm/domain-key-store';
import { DAY_MS, START, newKms, rejectionOf, utf8 } from '../testing/fixture';

const HOUR_MS = 60 * 60 * 1000;

describe('CLOCK: the simulation clock', () => {
  it('CLOCK-1 an advance is saved with the state: a reopened engine on a fresh clock resumes at the advanced time', async () => {
    const first = await newKms();
    await first.kms.advanceClock(3 * DAY_MS);
    const again = await first.reopen({ clock: new ManualClock(START) });
    expect(again.kms.clock.now()).toBe(START + 3 * DAY_MS);
  });

  it('CLOCK-1 a direct ManualClock.advance is saved too', async () => {
    const first = await newKms();
    first.clock.advance(5 * HOUR_MS);
    await first.kms.send('ListKeys', {});
    const again = await first.reopen({ clock: new ManualClock(START) });
    expect(again.kms.clock.now()).toBe(START + 5 * HOUR_MS);
  });

  it('CLOCK-2 a reopened engine never starts behind its newest CloudTrail record, even without the clock note', async () => {
    const storage = new MemoryStorage();
    const kms = await createKms({ storage, clock: new ManualClock(START + 10 * DAY_MS) });
    await kms.send('CreateKey', {});
    kms.close();
    const reopened = await createKms({ storage, clock: new ManualClock(START) });
    expect(reopened.clock.now()).toBeGreaterThanOrEqual(START + 10 * DAY_MS);
  });

  it('CLOCK-2 SimulationClock: a wall clock set back does not move simulated time backwards', () => {
    let wall = START;
    const clock = new SimulationClock(() => wall);
    clock.advance(DAY_MS);
    expect(clock.now()).toBe(START + DAY_MS);
    wall -= HOUR_MS;
    expect(clock.now()).toBe(START + DAY_MS);
    wall += 2 * HOUR_MS;
    expect(clock.now()).toBe(START + DAY_MS + HOUR_MS);
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });

  it('CLOCK-2 SimulationClock resumes its offset after a reload, ticking on from there', async () => {
    let wall = START;
    const storage = new MemoryStorage();
    const kms = await createKms({ storage, clock: new SimulationClock(() => wall) });
    await kms.advanceClock(7 * DAY_MS);
    kms.close();
    wall += HOUR_MS;
    const reopened = await createKms({ storage, clock: new SimulationClock(() => wall) });
    expect(reopened.clock.now()).toBe(START + 7 * DAY_MS + HOUR_MS);
  });

  it('CLOCK-3 advancing runs what fell due and reports it: a deletion at the end of its window', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    await kms.send('ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 7 });
    expect(await kms.advanceClock(6 * DAY_MS)).toMatchObject({ keysDeleted: 0, keysRotated: 0 });
    const report = await kms.advanceClock(DAY_MS);
    expect(report).toEqual({ now: START + 7 * DAY_MS, keysDeleted: 1, keysRotated: 0 });
    await expect(kms.send('DescribeKey', { KeyId })).rejects.toMatchObject({ name: 'NotFoundException' });
  });

  it('CLOCK-3 advancing past a rotation date reports the automatic rotation', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    await kms.send('EnableKeyRotation', { KeyId, RotationPeriodInDays: 90 });
    expect(await kms.advanceClock(90 * DAY_MS)).toMatchObject({ keysRotated: 1 });
  });

  it('CLOCK-4 an engine on a clock that cannot advance refuses advanceClock with RangeError', async () => {
    const kms = await createKms({ clock: { now: () => START } });
    await expect(kms.advanceClock(DAY_MS)).rejects.toThrow(RangeError);
  });

  it('CLOCK-2 property: any sequence of advances and reopenings never reads an earlier time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.integer({ min: 0, max: 40 * DAY_MS }), fc.boolean()), { maxLength: 6 }), async (steps) => {
        let fixture = await newKms();
        let last = fixture.kms.clock.now();
        for (const [ms, reopen] of steps) {
          await fixture.kms.advanceClock(ms);
          if (reopen) fixture = await fixture.reopen({ clock: new ManualClock(START) });
          expect(fixture.kms.clock.now()).toBeGreaterThanOrEqual(last);
          last = fixture.kms.clock.now();
        }
      }),
      { seed: 20261129, numRuns: 25 },
    );
  });
});

async function populated() {
  const fixture = await newKms();
  const { kms, createKey } = fixture;
  const { KeyId } = await createKey({ Description: 'kept', Tags: [{ TagKey: 'team', TagValue: 'blue' }] });
  await kms.send('CreateAlias', { AliasName: 'alias/kept', TargetKeyId: KeyId });
  await kms.send('EnableKeyRotation', { KeyId, RotationPeriodInDays: 90 });
  await kms.send('RotateKeyOnDemand', { KeyId });
  const west = (await kms.send('CreateKey', {}, { region: 'us-west-2' })) as { KeyMetadata: { KeyId: string } };
  const { CiphertextBlob } = (await kms.send('Encrypt', { KeyId: 'alias/kept', Plaintext: utf8('round trip'), EncryptionContext: { a: 'b' } })) as {
    CiphertextBlob: Uint8Array;
  };
  await kms.advanceClock(2 * DAY_MS);
  return { ...fixture, KeyId, westKeyId: west.KeyMetadata.KeyId, CiphertextBlob };
}

describe('SNAP: export, import and reset', () => {
  it('SNAP-1 export holds keys with tokens, aliases, tags, rotation, the trail and the clock, and never key material', async () => {
    const { kms, KeyId } = await populated();
    const snapshot = await kms.state.export();
    expect(snapshot.accountId).toBe('111122223333');
    expect(snapshot.clock.now).toBe(START + 2 * DAY_MS);
    const key = snapshot.keys.find((k) => k.keyId === KeyId)!;
    expect(key.versions).toHaveLength(2);
    expect(key.versions[0]!.token).toBeInstanceOf(Uint8Array);
    expect(key.tags).toEqual([{ TagKey: 'team', TagValue: 'blue' }]);
    expect(key.rotation).toMatchObject({ enabled: true, periodInDays: 90 });
    expect(snapshot.aliases).toEqual([expect.objectContaining({ aliasName: 'alias/kept', targetKeyId: KeyId })]);
    expect(snapshot.trail.entries).toHaveLength(kms.trail.entries().length);
    expect(snapshot.trail.head.seq).toBe(snapshot.trail.entries.length);
    // A token is 1 + 12 + 32 + 16 bytes: the backing key sealed under the domain key, never the 32 raw bytes.
    expect(key.versions.every((version) => version.token.length === 61)).toBe(true);
  });

  it('SNAP-2 export then import into a fresh engine with the same domain keys: ciphertexts decrypt, aliases resolve, the trail verifies', async () => {
    const source = await populated();
    const snapshot = await source.kms.state.export();
    const target = await newKms({ domainKeys: source.domainKeys });
    await target.kms.state.import(snapshot);
    const { Plaintext } = (await target.kms.send('Decrypt', { CiphertextBlob: source.CiphertextBlob, EncryptionContext: { a: 'b' } })) as { Plaintext: Uint8Array };
    expect(Plaintext).toEqual(utf8('round trip'));
    await expect(target.kms.send('DescribeKey', { KeyId: 'alias/kept' })).resolves.toHaveProperty('KeyMetadata.KeyId', source.KeyId);
    await expect(target.kms.send('DescribeKey', { KeyId: source.westKeyId }, { region: 'us-west-2' })).resolves.toBeDefined();
    await expect(target.kms.send('ListResourceTags', { KeyId: source.KeyId })).resolves.toHaveProperty('Tags', [{ TagKey: 'team', TagValue: 'blue' }]);
    await expect(target.kms.trail.verify()).resolves.toMatchObject({ valid: true });
    expect(target.kms.clock.now()).toBe(source.kms.clock.now());
    // New records chain on after the imported ones, and survive a reopen.
    await target.kms.send('ListAliases', {});
    expect(target.kms.trail.entries().slice(0, snapshot.trail.entries.length)).toEqual(snapshot.trail.entries);
    const reopened = await target.reopen({ clock: new ManualClock(START) });
    await expect(reopened.kms.trail.verify()).resolves.toMatchObject({ valid: true, records: target.kms.trail.entries().length });
    expect(reopened.kms.clock.now()).toBe(source.kms.clock.now());
  });

  it('SNAP-2 a lesson goes back to a step\'s start: export, change things, import the export into the same engine', async () => {
    const { kms, KeyId, CiphertextBlob, createKey } = await populated();
    const start = await kms.state.export();
    await kms.send('DisableKey', { KeyId });
    await kms.send('DeleteAlias', { AliasName: 'alias/kept' });
    await createKey({ Description: 'made during the step' });
    await kms.advanceClock(10 * DAY_MS);
    await kms.state.import(start);
    expect(await kms.state.export()).toEqual(start);
    await expect(kms.send('Decrypt', { CiphertextBlob, EncryptionContext: { a: 'b' } })).resolves.toHaveProperty('Plaintext', utf8('round trip'));
    await expect(kms.send('ListKeys', {})).resolves.toHaveProperty('Keys.length', 1);
  });

  it('SNAP-2 import replaces what was there: keys of the old state are gone', async () => {
    const source = await populated();
    const snapshot = await source.kms.state.export();
    const target = await newKms({ domainKeys: source.domainKeys });
    const { KeyId: old } = await target.createKey();
    await target.kms.state.import(snapshot);
    await expect(target.kms.send('DescribeKey', { KeyId: old })).rejects.toMatchObject({ name: 'NotFoundException' });
  });

  it('SNAP-3 a snapshot that does not fit is refused with SnapshotError and changes nothing, in memory or storage', async () => {
    const source = await populated();
    const good = await source.kms.state.export();
    const target = await newKms({ domainKeys: source.domainKeys });
    const { KeyId } = await target.createKey();
    const before = await target.storage.load();
    const trailBefore = target.kms.trail.entries().length;
    const tamperedRecord = structuredClone(good);
    tamperedRecord.trail.entries[1]!.record.eventName = 'Decrypt';
    const badSnapshots: Array<[string, SimulatorSnapshot]> = [
      ['another account', { ...structuredClone(good), accountId: '444455556666' }],
      ['a trail record altered', tamperedRecord],
      ['a trail cut short', { ...structuredClone(good), trail: { ...good.trail, entries: good.trail.entries.slice(0, -1) } }],
      ['an alias to a missing key', { ...structuredClone(good), aliases: [{ ...good.aliases[0]!, targetKeyId: '00000000-0000-4000-8000-000000000000' }] }],
      ['an unknown Region', { ...structuredClone(good), keys: good.keys.map((k) => ({ ...k, region: 'mars-north-1' })) }],
      ['a key without material', { ...structuredClone(good), keys: good.keys.map((k) => ({ ...k, versions: [] })) }],
      ['a clock behind its trail', { ...structuredClone(good), clock: { now: START - DAY_MS } }],
    ];
    for (const [, bad] of badSnapshots) {
      const error = await rejectionOf(target.kms.state.import(bad));
      expect(error).toBeInstanceOf(SnapshotError);
    }
    expect(await target.storage.load()).toEqual(before);
    expect(target.kms.trail.entries()).toHaveLength(trailBefore);
    await expect(target.kms.send('DescribeKey', { KeyId })).resolves.toBeDefined();
  });

  it('SNAP-4 reset deletes every key, alias and record in one write, and the engine keeps serving', async () => {
    const { kms, KeyId, storage, reopen } = await populated();
    await kms.state.reset();
    expect(kms.trail.entries()).toHaveLength(0);
    await expect(kms.send('DescribeKey', { KeyId })).rejects.toMatchObject({ name: 'NotFoundException' });
    await expect(kms.send('ListAliases', {})).resolves.toHaveProperty('Aliases', []);
    // The ManualClock returns to where the engine opened it.
    expect(kms.clock.now()).toBe(START);
    const { state, trail } = await storage.load();
    // Only the two requests made since the reset.
    expect(trail).toHaveLength(2);
    expect(state.filter(([path]) => path.startsWith('key/') || path.startsWith('alias/'))).toEqual([]);
    const again = await reopen({ clock: new ManualClock(START) });
    await expect(again.kms.trail.verify()).resolves.toEqual({ valid: true, records: 2 });
  });

  it('SNAP-4 reset puts a SimulationClock back on the wall clock, and the reset survives a reopen', async () => {
    let wall = START;
    const storage = new MemoryStorage();
    const kms = await createKms({ storage, clock: new SimulationClock(() => wall) });
    await kms.advanceClock(30 * DAY_MS);
    await kms.state.reset();
    expect(kms.clock.now()).toBe(START);
    kms.close();
    wall += HOUR_MS;
    const reopened = await createKms({ storage, clock: new SimulationClock(() => wall) });
    expect(reopened.clock.now()).toBe(START + HOUR_MS);
  });

  it('SNAP-4 requests sent while an import runs wait for it and see the new state', async () => {
    const source = await populated();
    const snapshot = await source.kms.state.export();
    const target = await newKms({ domainKeys: source.domainKeys });
    const importing = target.kms.state.import(snapshot);
    const listed = target.kms.send('ListAliases', {});
    await importing;
    await expect(listed).resolves.toHaveProperty('Aliases', [expect.objectContaining({ AliasName: 'alias/kept' })]);
  });

  it('SNAP-5 in an engine whose HSM has other domain keys the keys come back but cannot be used (KMSInternalException, HSM-6)', async () => {
    const source = await populated();
    const snapshot = await source.kms.state.export();
    const elsewhere = await newKms({ domainKeys: memoryDomainKeyStore() });
    await elsewhere.kms.state.import(snapshot);
    await expect(elsewhere.kms.send('DescribeKey', { KeyId: 'alias/kept' })).resolves.toHaveProperty('KeyMetadata.KeyState', 'Enabled');
    const error = await rejectionOf(elsewhere.kms.send('Decrypt', { CiphertextBlob: source.CiphertextBlob, EncryptionContext: { a: 'b' } }));
    expect(error).toMatchObject({ name: 'KMSInternalException' });
    expect(error.detail).toMatch(/does not unwrap under this Region's domain key/);
    await expect(elsewhere.kms.send('Encrypt', { KeyId: 'alias/kept', Plaintext: utf8('x') })).rejects.toMatchObject({ name: 'KMSInternalException' });
  });

  it('SNAP-6 the engine keeps its own copy: changing a snapshot after export or import changes nothing inside', async () => {
    const source = await populated();
    const snapshot = await source.kms.state.export();
    snapshot.keys[0]!.description = 'changed outside';
    await expect(source.kms.send('DescribeKey', { KeyId: source.KeyId })).resolves.toHaveProperty('KeyMetadata.Description', 'kept');
    const fresh = await source.kms.state.export();
    const target = await newKms({ domainKeys: source.domainKeys });
    await target.kms.state.import(fresh);
    fresh.keys.find((k) => k.keyId === source.KeyId)!.description = 'changed after import';
    await expect(target.kms.send('DescribeKey', { KeyId: source.KeyId })).resolves.toHaveProperty('KeyMetadata.Description', 'kept');
  });
});
