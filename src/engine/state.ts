// The engine's committed state in memory, and the journal that commits to storage. Reads come from
// memory; every change reaches storage first and memory second, in one batch with its CloudTrail
// record, so a request lands whole or not at all (SPEC STORE-1).

import type { Cloneable, Storage, StorageBatch } from './ports';
import type { AliasRecord, KeyRecord } from './keys/key-record';
import type { RegionView } from './operations/types';
import type { RegionWrites } from './cluster/fleet';
import { GENESIS_HASH, linkHash } from './trail/chain';
import type { CloudTrailRecord, TrailEntry } from './trail/record';

const keyPath = (region: string, keyId: string) => `key/${region}/${keyId}`;
const aliasPath = (region: string, aliasName: string) => `alias/${region}/${aliasName}`;
const HEAD_PATH = 'meta/trail-head';

/** The records one request changes, in its Region: key ID or alias name → record, or null to delete. */
export interface StagedWrites extends RegionWrites {
  region: string;
}

export const emptyWrites = (region: string): StagedWrites => ({ region, keys: new Map(), aliases: new Map() });

export const hasWrites = (writes: StagedWrites) => writes.keys.size > 0 || writes.aliases.size > 0;

/** Storage paths of staged writes: what a storage.write event lists and the journal writes. */
function storageEntries(writes: StagedWrites): Array<[string, KeyRecord | AliasRecord | null]> {
  return [
    ...[...writes.keys].map(([keyId, key]) => [keyPath(writes.region, keyId), key] as [string, KeyRecord | null]),
    ...[...writes.aliases].map(([name, alias]) => [aliasPath(writes.region, name), alias] as [string, AliasRecord | null]),
  ];
}

export interface TrailHead {
  seq: number;
  hash: string;
}

/** Keys, aliases and the trail's head under their storage paths (export, import and reset write these). */
export function stateEntries(keys: readonly KeyRecord[], aliases: readonly AliasRecord[], head: TrailHead): Array<[string, Cloneable]> {
  return [
    ...keys.map((key) => [keyPath(key.region, key.keyId), key as unknown as Cloneable] as [string, Cloneable]),
    ...aliases.map((alias) => [aliasPath(alias.region, alias.aliasName), alias as unknown as Cloneable] as [string, Cloneable]),
    [HEAD_PATH, head as unknown as Cloneable],
  ];
}

export class EngineState {
  readonly #keys = new Map<string, Map<string, KeyRecord>>();
  readonly #aliases = new Map<string, Map<string, AliasRecord>>();
  readonly trail: TrailEntry[] = [];
  head: TrailHead = { seq: 0, hash: GENESIS_HASH };

  static fromStorage(loaded: { state: Array<[string, Cloneable]>; trail: Cloneable[] }): EngineState {
    const state = new EngineState();
    for (const [path, value] of loaded.state) {
      if (path.startsWith('key/')) state.#putKey(value as unknown as KeyRecord);
      else if (path.startsWith('alias/')) state.#putAlias(value as unknown as AliasRecord);
      else if (path === HEAD_PATH) state.head = value as unknown as TrailHead;
    }
    const entries = (loaded.trail as unknown as TrailEntry[]).sort((a, b) => a.seq - b.seq);
    state.trail.push(...entries);
    return state;
  }

  view(region: string): RegionView {
    return {
      key: (keyId) => this.#keys.get(region)?.get(keyId),
      keys: () => [...(this.#keys.get(region)?.values() ?? [])],
      alias: (aliasName) => this.#aliases.get(region)?.get(aliasName),
      aliases: () => [...(this.#aliases.get(region)?.values() ?? [])],
    };
  }

  allKeys(): KeyRecord[] {
    return [...this.#keys.values()].flatMap((keys) => [...keys.values()]);
  }

  allAliases(): AliasRecord[] {
    return [...this.#aliases.values()].flatMap((aliases) => [...aliases.values()]);
  }

  #putKey(key: KeyRecord): void {
    let region = this.#keys.get(key.region);
    if (!region) this.#keys.set(key.region, (region = new Map<string, KeyRecord>()));
    region.set(key.keyId, key);
  }

  #putAlias(alias: AliasRecord): void {
    let region = this.#aliases.get(alias.region);
    if (!region) this.#aliases.set(alias.region, (region = new Map<string, AliasRecord>()));
    region.set(alias.aliasName, alias);
  }

  /** Storage paths a set of writes touches, for the storage.write event. */
  static paths(writes: StagedWrites): { put: string[]; deleted: string[] } {
    const put: string[] = [];
    const deleted: string[] = [];
    for (const [path, value] of storageEntries(writes)) (value ? put : deleted).push(path);
    return { put, deleted };
  }

  apply(writes: StagedWrites, entries: TrailEntry[]): void {
    for (const [keyId, key] of writes.keys) {
      if (key) this.#putKey(key);
      else this.#keys.get(writes.region)?.delete(keyId);
    }
    for (const [aliasName, alias] of writes.aliases) {
      if (alias) this.#putAlias(alias);
      else this.#aliases.get(writes.region)?.delete(aliasName);
    }
    this.trail.push(...entries);
    const last = entries[entries.length - 1];
    if (last) this.head = { seq: last.seq, hash: last.hash };
  }

  /** Everything, as storage holds it (for export and replace). */
  snapshot(): { state: Array<[string, Cloneable]>; trail: Cloneable[] } {
    return { state: stateEntries(this.allKeys(), this.allAliases(), this.head), trail: this.trail as unknown as Cloneable[] };
  }
}

interface Pending {
  writes: StagedWrites;
  record: CloudTrailRecord;
  /** recordDigest(record), when the caller worked it out already. */
  digest: string | undefined;
  resolve: (entry: TrailEntry) => void;
  reject: (error: unknown) => void;
}

/**
 * Commits requests in arrival order. While one batch is being written, later requests queue and go
 * to storage together in the next batch (group commit), which is what lets IndexedDB keep up with
 * thousands of requests a second. Each request still resolves only once its batch is durable.
 */
export class Journal {
  #queue: Pending[] = [];
  #draining = false;

  constructor(
    private readonly storage: Storage,
    private readonly state: EngineState,
  ) {}

  commit(writes: StagedWrites, record: CloudTrailRecord, digest?: string): Promise<TrailEntry> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ writes, record, digest, resolve, reject });
      if (!this.#draining) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#draining = true;
    while (this.#queue.length > 0) {
      const batch = this.#queue;
      this.#queue = [];
      try {
        let { seq, hash } = this.state.head;
        const entries: TrailEntry[] = [];
        for (const pending of batch) {
          const prevHash = hash;
          hash = linkHash(prevHash, pending.record, pending.digest);
          entries.push({ seq: ++seq, record: pending.record, prevHash, hash });
        }
        const storageBatch: StorageBatch = { put: [], delete: [], trail: entries as unknown as Cloneable[] };
        for (const { writes } of batch) {
          for (const [path, value] of storageEntries(writes)) {
            if (value) storageBatch.put.push([path, value as unknown as Cloneable]);
            else storageBatch.delete.push(path);
          }
        }
        storageBatch.put.push([HEAD_PATH, { seq, hash }]);
        await this.storage.commit(storageBatch);
        batch.forEach((pending, i) => this.state.apply(pending.writes, [entries[i]!]));
        batch.forEach((pending, i) => pending.resolve(entries[i]!));
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
    this.#draining = false;
  }
}
