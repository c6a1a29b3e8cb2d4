import type { FleetChange } from './cluster/fleet';

// The engine's event stream: what happens inside each request, in order. Flows animate it, lessons
// and the cluster view read it. Events carry sizes and kinds of what moved, never key material and
// never the bytes of plaintext or data keys.

/** What a payload that crossed the HSM boundary was. `data-key-plaintext` is the one to highlight. */
export type PayloadKind =
  | 'key-token'
  | 'plaintext'
  | 'ciphertext'
  | 'data-key-plaintext'
  | 'data-key-ciphertext'
  | 'encryption-context'
  | 'random-bytes'
  | 'key-material-id';

export interface PayloadSummary {
  name: string;
  kind: PayloadKind;
  bytes: number;
}

export type KeyResolution = 'key-id' | 'key-arn' | 'alias-name' | 'alias-arn' | 'ciphertext';

interface EventBase {
  /** Position in the engine's stream, strictly increasing. */
  seq: number;
  /** Simulated time (epoch ms) from the engine's clock. */
  time: number;
  region: string;
  /** The request this belongs to; KMS-initiated work (deletion, rotation) gets its own id. */
  requestId: string;
}

export type EngineEvent = EventBase &
  (
    | { type: 'request.received'; operation: string; principal: string; parameters: Record<string, unknown> }
    | { type: 'request.routed'; az: string; hsmId: string; simulatedLatencyMs: number }
    | { type: 'request.validated'; operation: string }
    | { type: 'request.authorized'; operation: string; action: string; decision: 'Allow' | 'Deny'; reason: string }
    | { type: 'key.resolved'; keyId: string; keyArn: string; via: KeyResolution; keyState: string; role?: 'source' | 'destination' }
    | {
        type: 'hsm.message';
        direction: 'to-hsm' | 'from-hsm';
        hsmOperation: string;
        hsmId: string;
        az: string;
        payload: PayloadSummary[];
      }
    | { type: 'storage.write'; keys: string[]; deleted: string[]; trailRecords: number }
    | { type: 'trail.recorded'; eventId: string; eventName: string; errorCode?: string }
    | { type: 'request.succeeded'; operation: string; durationMs: number }
    | { type: 'request.failed'; operation: string; errorName: string; message: string; detail?: string; stage: FailureStage }
    | { type: 'service.event'; eventName: string; keyArn: string; description: string }
    | { type: 'cluster.changed'; action: string; target: string; description: string; repairs: FleetChange[] }
    /** kms.state.import or reset replaced everything (keys, aliases, trail, clock) in every Region; region is 'global'. */
    | { type: 'state.replaced'; cause: 'import' | 'reset' }
  );

export type FailureStage = 'validation' | 'authorization' | 'key-resolution' | 'key-state' | 'hsm' | 'storage' | 'throttling' | 'availability';

export type EngineEventType = EngineEvent['type'];

// Distributes an object type over a union so that `Omit` keeps each member's own fields.
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type EngineEventInput = DistributiveOmit<EngineEvent, 'seq' | 'time' | 'region' | 'requestId'>;

export type EventListener = (event: EngineEvent) => void;

export interface EventStream {
  subscribe(listener: EventListener): () => void;
}

export class EventBus implements EventStream {
  #seq = 0;
  readonly #listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  get hasListeners(): boolean {
    return this.#listeners.size > 0;
  }

  emit(base: Omit<EventBase, 'seq'>, event: EngineEventInput): void {
    const seq = ++this.#seq;
    if (this.#listeners.size === 0) return;
    const full = { ...base, ...event, seq };
    // A listener that throws must not break the request it is watching.
    for (const listener of this.#listeners) {
      try {
        listener(full);
      } catch {
        /* listeners are observers; their failures are theirs */
      }
    }
  }
}
