// One Region's fleet: three Availability Zones, each with its own HSM and its own replica of durable
// storage (key records with their exported key tokens, aliases). ../SPEC.md rules AZ-1 … AZ-8.
//
// - A write is acknowledged only once a majority of the Region's replicas hold it; replicas that were
//   unreachable miss it and catch up later from a peer (anti-entropy).
// - A request is served by an AZ whose HSM is up and whose replica is current. Routing is
//   round-robin over those AZs, like a load balancer that health-checks its targets.
// - A replica that comes back first copies what it missed from a current peer; a destroyed replica is
//   rebuilt whole. Until then it serves nothing, so a stale replica never answers.

import type { AliasRecord, KeyRecord } from '../keys/key-record';
import type { RegionView } from '../operations/types';

export type AzState = 'up' | 'down' | 'partitioned';

/** The records one request changes in one Region; null deletes. */
export interface RegionWrites {
  keys: Map<string, KeyRecord | null>;
  aliases: Map<string, AliasRecord | null>;
}

export interface AzHealth {
  az: string;
  state: AzState;
  /** The last write this replica holds. */
  replicaVersion: number;
  /** Writes it is behind the Region's committed version. */
  lag: number;
  /** Its data was destroyed and it waits to be rebuilt from a peer. */
  destroyed: boolean;
  /** It can serve requests now: HSM up, reachable, replica current. */
  serving: boolean;
  latencyMs: number;
  keys: number;
}

export interface RegionHealth {
  region: string;
  state: 'up' | 'down';
  version: number;
  /** Writes are possible: a majority of replicas is reachable. */
  writable: boolean;
  /** Reads and cryptographic calls are possible: some AZ is serving. */
  readable: boolean;
  azs: AzHealth[];
}

export type FleetChange =
  | { kind: 'caught-up'; az: string; from: string; writes: number }
  | { kind: 'rebuilt'; az: string; from: string; keys: number; aliases: number };

class Replica {
  state: AzState = 'up';
  destroyed = false;
  version: number;
  latencyMs = 0;
  keys: Map<string, KeyRecord>;
  aliases: Map<string, AliasRecord>;

  constructor(
    readonly az: string,
    keys: Map<string, KeyRecord>,
    aliases: Map<string, AliasRecord>,
    version: number,
  ) {
    this.keys = keys;
    this.aliases = aliases;
    this.version = version;
  }

  apply(writes: RegionWrites, version: number): void {
    for (const [keyId, key] of writes.keys) {
      if (key) this.keys.set(keyId, key);
      else this.keys.delete(keyId);
    }
    for (const [aliasName, alias] of writes.aliases) {
      if (alias) this.aliases.set(aliasName, alias);
      else this.aliases.delete(aliasName);
    }
    this.version = version;
  }
}

export class RegionFleet {
  state: 'up' | 'down' = 'up';
  #version = 0;
  /** Writes not yet held by every replica, for catch-up. Trimmed once all replicas have them. */
  #log: Array<{ version: number; writes: RegionWrites }> = [];
  readonly #replicas: Replica[];
  #cursor = 0;

  constructor(
    readonly region: string,
    azs: readonly string[],
    initial: { keys: KeyRecord[]; aliases: AliasRecord[] },
  ) {
    // Every replica starts with the same committed data (loaded from durable storage).
    this.#replicas = azs.map(
      (az) => new Replica(az, new Map(initial.keys.map((k) => [k.keyId, k])), new Map(initial.aliases.map((a) => [a.aliasName, a])), 0),
    );
  }

  get version(): number {
    return this.#version;
  }

  #replica(az: string): Replica {
    const replica = this.#replicas.find((r) => r.az === az);
    if (!replica) throw new RangeError(`${az} is not an Availability Zone of ${this.region}.`);
    return replica;
  }

  /** Alive and reachable from the Region's front end. */
  #reachable(replica: Replica): boolean {
    return this.state === 'up' && replica.state === 'up';
  }

  #serving(replica: Replica): boolean {
    return this.#reachable(replica) && !replica.destroyed && replica.version === this.#version;
  }

  /** The next serving AZ in round-robin order, or null when none can serve. */
  route(): string | null {
    const count = this.#replicas.length;
    for (let i = 0; i < count; i++) {
      const replica = this.#replicas[(this.#cursor + i) % count]!;
      if (this.#serving(replica)) {
        this.#cursor = (this.#cursor + i + 1) % count;
        return replica.az;
      }
    }
    return null;
  }

  latencyOf(az: string): number {
    return this.#replica(az).latencyMs;
  }

  /** Reads of one request, from the replica of the AZ that serves it. */
  view(az: string): RegionView {
    const replica = this.#replica(az);
    return {
      key: (keyId) => replica.keys.get(keyId),
      keys: () => [...replica.keys.values()],
      alias: (aliasName) => replica.aliases.get(aliasName),
      aliases: () => [...replica.aliases.values()],
    };
  }

  /** Majority of replicas reachable and current: a write can be made durable. */
  get writable(): boolean {
    const current = this.#replicas.filter((r) => this.#serving(r)).length;
    return current * 2 > this.#replicas.length;
  }

  /** Records a durable write in every reachable replica; the others will catch up. */
  commit(writes: RegionWrites): number {
    if (!this.writable) throw new Error(`${this.region} cannot reach a majority of its storage replicas.`);
    const version = ++this.#version;
    this.#log.push({ version, writes });
    for (const replica of this.#replicas) if (this.#reachable(replica) && !replica.destroyed) replica.apply(writes, version);
    this.#trimLog();
    return version;
  }

  setAz(az: string, state: AzState): FleetChange[] {
    this.#replica(az).state = state;
    return this.repair();
  }

  setRegion(state: 'up' | 'down'): FleetChange[] {
    this.state = state;
    return this.repair();
  }

  setLatency(az: string, ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('Latency is a non-negative number of milliseconds.');
    this.#replica(az).latencyMs = ms;
  }

  destroyReplica(az: string): FleetChange[] {
    const replica = this.#replica(az);
    const othersIntact = this.#replicas.some((r) => r !== replica && !r.destroyed && r.version === this.#version);
    if (!othersIntact) {
      throw new RangeError(
        `KMS Lab keeps one current replica in ${this.region}: destroying ${az} would lose every key in the Region, the event the durability model puts at about one in a hundred billion years.`,
      );
    }
    replica.destroyed = true;
    replica.keys = new Map();
    replica.aliases = new Map();
    replica.version = 0;
    return this.repair();
  }

  /**
   * Anti-entropy: every reachable replica that is behind copies what it missed from a current peer;
   * a destroyed one is rebuilt whole. Runs after every fault change.
   */
  repair(): FleetChange[] {
    const changes: FleetChange[] = [];
    const source = this.#replicas.find((r) => this.#serving(r));
    if (!source) return changes;
    for (const replica of this.#replicas) {
      if (replica === source || !this.#reachable(replica)) continue;
      if (replica.destroyed) {
        replica.keys = new Map(source.keys);
        replica.aliases = new Map(source.aliases);
        replica.version = source.version;
        replica.destroyed = false;
        changes.push({ kind: 'rebuilt', az: replica.az, from: source.az, keys: replica.keys.size, aliases: replica.aliases.size });
      } else if (replica.version < this.#version) {
        const missed = this.#log.filter((entry) => entry.version > replica.version);
        for (const entry of missed) replica.apply(entry.writes, entry.version);
        changes.push({ kind: 'caught-up', az: replica.az, from: source.az, writes: missed.length });
      }
    }
    this.#trimLog();
    return changes;
  }

  #trimLog(): void {
    const oldest = Math.min(...this.#replicas.filter((r) => !r.destroyed).map((r) => r.version));
    if (this.#log.length > 0 && this.#log[0]!.version <= oldest) this.#log = this.#log.filter((entry) => entry.version > oldest);
  }

  health(): RegionHealth {
    return {
      region: this.region,
      state: this.state,
      version: this.#version,
      writable: this.writable,
      readable: this.#replicas.some((r) => this.#serving(r)),
      azs: this.#replicas.map((r) => ({
        az: r.az,
        state: r.state,
        replicaVersion: r.version,
        lag: r.destroyed ? this.#version : this.#version - r.version,
        destroyed: r.destroyed,
        serving: this.#serving(r),
        latencyMs: r.latencyMs,
        keys: r.keys.size,
      })),
    };
  }
}
