// Node: what the Availability Zones cost (issue #4).
//
// 1. GenerateDataKey throughput of the default engine (three AZs per Region, round-robin routing over
//    the serving ones, every request checked against its AZ's replica) against an engine whose only
//    Region has a single AZ, in one run, interleaved. Goal: ratio >= 0.8.
// 2. The time to rebuild a destroyed replica that held 10,000 keys: the AZ is taken down, its replica
//    destroyed, and `setAz(az, 'up')` copies every key and alias back from a current peer.

import { createKms, ManualClock, MemoryStorage, type Kms, type RegionConfig } from '../src/engine/index';
import { interleave, median, type BenchResult } from './stats';

const SINGLE_AZ: readonly RegionConfig[] = [{ name: 'us-east-1', displayName: 'US East (N. Virginia)', azs: ['us-east-1a'] }];
const REQUESTS_PER_ROUND = 2000;
const ROUNDS = 9;
const WARMUP = 1000;
const REBUILD_KEYS = 10_000;
const REBUILDS = 7;

async function dataKeySide(regions?: readonly RegionConfig[]): Promise<{ kms: Kms; run: (requests: number) => Promise<number> }> {
  const kms = await createKms({ storage: new MemoryStorage(), ...(regions && { regions }) });
  const { KeyMetadata } = (await kms.send('CreateKey', { Description: 'bench' })) as { KeyMetadata: { KeyId: string } };
  const input = { KeyId: KeyMetadata.KeyId, KeySpec: 'AES_256' };
  const run = async (requests: number) => {
    const started = performance.now();
    for (let i = 0; i < requests; i++) await kms.send('GenerateDataKey', input);
    return (requests * 1000) / (performance.now() - started);
  };
  return { kms, run };
}

export async function benchAzRouting(): Promise<BenchResult> {
  const three = await dataKeySide();
  const one = await dataKeySide(SINGLE_AZ);
  await three.run(WARMUP);
  await one.run(WARMUP);
  const rates = await interleave(ROUNDS, () => three.run(REQUESTS_PER_ROUND), () => one.run(REQUESTS_PER_ROUND));
  three.kms.close();
  one.kms.close();
  const value = median(rates.a);
  const baseline = median(rates.b);
  return {
    name: 'Node: GenerateDataKey through kms.send, three AZs with routing (default Regions)',
    value,
    unit: 'requests/s',
    baseline: { name: 'the same engine with a single-AZ us-east-1', value: baseline, unit: 'requests/s' },
    ratio: value / baseline,
    note: `goal ratio >= 0.8; 1 request in flight; memory storage, in-process HSM; median of ${ROUNDS} interleaved rounds of ${REQUESTS_PER_ROUND} each side`,
  };
}

export async function benchReplicaRebuild(): Promise<BenchResult> {
  // A ManualClock that never moves and a management quota of a billion: 10,000 CreateKey calls in a
  // row, none throttled (CreateKey's own quota is 5 per second).
  const kms = await createKms({ storage: new MemoryStorage(), clock: new ManualClock(Date.UTC(2026, 0, 1)) });
  kms.simulation.setQuota('us-east-1', 'management', 1e9);
  for (let created = 0; created < REBUILD_KEYS; created += 100) {
    await Promise.all(Array.from({ length: Math.min(100, REBUILD_KEYS - created) }, () => kms.send('CreateKey', {})));
  }
  const az = 'us-east-1c';
  const times: number[] = [];
  for (let i = 0; i < REBUILDS; i++) {
    kms.simulation.setAz(az, 'down');
    kms.simulation.destroyReplica(az);
    const started = performance.now();
    kms.simulation.setAz(az, 'up');
    times.push(performance.now() - started);
    const rebuilt = kms.simulation.health('us-east-1').azs.find((a) => a.az === az)!;
    if (rebuilt.keys !== REBUILD_KEYS || rebuilt.lag !== 0 || !rebuilt.serving) throw new Error(`the rebuilt replica holds ${rebuilt.keys} keys, lag ${rebuilt.lag}`);
  }
  kms.close();
  return {
    name: `Node: rebuild a destroyed AZ replica holding ${REBUILD_KEYS.toLocaleString('en-US')} keys (setAz up)`,
    value: median(times),
    unit: 'ms',
    note: `median of ${REBUILDS} rebuilds (fastest ${Math.min(...times).toFixed(2)} ms, slowest ${Math.max(...times).toFixed(2)} ms); memory storage, ManualClock`,
  };
}

// `tsx bench/node-cluster.ts` runs these benchmarks alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify([await benchAzRouting(), await benchReplicaRebuild()], null, 2));
}
