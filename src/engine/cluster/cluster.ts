// The Regions' fleets, quotas and latency, and the fault-injection API the UI, lessons and tests use
// (`kms.simulation`). Faults in one Region never touch another: each Region has its own fleet and
// its own quotas.

import type { AliasRecord, KeyRecord } from '../keys/key-record';
import type { RegionConfig } from '../regions';
import { durabilityModel, type DurabilityInputs, type DurabilityResult } from './durability';
import { RegionFleet, type AzState, type FleetChange, type RegionHealth, type RegionWrites } from './fleet';
import { LatencyModel, type LatencyOptions } from './latency';
import { RegionQuotas, type QuotaGroup } from './quotas';

/** What changed in the simulated infrastructure, for the event stream and its narration. */
export interface ClusterChange {
  region: string;
  action: 'set-az' | 'set-region' | 'destroy-replica' | 'set-quota' | 'set-latency';
  target: string;
  description: string;
  repairs: FleetChange[];
}

/** The contract of issue #4 (keep these names: the UI, lessons and checks outside the repo use them). */
export interface Simulation {
  setAz(az: string, state: AzState): void;
  setRegion(region: string, state: 'up' | 'down'): void;
  destroyReplica(az: string): void;
  setQuota(region: string, group: QuotaGroup, perSecond: number): void;
  setLatency(az: string, ms: number): void;
  health(region: string): RegionHealth;
  health(): RegionHealth[];
  quotas(region: string): Record<QuotaGroup, number>;
  durability(inputs: DurabilityInputs): DurabilityResult;
}

export class Cluster implements Simulation {
  readonly #fleets = new Map<string, RegionFleet>();
  readonly #quotas = new Map<string, RegionQuotas>();
  readonly #regionOfAz = new Map<string, string>();
  readonly latency: LatencyModel;

  constructor(
    regions: readonly RegionConfig[],
    initial: (region: string) => { keys: KeyRecord[]; aliases: AliasRecord[] },
    latency: LatencyOptions,
    private readonly onChange: (change: ClusterChange) => void,
  ) {
    for (const region of regions) {
      this.#fleets.set(region.name, new RegionFleet(region.name, region.azs, initial(region.name)));
      this.#quotas.set(region.name, new RegionQuotas(region.name));
      for (const az of region.azs) this.#regionOfAz.set(az, region.name);
    }
    this.latency = new LatencyModel(latency);
  }

  fleet(region: string): RegionFleet {
    const fleet = this.#fleets.get(region);
    if (!fleet) throw new RangeError(`KMS Lab does not simulate the Region ${region}.`);
    return fleet;
  }

  quota(region: string): RegionQuotas {
    return this.#quotas.get(region) ?? this.#quotas.get(this.fleet(region).region)!;
  }

  #fleetOfAz(az: string): RegionFleet {
    const region = this.#regionOfAz.get(az);
    if (!region) throw new RangeError(`KMS Lab does not simulate the Availability Zone ${az}.`);
    return this.fleet(region);
  }

  commit(region: string, writes: RegionWrites): void {
    if (writes.keys.size > 0 || writes.aliases.size > 0) this.fleet(region).commit(writes);
  }

  setAz(az: string, state: AzState): void {
    if (!['up', 'down', 'partitioned'].includes(state)) throw new RangeError(`An AZ is 'up', 'down' or 'partitioned', not '${String(state)}'.`);
    const fleet = this.#fleetOfAz(az);
    const repairs = fleet.setAz(az, state);
    const what = state === 'up' ? 'is back up' : state === 'down' ? 'is down: its HSM and storage replica are offline' : 'is partitioned: alive, but unreachable from the Region';
    this.onChange({ region: fleet.region, action: 'set-az', target: az, description: `${az} ${what}.`, repairs });
  }

  setRegion(region: string, state: 'up' | 'down'): void {
    if (state !== 'up' && state !== 'down') throw new RangeError(`A Region is 'up' or 'down', not '${String(state)}'.`);
    const fleet = this.fleet(region);
    const repairs = fleet.setRegion(state);
    const what = state === 'up' ? 'is back up' : 'is down: every request to it fails, and every other Region carries on';
    this.onChange({ region, action: 'set-region', target: region, description: `${region} ${what}.`, repairs });
  }

  destroyReplica(az: string): void {
    const fleet = this.#fleetOfAz(az);
    const repairs = fleet.destroyReplica(az);
    this.onChange({ region: fleet.region, action: 'destroy-replica', target: az, description: `The storage replica in ${az} was destroyed.`, repairs });
  }

  setQuota(region: string, group: QuotaGroup, perSecond: number): void {
    if (!['symmetric', 'asymmetric', 'describe', 'management'].includes(group)) throw new RangeError(`Unknown quota group '${String(group)}'.`);
    this.quota(region).set(group, perSecond);
    this.onChange({ region, action: 'set-quota', target: group, description: `The ${group} request quota in ${region} is now ${perSecond} per second.`, repairs: [] });
  }

  setLatency(az: string, ms: number): void {
    const fleet = this.#fleetOfAz(az);
    fleet.setLatency(az, ms);
    this.onChange({ region: fleet.region, action: 'set-latency', target: az, description: `Requests served by ${az} now take ${ms} ms longer.`, repairs: [] });
  }

  health(region: string): RegionHealth;
  health(): RegionHealth[];
  health(region?: string): RegionHealth | RegionHealth[] {
    if (region !== undefined) return this.fleet(region).health();
    return [...this.#fleets.values()].map((fleet) => fleet.health());
  }

  quotas(region: string): Record<QuotaGroup, number> {
    return this.quota(region).summary();
  }

  durability(inputs: DurabilityInputs): DurabilityResult {
    return durabilityModel(inputs);
  }
}
