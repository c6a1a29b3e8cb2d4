// The fleet through the engine's front door: what a learner sees when AZs fail (issue #4).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKms, ManualClock, type AzState, type Kms } from '../index';

const AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c'] as const;
const T0 = Date.UTC(2026, 10, 29);
const newKms = () => createKms({ clock: new ManualClock(T0) });

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return (error as Error).name;
  }
}

async function keyWithCiphertext(kms: Kms) {
  const { KeyMetadata } = (await kms.send('CreateKey', {})) as { KeyMetadata: { KeyId: string } };
  const { CiphertextBlob } = (await kms.send('Encrypt', { KeyId: KeyMetadata.KeyId, Plaintext: new Uint8Array([7]) })) as { CiphertextBlob: Uint8Array };
  return { keyId: KeyMetadata.KeyId, ciphertext: CiphertextBlob };
}

describe('AZ faults through kms.send', () => {
  // Every subset of the three AZs taken down: reads need one serving AZ, writes need two.
  const subsets = [0, 1, 2, 3, 4, 5, 6, 7].map((mask) => AZS.filter((_, i) => mask & (1 << i)));
  it.each(subsets.map((down) => [down.join('+') || 'none', down] as const))('AZ-2 with %s down, reads work while one AZ serves and writes while two do', async (_, down) => {
    const kms = await newKms();
    const { keyId, ciphertext } = await keyWithCiphertext(kms);
    for (const az of down) kms.simulation.setAz(az, 'down');
    const serving = 3 - down.length;
    const read = serving >= 1 ? 'ok' : 'KMSInternalException';
    const write = serving >= 2 ? 'ok' : 'KMSInternalException';
    expect(await outcome(kms.send('Decrypt', { CiphertextBlob: ciphertext }))).toBe(read);
    expect(await outcome(kms.send('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256' }))).toBe(read);
    expect(await outcome(kms.send('DescribeKey', { KeyId: keyId }))).toBe(read);
    expect(await outcome(kms.send('CreateKey', {}))).toBe(write);
    expect(await outcome(kms.send('DisableKey', { KeyId: keyId }))).toBe(write);
    for (const az of down) kms.simulation.setAz(az, 'up');
    expect(await outcome(kms.send('Decrypt', { CiphertextBlob: ciphertext }))).toBe(write === 'ok' ? 'DisabledException' : 'ok');
  });

  it('AZ-3 a returning AZ catches up, and the event narrates it', async () => {
    const kms = await newKms();
    const changes: string[] = [];
    kms.events.subscribe((e) => e.type === 'cluster.changed' && changes.push(`${e.description} ${e.repairs.map((r) => r.kind).join(',')}`));
    kms.simulation.setAz('us-east-1c', 'partitioned');
    await kms.send('CreateKey', {});
    await kms.send('CreateKey', {});
    expect(kms.simulation.health('us-east-1').azs[2]).toMatchObject({ state: 'partitioned', lag: 2, serving: false });
    kms.simulation.setAz('us-east-1c', 'up');
    expect(kms.simulation.health('us-east-1').azs[2]).toMatchObject({ lag: 0, serving: true, keys: 2 });
    expect(changes.at(-1)).toMatch(/us-east-1c is back up\. caught-up/);
  });

  it('AZ-5 a destroyed replica is rebuilt and serves the same keys', async () => {
    const kms = await newKms();
    const { ciphertext } = await keyWithCiphertext(kms);
    kms.simulation.setAz('us-east-1a', 'down');
    kms.simulation.destroyReplica('us-east-1a');
    expect(kms.simulation.health('us-east-1').azs[0]).toMatchObject({ destroyed: true, keys: 0 });
    kms.simulation.setAz('us-east-1a', 'up');
    kms.simulation.setAz('us-east-1b', 'down');
    kms.simulation.setAz('us-east-1c', 'down');
    expect(await outcome(kms.send('Decrypt', { CiphertextBlob: ciphertext }))).toBe('ok');
    const served = new Set<string>();
    kms.events.subscribe((e) => e.type === 'request.routed' && served.add(e.az));
    await kms.send('ListKeys', {});
    expect([...served]).toEqual(['us-east-1a']);
  });

  it('AZ-6 a Region that is down fails every request, and other Regions carry on', async () => {
    const kms = await newKms();
    const { keyId } = await keyWithCiphertext(kms);
    kms.simulation.setRegion('us-east-1', 'down');
    expect(await outcome(kms.send('DescribeKey', { KeyId: keyId }))).toBe('KMSInternalException');
    expect(await outcome(kms.send('CreateKey', {}, { region: 'eu-west-1' }))).toBe('ok');
    kms.simulation.setRegion('us-east-1', 'up');
    expect(await outcome(kms.send('DescribeKey', { KeyId: keyId }))).toBe('ok');
    expect(kms.simulation.health().map((h) => h.region)).toEqual(['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2']);
  });

  it('AZ-7 a deletion that falls due while the Region cannot write waits, then runs dated when it was due', async () => {
    const clock = new ManualClock(T0);
    const kms = await createKms({ clock });
    const { keyId } = await keyWithCiphertext(kms);
    await kms.send('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    kms.simulation.setAz('us-east-1a', 'down');
    kms.simulation.setAz('us-east-1b', 'down');
    clock.advance(8 * 86_400_000);
    expect(await outcome(kms.send('DescribeKey', { KeyId: keyId }))).toBe('ok');
    kms.simulation.setAz('us-east-1a', 'up');
    expect(await outcome(kms.send('DescribeKey', { KeyId: keyId }))).toBe('NotFoundException');
    const deletion = kms.trail.entries().find((e) => e.record.eventName === 'DeleteKey');
    expect(deletion?.record.eventTime).toBe(new Date(T0 + 7 * 86_400_000).toISOString().replace('.000', ''));
  });

  it('AZ-8 the fault API refuses unknown AZs, Regions and states', async () => {
    const kms = await newKms();
    expect(() => kms.simulation.setAz('us-east-1z', 'down')).toThrow(RangeError);
    expect(() => kms.simulation.setRegion('mars-north-1', 'down')).toThrow(RangeError);
    expect(() => kms.simulation.setAz('us-east-1a', 'sideways' as AzState)).toThrow(RangeError);
    expect(() => kms.simulation.setLatency('us-east-1a', -1)).toThrow(RangeError);
  });
});

describe('quotas through kms.send', () => {
  it('QUOTA-2 exact counts: a quota of 10/s passes 10 of 25 at once, 5 more after half a second, and each throttle is in CloudTrail', async () => {
    const clock = new ManualClock(T0);
    const kms = await createKms({ clock });
    const { keyId } = await keyWithCiphertext(kms);
    kms.simulation.setQuota('us-east-1', 'symmetric', 10);
    const burst = await Promise.all(Array.from({ length: 25 }, () => outcome(kms.send('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256' }))));
    expect(burst.filter((o) => o === 'ok')).toHaveLength(10);
    expect(burst.filter((o) => o === 'ThrottlingException')).toHaveLength(15);
    clock.advance(500);
    const next = await Promise.all(Array.from({ length: 8 }, () => outcome(kms.send('Decrypt', { CiphertextBlob: new Uint8Array(200) }))));
    expect(next.filter((o) => o === 'ThrottlingException')).toHaveLength(3);
    const throttled = kms.trail.entries().filter((e) => e.record.errorCode === 'ThrottlingException');
    expect(throttled).toHaveLength(18);
    expect(throttled[0]!.record.errorMessage).toBe('You have exceeded the rate at which you may call KMS. Reduce the frequency of your calls.');
    // Other Regions keep their own quota.
    expect(await outcome(kms.send('GenerateRandom', { NumberOfBytes: 8 }, { region: 'eu-west-1' }))).toBe('ok');
  });
});

/** A reference model of the fleet in booleans: which AZs are up and which hold every committed write. */
class FleetModel {
  up = [true, true, true];
  current = [true, true, true];
  keys = new Map<string, 'Enabled' | 'Disabled'>();
  serving = () => this.up.map((u, i) => u && this.current[i]!);
  readable = () => this.serving().some(Boolean);
  writable = () => this.serving().filter(Boolean).length >= 2;
  repair() {
    if (this.readable()) this.up.forEach((u, i) => u && (this.current[i] = true));
  }
  write() {
    this.current = this.current.map((c, i) => c && this.up[i]!);
  }
}

type Step =
  | { kind: 'az'; az: number; state: AzState }
  | { kind: 'destroy'; az: number }
  | { kind: 'create' }
  | { kind: 'toggle'; pick: number }
  | { kind: 'use'; pick: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('az' as const), az: fc.integer({ min: 0, max: 2 }), state: fc.constantFrom<AzState>('up', 'down', 'partitioned') }),
  fc.record({ kind: fc.constant('destroy' as const), az: fc.integer({ min: 0, max: 2 }) }),
  fc.constant({ kind: 'create' as const }),
  fc.record({ kind: fc.constant('toggle' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('use' as const), pick: fc.nat() }),
);

describe('the fleet against a reference model', () => {
  it('AZ-4 over 1,000 seeded sequences of requests and faults, every answer matches the model and no acknowledged write is lost', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 16 }), async (steps) => {
        const kms = await newKms();
        // The clock stands still here, so quotas would throttle; this property is about the fleet.
        kms.simulation.setQuota('us-east-1', 'management', 1_000_000);
        const model = new FleetModel();
        const ids: string[] = [];
        for (const s of steps) {
          if (s.kind === 'az') {
            kms.simulation.setAz(AZS[s.az]!, s.state);
            model.up[s.az] = s.state === 'up';
            model.repair();
          } else if (s.kind === 'destroy') {
            const othersCurrent = model.current.some((c, i) => c && i !== s.az);
            if (!othersCurrent) {
              expect(() => kms.simulation.destroyReplica(AZS[s.az]!)).toThrow(RangeError);
              continue;
            }
            kms.simulation.destroyReplica(AZS[s.az]!);
            model.current[s.az] = false;
            model.repair();
          } else if (s.kind === 'create') {
            const result = await kms.send('CreateKey', {}).then((r) => r, (e: Error) => e);
            if (model.writable()) {
              expect(result).not.toBeInstanceOf(Error);
              ids.push((result as { KeyMetadata: { KeyId: string } }).KeyMetadata.KeyId);
              model.keys.set(ids.at(-1)!, 'Enabled');
              model.write();
            } else {
              expect((result as Error).name).toBe('KMSInternalException');
            }
          } else if (ids.length > 0) {
            const keyId = ids[s.pick % ids.length]!;
            const state = model.keys.get(keyId)!;
            if (s.kind === 'toggle') {
              const expected = model.writable() ? 'ok' : 'KMSInternalException';
              expect(await outcome(kms.send(state === 'Enabled' ? 'DisableKey' : 'EnableKey', { KeyId: keyId }))).toBe(expected);
              if (expected === 'ok') {
                model.keys.set(keyId, state === 'Enabled' ? 'Disabled' : 'Enabled');
                model.write();
              }
            } else {
              const expected = !model.readable() ? 'KMSInternalException' : state === 'Enabled' ? 'ok' : 'DisabledException';
              expect(await outcome(kms.send('GenerateDataKey', { KeyId: keyId, NumberOfBytes: 16 }))).toBe(expected);
            }
          }
        }
        // Heal everything: every acknowledged write is there, in every AZ.
        for (const az of AZS) kms.simulation.setAz(az, 'up');
        for (const [keyId, state] of model.keys) {
          const { KeyMetadata } = (await kms.send('DescribeKey', { KeyId: keyId })) as { KeyMetadata: { KeyState: string } };
          expect(KeyMetadata.KeyState).toBe(state);
        }
        expect(kms.simulation.health('us-east-1').azs.map((a) => a.keys)).toEqual([model.keys.size, model.keys.size, model.keys.size]);
        kms.close();
      }),
      { seed: 20261129, numRuns: 1000 },
    );
  }, 120_000);
});
