// KMS Lab's engine: a simulated AWS KMS on WebCrypto. This file is the engine's only public face
// (ARCHITECTURE.md, "The engine's public contract"); keep its names stable.

import { ManualClock, SystemClock } from './clock';
import { EventBus, type EventStream } from './events';
import { createInProcessHsm } from './hsm/in-process';
import type { HsmTransport } from './hsm/protocol';
import { defaultIdentities, type Identity } from './identities';
import type { Clock, Random, Storage } from './ports';
import { DEFAULT_ACCOUNT_ID, DEFAULT_REGIONS, type RegionConfig } from './regions';
import { KmsService, type SendContext } from './service';
import { EngineState, Journal } from './state';
import { MemoryStorage } from './storage/memory';
import { openIndexedDbStorage } from './storage/indexeddb';
import { verifyChain, type ChainVerdict } from './trail/chain';
import { lookupEvents, type LookupEvent, type LookupEventsInput } from './trail/lookup';
import type { TrailEntry } from './trail/record';
import { OPERATIONS } from './operations/index';
import { isKmsError, kmsErrors } from './errors';
import { randomPool } from './crypto/random-pool';
import { Cluster, type Simulation } from './cluster/cluster';
import type { LatencyOptions } from './cluster/latency';
import type { Members } from './shapes';

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
  close(): void;
}

function defaultRandom(): Random {
  return { fill: randomPool() };
}

async function defaultStorage(): Promise<Storage> {
  return 'indexedDB' in globalThis && globalThis.indexedDB ? openIndexedDbStorage() : new MemoryStorage();
}

export async function createKms(options: KmsOptions = {}): Promise<Kms> {
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  const clock: Clock = options.clock ?? new SystemClock();
  const storage = options.storage ?? (await defaultStorage());
  const regions = options.regions ?? DEFAULT_REGIONS;
  const hsm = options.hsm ?? createInProcessHsm();
  const random = options.random ?? defaultRandom();
  const identities = options.identities ?? defaultIdentities(accountId);
  const events = new EventBus();
  const state = EngineState.fromStorage(await storage.load());
  const journal = new Journal(storage, state);
  // The service exists only after the cluster; a fault change reaches it through this late binding
  // rather than an event subscription, which would make every request build every event.
  const afterClusterChange = { run: () => {} };
  const cluster = new Cluster(
    regions,
    (region) => ({ keys: state.view(region).keys(), aliases: state.view(region).aliases() }),
    options.latency ?? {},
    (change) => {
      events.emit(
        { time: clock.now(), region: change.region, requestId: 'simulation' },
        { type: 'cluster.changed', action: change.action, target: change.target, description: change.description, repairs: change.repairs },
      );
      afterClusterChange.run();
    },
  );
  const service = new KmsService({ accountId, clock, random, regions, identities, hsm, state, journal, events, cluster });
  // Due work that waited for a Region to become writable again may run after any fault change.
  afterClusterChange.run = () => service.clusterChanged();
  const stopWatchingClock = clock.onAdvance?.(() => {
    service.runDueTasks().catch(() => undefined);
  });

  return {
    accountId,
    regions,
    identities,
    clock,
    events,
    storageKind: storage.kind,
    operations: [...OPERATIONS.keys()],
    send: (operation, input, context) => service.send(operation, input ?? {}, context),
    async lookupEvents(input, context) {
      // As in send: KMS's own due work failing is not this lookup's failure; it stays due.
      await service.runDueTasks().catch(() => undefined);
      const region = context?.region ?? 'us-east-1';
      return lookupEvents(state.trail, region, input ?? {}, clock.now());
    },
    trail: {
      entries: () => state.trail,
      verify: (entries = state.trail) => Promise.resolve(verifyChain(entries, state.head)),
    },
    simulation: cluster,
    identityByAccessKey: (accessKeyId) => identities.find((identity) => identity.accessKeyId === accessKeyId),
    runDueTasks: () =>
      service.runDueTasks().catch((error: unknown) => {
        throw isKmsError(error) ? error : kmsErrors.internal(error instanceof Error ? error.message : String(error));
      }),
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
export { lookupEvents, LOOKUP_ATTRIBUTE_KEYS, EVENT_HISTORY_DAYS, type LookupAttributeKey } from './trail/lookup';
export { serializationError } from './shapes';
export type { Members, Shape } from './shapes';
export { toBase64, fromBase64 } from './crypto/bytes';
/** Bytes a ciphertext adds to its plaintext: the header naming key and key material, and the tag. */
export { HEADER_LENGTH as CIPHERTEXT_HEADER_BYTES, TAG_LENGTH as CIPHERTEXT_TAG_BYTES } from './crypto/ciphertext';
export { ManualClock, SystemClock, MemoryStorage, openIndexedDbStorage, createInProcessHsm, DEFAULT_REGIONS, DEFAULT_ACCOUNT_ID };
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
export type { RegionConfig } from './regions';
export type { SendContext } from './service';
export type { ChainVerdict } from './trail/chain';
export type { CloudTrailRecord, TrailEntry } from './trail/record';
export type { LookupEvent, LookupEventsInput } from './trail/lookup';
