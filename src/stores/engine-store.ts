import { createStore, type StoreApi } from 'zustand/vanilla';
import { isKmsError, type EngineEvent, type Kms, type PayloadSummary, type SendContext, type TrailEntry } from '../engine/index';

/** One HSM call of a request, as the engine's hsm.message events reported it. */
export interface HsmCrossing {
  hsmId: string;
  az: string;
  hsmOperation: string;
  /** What went to the HSM and what came back: kinds and sizes, never bytes. */
  sent: readonly PayloadSummary[];
  received: readonly PayloadSummary[];
}

export type EngineStatus = 'idle' | 'starting' | 'ready' | 'failed';

/** The result of one engine call made through the store, with the request id the engine gave it. */
export type CallOutcome =
  | { ok: true; output: Record<string, unknown>; requestId: string | undefined }
  | { ok: false; error: CallError; requestId: string | undefined };

/**
 * An AWS exception as a caller sees it (name and AWS's message), plus KMS Lab's `detail` when the
 * engine gave one: the why behind a terse AWS message (which replicas were unreachable, for one).
 */
export interface CallError {
  name: string;
  message: string;
  detail?: string;
}

export interface EngineState {
  status: EngineStatus;
  kms: Kms | null;
  /** Why the engine could not start, in words. */
  failure: string | null;
  /**
   * Every CloudTrail entry, oldest first, as of the last trail update: a new value after each batch of
   * records, so `(state) => state.trail` selectors re-run. It is a read-only view over the engine's
   * append-only log, made in constant time (no copy), so keeping it costs nothing at 100,000 records;
   * filtering it is still O(n) for the reader. Readers that only need to know that the trail grew can
   * select `trailVersion` and read `trailEntries()` when they need the entries.
   */
  trail: readonly TrailEntry[];
  /** Grows each time records are added to the trail (at most once per microtask), or the engine changes. */
  trailVersion: number;
  /** The engine's trail right now, oldest first (the live append-only log, never copied); [] without an engine. */
  trailEntries: () => readonly TrailEntry[];
  /**
   * Grows when everything the engine held was replaced (kms.state.import or reset: a state.replaced
   * event), so views that keep what they read (a key list) know to read again.
   */
  stateEpoch: number;
  /**
   * The HSM calls of one request, from hsm.message events (kept for the newest MAX_TRACKED_REQUESTS
   * requests). A lookup rather than a record of every request: select one request's crossings
   * (`state.hsmCallsOf(id)`); the array for a request is replaced whenever it changes.
   */
  hsmCallsOf: (requestId: string) => readonly HsmCrossing[] | undefined;
  /** Grows each time some request's HSM calls change, so selectors run again. */
  hsmCallsVersion: number;
  /** Starts the engine once; later calls while it runs do nothing. */
  start: () => void;
  /** Closes the engine (terminating its HSM worker); start() may open a new one. */
  stop: () => void;
  /** Calls the engine and reports success or the AWS exception, never throwing. */
  call: (operation: string, input: Record<string, unknown>, context?: SendContext) => Promise<CallOutcome>;
}

export type EngineStore = StoreApi<EngineState>;

export interface EngineStoreOptions {
  /** Opens the engine: in the app, startBrowserKms (HSM in a Web Worker); in tests, createKms. */
  open: () => Promise<Kms>;
  /**
   * The identity a call acts as when its context names none: in the app, the header's identity
   * switcher (the shell store's principal), so every view's requests carry it without each one
   * threading it through. Null or absent: the engine's default, the account's Admin user.
   */
  actingPrincipal?: () => string | null;
}

const MAX_TRACKED_REQUESTS = 500;

const EMPTY_TRAIL: readonly TrailEntry[] = Object.freeze([]);

/**
 * The first `length` entries of an append-only array, as an array of their own. Copying the trail on
 * every new record was O(n) per batch (at 100,000 records, most of the page thread under load); this
 * view is O(1) to make and reads through to the engine's array, whose first `length` entries never
 * change. Writes are refused: the trail belongs to the engine.
 */
function trailView(entries: readonly TrailEntry[], length: number): readonly TrailEntry[] {
  // An index at or past `length` reads as absent, as it would in a copy made at that length.
  const beyond = (property: string | symbol) => {
    if (typeof property !== 'string') return false;
    const index = Number(property);
    return Number.isInteger(index) && index >= length && String(index) === property;
  };
  return new Proxy(entries, {
    get: (target, property, receiver) => (property === 'length' ? length : beyond(property) ? undefined : (Reflect.get(target, property, receiver) as unknown)),
    has: (target, property) => !beyond(property) && Reflect.has(target, property),
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}

export function createEngineStore({ open, actingPrincipal }: EngineStoreOptions): EngineStore {
  // A generation number: a stop() while an engine is still opening must close that engine when it
  // arrives instead of installing it (React's StrictMode mounts, unmounts and remounts in dev).
  let generation = 0;
  let unsubscribe: (() => void) | null = null;

  return createStore<EngineState>()((set, get) => {
    // What was last published, so any engine event can tell in O(1) whether the trail moved on (a new
    // record, or a whole new log after a state import or reset) without waiting for trail.recorded.
    let published: { entries: readonly TrailEntry[]; length: number } = { entries: EMPTY_TRAIL, length: 0 };
    const publishTrail = (kms: Kms) => {
      const entries = kms.trail.entries();
      published = { entries, length: entries.length };
      set({ trail: trailView(entries, entries.length), trailVersion: get().trailVersion + 1 });
    };
    const trailMoved = (kms: Kms) => {
      const entries = kms.trail.entries();
      return entries !== published.entries || entries.length !== published.length;
    };
    let trailUpdateQueued = false;
    const queueTrailUpdate = (kms: Kms) => {
      if (trailUpdateQueued) return;
      trailUpdateQueued = true;
      queueMicrotask(() => {
        trailUpdateQueued = false;
        if (get().kms === kms) publishTrail(kms);
      });
    };

    // HSM crossings live in an insertion-ordered Map (the oldest request is evicted first), read
    // through hsmCallsOf, and a version bump tells selectors at most once per microtask. Rebuilding a
    // 500-entry record on every change took most of the page thread under a load of a thousand
    // requests a second; this costs the same for one request or five hundred.
    const crossings = new Map<string, HsmCrossing[]>();
    let hsmUpdateQueued = false;
    const queueHsmUpdate = (kms: Kms) => {
      if (hsmUpdateQueued) return;
      hsmUpdateQueued = true;
      queueMicrotask(() => {
        hsmUpdateQueued = false;
        if (get().kms === kms) set({ hsmCallsVersion: get().hsmCallsVersion + 1 });
      });
    };

    const onEvent = (kms: Kms) => (event: EngineEvent) => {
      if (event.type === 'state.replaced') {
        crossings.clear();
        publishTrail(kms);
        set({ stateEpoch: get().stateEpoch + 1 });
        return;
      }
      if (event.type === 'trail.recorded' || trailMoved(kms)) queueTrailUpdate(kms);
      if (event.type !== 'hsm.message') return;
      const existing = crossings.get(event.requestId) ?? [];
      let next: HsmCrossing[];
      if (event.direction === 'to-hsm') {
        next = [...existing, { hsmId: event.hsmId, az: event.az, hsmOperation: event.hsmOperation, sent: event.payload, received: [] }];
      } else {
        next = existing.map((crossing, i) => (i === existing.length - 1 ? { ...crossing, received: event.payload } : crossing));
      }
      if (!crossings.has(event.requestId) && crossings.size >= MAX_TRACKED_REQUESTS) crossings.delete(crossings.keys().next().value!);
      crossings.set(event.requestId, next);
      queueHsmUpdate(kms);
    };

    return {
      status: 'idle',
      kms: null,
      failure: null,
      trail: EMPTY_TRAIL,
      trailVersion: 0,
      stateEpoch: 0,
      trailEntries: () => get().kms?.trail.entries() ?? EMPTY_TRAIL,
      hsmCallsOf: (requestId) => crossings.get(requestId),
      hsmCallsVersion: 0,
      start() {
        if (get().status === 'starting' || get().status === 'ready') return;
        const mine = ++generation;
        set({ status: 'starting', failure: null });
        open().then(
          (kms) => {
            if (mine !== generation) {
              kms.close();
              return;
            }
            unsubscribe = kms.events.subscribe(onEvent(kms));
            set({ status: 'ready', kms });
            publishTrail(kms);
          },
          (error: unknown) => {
            if (mine !== generation) return;
            set({ status: 'failed', failure: error instanceof Error ? error.message : String(error) });
          },
        );
      },
      stop() {
        generation++;
        unsubscribe?.();
        unsubscribe = null;
        get().kms?.close();
        crossings.clear();
        set({ status: 'idle', kms: null, trail: EMPTY_TRAIL, trailVersion: get().trailVersion + 1, hsmCallsVersion: get().hsmCallsVersion + 1 });
      },
      async call(operation, input, context) {
        const kms = get().kms;
        if (!kms) return { ok: false, error: { name: 'EngineNotReady', message: 'The engine has not started yet.' }, requestId: undefined };
        // The store names the request, as a wire adapter does, so its events and trail record are ours.
        const requestId = globalThis.crypto.randomUUID();
        try {
          const principal = context?.principal ?? actingPrincipal?.() ?? undefined;
          const output = await kms.send(operation, input, { ...context, ...(principal !== undefined && { principal }), requestId });
          return { ok: true, output, requestId };
        } catch (error) {
          const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
          const detail = isKmsError(error) ? error.detail : undefined;
          return { ok: false, error: { name, message, ...(detail !== undefined && { detail }) }, requestId };
        }
      },
    };
  });
}
