import { describe, expect, it } from 'vitest';
import type { AzHealth, RegionHealth } from '../../engine/index';
import { azStatus, regionStatus } from './az-status';
import { narrateChange } from './narrate';

const az = (overrides: Partial<AzHealth> = {}): AzHealth => ({
  az: 'us-east-1a',
  state: 'up',
  replicaVersion: 4,
  lag: 0,
  destroyed: false,
  serving: true,
  latencyMs: 0,
  keys: 2,
  ...overrides,
});

const region = (azs: AzHealth[], overrides: Partial<RegionHealth> = {}): RegionHealth => ({
  region: 'us-east-1',
  state: 'up',
  version: 4,
  writable: azs.filter((a) => a.serving).length >= 2,
  readable: azs.some((a) => a.serving),
  azs,
  ...overrides,
});

describe('narration', () => {
  it('reads a change and the repairs it caused as sentences', () => {
    const text = narrateChange({
      description: 'us-east-1c is back up.',
      repairs: [
        { kind: 'caught-up', az: 'us-east-1c', from: 'us-east-1a', writes: 2 },
        { kind: 'rebuilt', az: 'us-east-1b', from: 'us-east-1a', keys: 1, aliases: 0 },
      ],
    });
    expect(text).toBe('us-east-1c is back up. us-east-1c caught up from us-east-1a (2 writes). us-east-1b was rebuilt from us-east-1a (1 key, 0 aliases).');
  });
});

describe('AZ and Region status', () => {
  it('names the five conditions', () => {
    const healthy = region([az()]);
    expect(azStatus(healthy, az()).condition).toBe('up');
    expect(azStatus(healthy, az({ state: 'down', serving: false })).label).toBe('Down');
    expect(azStatus(healthy, az({ state: 'partitioned', serving: false, destroyed: true })).label).toBe('Partitioned, replica destroyed');
    expect(azStatus(healthy, az({ destroyed: true, serving: false })).condition).toBe('destroyed');
    expect(azStatus(healthy, az({ lag: 3, replicaVersion: 1, serving: false })).condition).toBe('catching-up');
    expect(azStatus(region([az()], { state: 'down' }), az({ serving: false })).label).toBe('Down (Region down)');
  });

  it('describes the replica by version and lag', () => {
    const healthy = region([az()]);
    expect(azStatus(healthy, az()).replica).toBe('version 4, current');
    expect(azStatus(healthy, az({ replicaVersion: 3, lag: 1 })).replica).toBe('version 3, 1 write behind');
  });

  it('says what a Region can still do (AZ-2)', () => {
    const down = az({ state: 'down', serving: false });
    expect(regionStatus(region([az(), az(), az()])).condition).toBe('healthy');
    expect(regionStatus(region([az(), down, down])).condition).toBe('read-only');
    expect(regionStatus(region([az(), down, down])).detail).toContain('KMSInternalException');
    expect(regionStatus(region([down, down, down])).condition).toBe('unavailable');
  });
});
