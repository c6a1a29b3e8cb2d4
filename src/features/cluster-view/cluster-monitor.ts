// The cluster view's live picture of the engine: every Region's health and quotas, which AZ served
// the latest request, how many each AZ has served, and the narration of each fault change. A zustand
// vanilla store fed by the engine's event stream, so nodes select only their own slice.
//
// Updates are batched: events only mark the picture stale, and one flush per animation frame re-reads
// kms.simulation.health(). A load of hundreds of requests a second then costs one read per frame, and
// unchanged AZ and Region objects keep their identity so memoized nodes do not re-render.

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AzHealth, EngineEvent, Kms, QuotaGroup, RegionHealth } from '../../engine/index';
import { narrateChange } from './narrate';

export interface Narration {
  id: number;
  /** Lines added between two flushes share a batch: one action's whole story (restore-all makes several). */
  batch: number;
  region: string;
  text: string;
  /** 'refused': an action the simulation would not do (its reason is the text). */
  tone: 'change' | 'refused';
}

export interface LastServed {
  region: string;
  az: string;
  /** The engine's event sequence number: a new one restarts the pulse. */
  seq: number;
}

export interface ClusterState {
  regions: readonly RegionHealth[];
  quotas: Readonly<Record<string, Readonly<Record<QuotaGroup, number>>>>;
  lastServed: LastServed | null;
  /** Requests routed to each AZ since the view opened. */
  served: Readonly<Record<string, number>>;
  /** Newest first. */
  narration: readonly Narration[];
}

export interface ClusterMonitor {
  readonly store: StoreApi<ClusterState>;
  /** Adds a line to the narration that no engine event carries (a refused action). */
  note(region: string, text: string): void;
  /** The AZ and simulated latency of a recent request, from its request.routed event. */
  routeOf(requestId: string): { az: string; latencyMs: number } | undefined;
  /**
   * Starts listening to the engine (and re-reads its health, which may have changed since the monitor
   * was made); returns the function that stops. Separate from creation so React can create the monitor
   * during render and subscribe in an effect.
   */
  connect(): () => void;
}

/** Runs `flush` soon (once per animation frame in the browser); returns a cancel function. */
export type Scheduler = (flush: () => void) => () => void;

const frameScheduler: Scheduler = (flush) => {
  if (typeof requestAnimationFrame === 'function') {
    const handle = requestAnimationFrame(flush);
    return () => cancelAnimationFrame(handle);
  }
  const handle = setTimeout(flush, 16);
  return () => clearTimeout(handle);
};

const MAX_NARRATION = 6;
const MAX_ROUTES = 200;

const sameAz = (a: AzHealth, b: AzHealth) =>
  a.az === b.az && a.state === b.state && a.replicaVersion === b.replicaVersion && a.lag === b.lag && a.destroyed === b.destroyed && a.serving === b.serving && a.latencyMs === b.latencyMs && a.keys === b.keys;

/** `next`, reusing every object of `previous` whose content did not change. */
export function shareHealth(previous: readonly RegionHealth[], next: readonly RegionHealth[]): readonly RegionHealth[] {
  let changed = previous.length !== next.length;
  const shared = next.map((region, i) => {
    const before = previous[i];
    if (!before || before.region !== region.region) return ((changed = true), region);
    const azs = region.azs.map((az, j) => (before.azs[j] && sameAz(before.azs[j], az) ? before.azs[j] : az));
    const same =
      before.state === region.state && before.version === region.version && before.writable === region.writable && before.readable === region.readable && azs.every((az, j) => az === before.azs[j]);
    if (same) return before;
    changed = true;
    return { ...region, azs };
  });
  return changed ? shared : previous;
}

function readQuotas(kms: Kms): Record<string, Record<QuotaGroup, number>> {
  return Object.fromEntries(kms.regions.map((region) => [region.name, kms.simulation.quotas(region.name)]));
}

const sameQuotas = (a: ClusterState['quotas'], b: ClusterState['quotas']) => JSON.stringify(a) === JSON.stringify(b);

export function createClusterMonitor(kms: Kms, schedule: Scheduler = frameScheduler): ClusterMonitor {
  const store = createStore<ClusterState>()(() => ({
    regions: kms.simulation.health(),
    quotas: readQuotas(kms),
    lastServed: null,
    served: {},
    narration: [],
  }));
  const served = new Map<string, number>();
  const routes = new Map<string, { az: string; latencyMs: number }>();
  let lastServed: LastServed | null = null;
  let narration: Narration[] = [];
  let nextId = 1;
  let batch = 1;
  let scheduled = false;
  let cancel: () => void = () => {};
  let servedChanged = false;

  function flush(): void {
    scheduled = false;
    const state = store.getState();
    const quotas = readQuotas(kms);
    store.setState({
      regions: shareHealth(state.regions, kms.simulation.health()),
      quotas: sameQuotas(state.quotas, quotas) ? state.quotas : quotas,
      lastServed,
      served: servedChanged ? Object.fromEntries(served) : state.served,
      narration,
    });
    servedChanged = false;
    batch++;
  }

  const stale = () => {
    if (scheduled) return;
    scheduled = true;
    cancel = schedule(flush);
  };

  function addNarration(region: string, text: string, tone: Narration['tone']): void {
    narration = [{ id: nextId++, batch, region, text, tone }, ...narration].slice(0, MAX_NARRATION);
    stale();
  }

  const onEvent = (event: EngineEvent) => {
    if (event.type === 'request.routed') {
      lastServed = { region: event.region, az: event.az, seq: event.seq };
      served.set(event.az, (served.get(event.az) ?? 0) + 1);
      servedChanged = true;
      routes.set(event.requestId, { az: event.az, latencyMs: event.simulatedLatencyMs });
      if (routes.size > MAX_ROUTES) routes.delete(routes.keys().next().value!);
    } else if (event.type === 'cluster.changed') {
      addNarration(event.region, narrateChange(event), 'change');
    }
    // Every other event may follow a write (replica versions) or a fault: re-read on the next frame.
    stale();
  };

  return {
    store,
    note: (region, text) => addNarration(region, text, 'refused'),
    routeOf: (requestId) => routes.get(requestId),
    connect() {
      const unsubscribe = kms.events.subscribe(onEvent);
      stale();
      return () => {
        unsubscribe();
        cancel();
        scheduled = false;
      };
    },
  };
}
