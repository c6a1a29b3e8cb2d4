import { describe, expect, it } from 'vitest';
import { durabilityModel } from './durability';
import { RegionFleet, type RegionWrites } from './fleet';
import { RegionQuotas, defaultSymmetricQuota, quotaGroupOf } from './quotas';
import type { KeyRecord } from '../keys/key-record';

const key = (keyId: string): KeyRecord => ({ keyId } as KeyRecord);
const put = (...keyIds: string[]): RegionWrites => ({ keys: new Map(keyIds.map((id) => [id, key(id)])), aliases: new Map() });
const fleet = () => new RegionFleet('us-east-1', ['us-east-1a', 'us-east-1b', 'us-east-1c'], { keys: [], aliases: [] });

describe('quotas', () => {
  it('QUOTA-1 the shared symmetric quota is 100,000/s in us-east-1, us-west-2 and eu-west-1, 20,000/s in ap-southeast-2, 10,000/s elsewhere', () => {
    expect(defaultSymmetricQuota('us-east-1')).toBe(100_000);
    expect(defaultSymmetricQuota('eu-west-1')).toBe(100_000);
    expect(defaultSymmetricQuota('ap-southeast-2')).toBe(20_000);
    expect(defaultSymmetricQuota('sa-east-1')).toBe(10_000);
    expect(quotaGroupOf('GenerateDataKey')).toBe('symmetric');
    expect(quotaGroupOf('Decrypt')).toBe('symmetric');
    expect(quotaGroupOf('DescribeKey')).toBe('describe');
    expect(quotaGroupOf('CreateKey')).toBe('management');
  });

  it('QUOTA-2 a bucket passes exactly its quota in one instant, then refills at the quota rate', () => {
    const quotas = new RegionQuotas('us-east-1');
    quotas.set('symmetric', 10);
    const t0 = 1_000_000;
    const first = Array.from({ length: 15 }, () => quotas.take('Encrypt', t0));
    expect(first.filter(Boolean)).toHaveLength(10);
    expect(quotas.take('Decrypt', t0 + 99)).toBe(false); // 0.99 tokens back: still throttled
    expect(quotas.take('Decrypt', t0 + 100)).toBe(true); // one token after 100 ms at 10/s
    const later = Array.from({ length: 12 }, () => quotas.take('GenerateDataKey', t0 + 100 + 5000));
    expect(later.filter(Boolean)).toHaveLength(10); // never more than one second's worth
  });

  it('QUOTA-3 management operations have their own per-operation buckets (CreateKey 5/s)', () => {
    const quotas = new RegionQuotas('us-east-1');
    const creates = Array.from({ length: 7 }, () => quotas.take('CreateKey', 0));
    expect(creates.filter(Boolean)).toHaveLength(5);
    expect(quotas.take('DescribeKey', 0)).toBe(true);
    expect(quotas.take('Encrypt', 0)).toBe(true);
  });

  it('QUOTA-4 a quota can be raised or lowered, and refuses nonsense', () => {
    const quotas = new RegionQuotas('us-east-1');
    quotas.set('management', 1);
    expect(quotas.summary().management).toBe(1);
    expect([quotas.take('CreateKey', 0), quotas.take('CreateKey', 0)]).toEqual([true, false]);
    expect(() => quotas.set('symmetric', 0)).toThrow(RangeError);
    expect(() => quotas.set('symmetric', Number.NaN)).toThrow(RangeError);
  });
});

describe('durability model', () => {
  it('DUR-1 three AZ replicas with one-hour repair reach eleven nines', () => {
    const result = durabilityModel({ replicas: 3, annualReplicaLossProbability: 0.04, repairHours: 1 });
    expect(result.nines).toBe(11);
    expect(result.annualLossProbability).toBeGreaterThan(1e-12);
    expect(result.annualLossProbability).toBeLessThan(1e-11);
  });

  it('DUR-2 fewer replicas or slower repair lose nines', () => {
    const three = durabilityModel({ replicas: 3, annualReplicaLossProbability: 0.04, repairHours: 1 });
    const two = durabilityModel({ replicas: 2, annualReplicaLossProbability: 0.04, repairHours: 1 });
    const slow = durabilityModel({ replicas: 3, annualReplicaLossProbability: 0.04, repairHours: 100 });
    expect(two.nines).toBeLessThan(three.nines);
    expect(slow.nines).toBeLessThan(three.nines);
    expect(durabilityModel({ replicas: 1, annualReplicaLossProbability: 0.04, repairHours: 1 }).annualLossProbability).toBeCloseTo(0.0408, 3);
  });

  it('DUR-3 refuses inputs outside the model', () => {
    expect(() => durabilityModel({ replicas: 0, annualReplicaLossProbability: 0.1, repairHours: 1 })).toThrow(RangeError);
    expect(() => durabilityModel({ replicas: 3, annualReplicaLossProbability: 1, repairHours: 1 })).toThrow(RangeError);
    expect(() => durabilityModel({ replicas: 3, annualReplicaLossProbability: 0.1, repairHours: 0 })).toThrow(RangeError);
  });
});

describe('Region fleet', () => {
  it('AZ-1 routes round-robin over serving AZs and skips one that is down', () => {
    const f = fleet();
    expect([f.route(), f.route(), f.route(), f.route()]).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c', 'us-east-1a']);
    f.setAz('us-east-1b', 'down');
    expect([f.route(), f.route(), f.route()]).toEqual(['us-east-1c', 'us-east-1a', 'us-east-1c']);
  });

  it('AZ-2 a write needs a majority of replicas: two of three, not one', () => {
    const f = fleet();
    f.setAz('us-east-1a', 'down');
    expect(f.writable).toBe(true);
    f.commit(put('k1'));
    f.setAz('us-east-1b', 'partitioned');
    expect(f.writable).toBe(false);
    expect(() => f.commit(put('k2'))).toThrow(/majority/);
    expect(f.route()).toBe('us-east-1c');
    expect(f.view('us-east-1c').key('k1')).toBeDefined();
  });

  it('AZ-3 a replica that missed writes catches up from a peer before it serves again', () => {
    const f = fleet();
    f.setAz('us-east-1c', 'down');
    f.commit(put('k1'));
    f.commit(put('k2'));
    expect(f.health().azs[2]).toMatchObject({ lag: 2, serving: false });
    const changes = f.setAz('us-east-1c', 'up');
    expect(changes).toEqual([{ kind: 'caught-up', az: 'us-east-1c', from: 'us-east-1a', writes: 2 }]);
    expect(f.view('us-east-1c').key('k2')).toBeDefined();
    expect(f.health().azs[2]).toMatchObject({ lag: 0, serving: true, replicaVersion: 2 });
  });

  it('AZ-4 a stale replica alone never serves: nothing acknowledged is lost', () => {
    const f = fleet();
    f.setAz('us-east-1c', 'down');
    f.commit(put('k1'));
    f.setAz('us-east-1a', 'down');
    f.setAz('us-east-1b', 'down');
    f.setAz('us-east-1c', 'up');
    expect(f.route()).toBeNull();
    expect(f.health().readable).toBe(false);
    f.setAz('us-east-1a', 'up');
    expect(f.view('us-east-1c').key('k1')).toBeDefined();
    expect(f.health().readable).toBe(true);
  });

  it('AZ-5 a destroyed replica is rebuilt whole from a peer; the last current one cannot be destroyed', () => {
    const f = fleet();
    f.commit(put('k1', 'k2', 'k3'));
    f.setAz('us-east-1b', 'down');
    const changes = f.destroyReplica('us-east-1b');
    expect(changes).toEqual([]);
    expect(f.health().azs[1]).toMatchObject({ destroyed: true, keys: 0 });
    expect(f.setAz('us-east-1b', 'up')).toEqual([{ kind: 'rebuilt', az: 'us-east-1b', from: 'us-east-1a', keys: 3, aliases: 0 }]);
    // An AZ that is up is rebuilt the moment its replica is lost.
    expect(f.destroyReplica('us-east-1a')).toEqual([{ kind: 'rebuilt', az: 'us-east-1a', from: 'us-east-1b', keys: 3, aliases: 0 }]);
    f.setAz('us-east-1a', 'down');
    f.setAz('us-east-1b', 'down');
    f.destroyReplica('us-east-1a');
    f.destroyReplica('us-east-1b');
    expect(() => f.destroyReplica('us-east-1c')).toThrow(/one current replica/);
  });

  it('AZ-6 a Region that is down serves nothing and takes no writes', () => {
    const f = fleet();
    f.setRegion('down');
    expect(f.route()).toBeNull();
    expect(f.writable).toBe(false);
    f.setRegion('up');
    expect(f.route()).not.toBeNull();
  });
});
