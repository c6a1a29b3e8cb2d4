// KMS Lab's engine: a simulated AWS KMS on WebCrypto. This file is the engine's only public face
// (ARCHITECTURE.md, "The engine's public contract"); keep its names stable.

import { ManualClock, SimulationClock, SystemClock, isRestorableClock, type ClockState } from './clock';
import { EventBus, type EventStream } from './events';
import { createInProcessHsm } from './hsm/in-process';
import type { HsmTransport } from './hsm/protocol';
import { defaultIdentities, type Identity } from './identities';
import type { Clock, Cloneable, Random, Storage } from './ports';
import { DEFAULT_ACCOUNT_ID, DEFAULT_REGIONS, type RegionConfig } from './regions';
import { KmsService, type SendContext } from './service';
import { EngineState, Journal } from './state';
import { MemoryStorage } from './storage/memory';
import { openIndexedDbStorage } from './storage/indexeddb';
import { verifyChainInSlices, type ChainVerdict } from './trail/chain';
import { lookupEvents, type LookupEvent, type LookupEventsInput } from './trail/lookup';
import type { TrailEntry } from './trail/record';
import { OPERATIONS } from './operations/index';
import { isKmsError, kmsErrors } from './errors';
import { randomPool } from './crypto/random-pool';
import { Cluster, type Simulation } from './cluster/cluster';
import type { LatencyOptions } from './cluster/latency';
import type { Members } from './shapes';
import type { QuotaGroup } from './cluster/quotas';
import { CLOCK_PATH, SnapshotError, checkSnapshot, snapshotSummary, storageOf, type SimulatorSnapshot } from './snapshot';

export interface KmsOptions {
  /** The simulated AWS account (default 111122223333). */
  accountId?: string;
  /** Simulated time (default: the system clock). Pass a ManualClock to move time by hand. */
  clock?: Clock;
  /** Durable storage (default: IndexedDB in a browser, memory elsewhere). */
  storage?: Storage;
  /** Regions and their Availability Zones (default: us-east-1, us-west-2, eu-west-1, ap-southeast-2). */
  regions?: readonly RegionConfig[];
  /** Simulated latency the flows can show (default none). It is reported in events, never waited for. */
  latency?: LatencyOptions;
  /** The HSM boundary (default: the HSM in-process, behind structured cloning). */
  hsm?: HsmTransport;
  /** Randomness for identifiers (default: crypto.getRandomValues). */
  random?: Random;
  /** The simulated IAM identities (default: Admin, Alice, Bob and an application role). */
  identities?: readonly Identity[];
}

export interface Kms {
  readonly accountId: string;
  readonly regions: readonly RegionConfig[];
  readonly identities: readonly Identity[];
  readonly clock: Clock;
  readonly events: EventStream;
  readonly storageKind: Storage['kind'];
  /** The KMS operations this engine implements, by AWS name. */
  readonly operations: readonly string[];
  /**
   * Calls a KMS operation by its AWS name with AWS member names (blobs as Uint8Array, timestamps as
   * Date). Fails with an error whose `name` is the AWS exception's name.
   */
  send(operation: string, input?: Record<string, unknown>, context?: SendContext): Promise<Record<string, unknown>>;
  /** CloudTrail's LookupEvents on the event history of one Region. */
  lookupEvents(input?: LookupEventsInput, context?: { region?: string }): Promise<{ Events: LookupEvent[]; NextToken?: string }>;
  /** The CloudTrail log and its hash chain. */
  readonly trail: {
    entries(): readonly TrailEntry[];
    verify(entries?: readonly TrailEntry[]): Promise<ChainVerdict>;
  };
  identityByAccessKey(accessKeyId: string): Identity | undefined;
  /**
   * The simulated infrastructure: fail and restore AZs and Regions, destroy replicas, change quotas and
   * latency, read each Region's health (issue #4's contract).
   */
  readonly simulation: Simulation;
  /** Runs what fell due on the clock (deletions, rotations); requests do this by themselves first. */
  runDueTasks(): Promise<void>;
  /**
   * Moves simulated time forward by `ms`, runs what fell due and saves the clock with the state.
   * Needs a clock that can advance (ManualClock, SimulationClock); RangeError otherwise.
   */
  advanceClock(ms: number): Promise<ClockAdvance>;
  /** Export, import and reset of everything the engine keeps. */
  readonly state: SimulatorStateApi;
  close(): void;
}

/** What an advance of the clock did, for a view to announce ("Advanced to … — 1 key deleted"). */
export interface ClockAdvance {
  /** Simulated time after the advance, in epoch ms. */
  now: number;
  /** Keys KMS deleted because their waiting period ended within the advance. */
  keysDeleted: number;
  /** Automatic rotations that fell due within the advance. */
  keysRotated: number;
}

/** Export, import and reset of the whole simulator (SPEC SNAP-1 … SNAP-6, CLOCK-1 … CLOCK-4). */
export interface SimulatorStateApi {
  /** Everything KMS keeps, as one value: keys with exported tokens (never key material), aliases, trail, clock. */
  export(): Promise<SimulatorSnapshot>;
  /**
   * Checks `snapshot` (SnapshotError if it does not fit this engine; nothing changes then) and
   * replaces all state with it in one storage write; the clock takes the snapshot's time.
   */
  import(snapshot: SimulatorSnapshot): Promise<void>;
  /** Deletes every key, alias and CloudTrail record in one storage write; the clock starts again. */
  reset(): Promise<void>;
}

function defaultRandom(): Random {
  return { fill: randomPool() };
}

async function defaultStorage(): Promise<Storage> {
  return 'indexedDB' in globalThis && globalThis.indexedDB ? openIndexedDbStorage() : new MemoryStorage();
}

const QUOTA_GROUPS: readonly QuotaGroup[] = ['symmetric', 'asymmetric', 'describe', 'management'];

export async function createKms(options: KmsOptions = {}): Promise<Kms> {
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  const clock: Clock = options.clock ?? new SystemClock();
  const storage = options.storage ?? (await defaultStorage());
  const regions = options.regions ?? DEFAULT_REGIONS;
  const hsm = options.hsm ?? createInProcessHsm();
  const random = options.random ?? defaultRandom();
  const identities = options.identities ?? defaultIdentities(accountId);
  const events = new EventBus();
  const restorable = isRestorableClock(clock) ? clock : null;
  const startState = restorable?.saveState();

  // The engine's parts over one committed state. Import and reset rebuild them from storage, so the
  // Kms object callers hold keeps working (its events, clock and HSM stay the same).
  const openCore = (loaded: Awaited<ReturnType<Storage['load']>>, quotas?: Cluster) => {
    const state = EngineState.fromStorage(loaded);
    const journal = new Journal(storage, state);
    // The service exists only after the cluster; a fault change reaches it through this late binding
    // rather than an event subscription, which would make every request build every event.
    const afterClusterChange = { run: () => {} };
    let quiet = quotas !== undefined;
    const cluster = new Cluster(
      regions,
      (region) => ({ keys: state.view(region).keys(), aliases: state.view(region).aliases() }),
      options.latency ?? {},
      (change) => {
        if (quiet) return;
        events.emit(
          { time: clock.now(), region: change.region, requestId: 'simulation' },
          { type: 'cluster.changed', action: change.action, target: change.target, description: change.description, repairs: change.repairs },
        );
        afterClusterChange.run();
      },
    );
    // Quotas are a setting of the simulation, not state: a rebuilt engine keeps the ones it had.
    if (quotas) for (const region of regions) for (const group of QUOTA_GROUPS) cluster.setQuota(region.name, group, quotas.quotas(region.name)[group]);
    quiet = false;
    const service = new KmsService({ accountId, clock, random, regions, identities, hsm, state, journal, events, cluster });
    // Due work that waited for a Region to become writable again may run after any fault change.
    afterClusterChange.run = () => service.clusterChanged();
    return { state, cluster, service };
  };

  const resumeClock = (loaded: Awaited<ReturnType<Storage['load']>>, mode: 'resume' | 'replace') => {
    if (!restorable) return;
    const saved = loaded.state.find(([path]) => path === CLOCK_PATH)?.[1] as ClockState | undefined;
    // Never behind the newest CloudTrail record, even if the clock's own note was lost (CLOCK-2).
    const trail = loaded.trail as unknown as TrailEntry[];
    const newest = trail.reduce((latest, entry) => Math.max(latest, Date.parse(entry.record.eventTime)), Number.NEGATIVE_INFINITY);
    const now = Math.max(saved?.now ?? Number.NEGATIVE_INFINITY, newest);
    if (Number.isFinite(now)) restorable.restoreState({ now, ...(saved?.offsetMs !== undefined && { offsetMs: saved.offsetMs }) }, mode);
  };

  const initial = await storage.load();
  resumeClock(initial, 'resume');
  let core = openCore(initial);

  // Requests in flight, so import and reset wait for them and hold new ones until the swap is done.
  let inflight = 0;
  const idleWaiters: Array<() => void> = [];
  let replacing: Promise<void> | null = null;
  const tracked = async <T>(run: () => Promise<T>): Promise<T> => {
    while (replacing) await replacing.catch(() => undefined);
    inflight++;
    try {
      return await run();
    } finally {
      if (--inflight === 0) for (const wake of idleWaiters.splice(0)) wake();
    }
  };
  const idle = () => (inflight === 0 ? Promise.resolve() : new Promise<void>((wake) => idleWaiters.push(wake)));
  const exclusive = async (run: () => Promise<void>): Promise<void> => {
    while (replacing) await replacing.catch(() => undefined);
    const swap = (async () => {
      await idle();
      await run();
    })();
    replacing = swap;
    try {
      await swap;
    } finally {
      if (replacing === swap) replacing = null;
    }
  };

  // The clock's note in storage, written after every advance, so a reload resumes where time was (CLOCK-1).
  let clockWrites: Promise<void> = Promise.resolve();
  const persistClock = (): Promise<void> => {
    if (!restorable) return Promise.resolve();
    const saved = restorable.saveState();
    clockWrites = clockWrites
      .catch(() => undefined)
      .then(() => storage.commit({ put: [[CLOCK_PATH, saved as unknown as Cloneable]], delete: [], trail: [] }));
    return clockWrites;
  };
  const stopWatchingClock = clock.onAdvance?.(() => {
    void tracked(() => Promise.all([persistClock(), core.service.runDueTasks()])).catch(() => undefined);
  });

  const replaceAll = (state: Array<[string, Cloneable]>, trail: Cloneable[], clockState: ClockState | undefined, cause: 'import' | 'reset') =>
    exclusive(async () => {
      await clockWrites.catch(() => undefined);
      /* Precondition: storage is replaced in one all-or-nothing write before memory changes (SNAP-3). */
      await storage.replace(state, trail);
      const loaded = await storage.load();
      if (restorable && clockState) restorable.restoreState(clockState, 'replace');
      core = openCore(loaded, core.cluster);
      // Views holding what they read before (key lists, the trail) learn that it is all gone.
      events.emit({ time: clock.now(), region: 'global', requestId: `state-${cause}` }, { type: 'state.replaced', cause });
    });

  const stateApi: SimulatorStateApi = {
    export: () =>
      tracked(async () => {
        await clockWrites.catch(() => undefined);
        const clockState = restorable?.saveState() ?? { now: clock.now() };
        const snapshot: SimulatorSnapshot = {
          accountId,
          clock: clockState,
          keys: core.state.allKeys(),
          aliases: core.state.allAliases(),
          trail: { head: core.state.head, entries: [...core.state.trail] },
        };
        return structuredClone(snapshot);
      }),
    async import(snapshot) {
      const copy = structuredClone(snapshot);
      checkSnapshot(copy, { accountId, regions });
      const { state, trail } = storageOf(copy, copy.clock);
      await replaceAll(state, trail, copy.clock, 'import');
    },
    async reset() {
      const fresh = restorable?.freshState?.() ?? startState;
      await replaceAll(fresh ? [[CLOCK_PATH, fresh as unknown as Cloneable]] : [], [], fresh, 'reset');
    },
  };

  return {
    accountId,
    regions,
    identities,
    clock,
    events,
    storageKind: storage.kind,
    operations: [...OPERATIONS.keys()],
    send: (operation, input, context) => tracked(() => core.service.send(operation, input ?? {}, context)),
    lookupEvents: (input, context) =>
      tracked(async () => {
        // As in send: KMS's own due work failing is not this lookup's failure; it stays due.
        await core.service.runDueTasks().catch(() => undefined);
        const region = context?.region ?? 'us-east-1';
        return lookupEvents(core.state.trail, region, input ?? {}, clock.now());
      }),
    trail: {
      entries: () => core.state.trail,
      verify: (entries = core.state.trail) => verifyChainInSlices(entries, core.state.head),
    },
    get simulation() {
      return core.cluster;
    },
    identityByAccessKey: (accessKeyId) => identities.find((identity) => identity.accessKeyId === accessKeyId),
    runDueTasks: () =>
      tracked(() => core.service.runDueTasks()).catch((error: unknown) => {
        throw isKmsError(error) ? error : kmsErrors.internal(error instanceof Error ? error.message : String(error));
      }),
    async advanceClock(ms) {
      if (!restorable) throw new RangeError('This engine runs on a clock that cannot be advanced; pass a ManualClock or SimulationClock.');
      const before = core.state.trail.length;
      restorable.advance(ms);
      await tracked(() => Promise.all([persistClock(), core.service.runDueTasks()]));
      let keysDeleted = 0;
      let keysRotated = 0;
      for (const entry of core.state.trail.slice(before)) {
        if (entry.record.eventType !== 'AwsServiceEvent') continue;
        if (entry.record.eventName === 'DeleteKey') keysDeleted++;
        if (entry.record.eventName === 'RotateKey') keysRotated++;
      }
      return { now: clock.now(), keysDeleted, keysRotated };
    },
    state: stateApi,
    close() {
      stopWatchingClock?.();
      hsm.close?.();
      storage.close();
    },
  };
}

/** The request members of a KMS operation, as the AWS model declares them (for wire adapters). */
export function operationMembers(operation: string): Members | undefined {
  return OPERATIONS.get(operation)?.members;
}

export { LOOKUP_EVENTS_MEMBERS } from './trail/lookup';
export { lookupEvents, matchesLookupAttribute, toLookupEvent, LOOKUP_ATTRIBUTE_KEYS, EVENT_HISTORY_DAYS, type LookupAttributeKey } from './trail/lookup';
export { serializationError } from './shapes';
export { allPages, withMarker } from './paginate';
export type { Members, Shape } from './shapes';
export { toBase64, fromBase64 } from './crypto/bytes';
/** Bytes a ciphertext adds to its plaintext: the header naming key and key material, and the tag. */
export { HEADER_LENGTH as CIPHERTEXT_HEADER_BYTES, TAG_LENGTH as CIPHERTEXT_TAG_BYTES } from './crypto/ciphertext';
export { ManualClock, SimulationClock, SystemClock, MemoryStorage, openIndexedDbStorage, createInProcessHsm, DEFAULT_REGIONS, DEFAULT_ACCOUNT_ID };
export { KmsError, isKmsError } from './errors';
export type { KmsExceptionName } from './errors';
export type { EngineEvent, EngineEventType, PayloadKind, PayloadSummary, EventStream } from './events';
export type { Clock, Random, Storage, Cloneable, StorageBatch } from './ports';
export type { HsmTransport, HsmRequest, HsmResponse } from './hsm/protocol';
// The browser's HSM transport (the worker itself, hsm/worker-shell.ts, is an entry the app loads).
export { createWorkerHsm, HsmWorkerError } from './hsm/worker-transport';
export type { HsmWorkerPort, HsmPortMessage } from './hsm/worker-transport';
export type { Identity } from './identities';
export type { Simulation, ClusterChange } from './cluster/cluster';
export type { AzState, AzHealth, RegionHealth, FleetChange } from './cluster/fleet';
export type { QuotaGroup } from './cluster/quotas';
// The quota a Region has before any change, so a view can offer "back to the AWS default".
export { defaultSymmetricQuota } from './cluster/quotas';
export type { DurabilityInputs, DurabilityResult } from './cluster/durability';
export type { LatencyOptions } from './cluster/latency';
export { durabilityModel } from './cluster/durability';
/** The key policy KMS attaches when CreateKey names none, as GetKeyPolicy returns it (the console previews it). */
export { defaultKeyPolicy } from './keys/default-policy';
export type { RegionConfig } from './regions';
export type { SendContext } from './service';
export type { ChainVerdict } from './trail/chain';
export type { CloudTrailRecord, TrailEntry } from './trail/record';
export type { LookupEvent, LookupEventsInput } from './trail/lookup';
// Simulator state: export, import, reset, and the clock's saved form.
export { SnapshotError, snapshotSummary, isRestorableClock };
export type { SimulatorSnapshot, ClockState };
export type { RestorableClock } from './clock';
export type { KeyRecord, KeyVersion, AliasRecord, KeyState, Tag } from './keys/key-record';
export type { TrailHead } from './state';
