// The vocabulary of a flow timeline: the places a request visits (nodes), what crossed between them,
// and the steps a view plays back. Everything here is derived from events of requests the learner
// made (engine events, envelope events, and the few things the application does itself); nothing
// is scripted.

import type { EngineEvent, PayloadKind } from '../engine/index';
import type { EnvelopeEvent } from '../envelope/index';

/** Where the engine stopped a request (request.failed's `stage`). */
export type FailureStage = Extract<EngineEvent, { type: 'request.failed' }>['stage'];

/** The places a flow visits. `hsm` is drawn per Availability Zone, inside the HSM boundary. */
export type FlowNodeId = 'app' | 'kms-endpoint' | 'authorization' | 'hsm' | 'storage' | 'cloudtrail' | 'data-store';

/**
 * What the application itself did that neither the engine nor the envelope layer reports: putting a
 * package into its data store, or fetching it back. The feature that did it reports it.
 */
export type AppEvent =
  | { type: 'data-store.put'; store: string; objectName: string; bytes: number }
  | { type: 'data-store.get'; store: string; objectName: string; bytes: number };

/** One observation, in the order the recorder saw it. */
export type FlowInput =
  | { source: 'engine'; event: EngineEvent }
  | { source: 'envelope'; event: EnvelopeEvent }
  | { source: 'app'; event: AppEvent };

export type CrossingKind = PayloadKind | 'parameters' | 'key-record' | 'trail-record' | 'decision' | 'error' | 'package';

/** Something that crossed an edge (or was handled at a node), by name, kind and size. */
export interface Crossing {
  label: string;
  kind: CrossingKind;
  bytes?: number;
  /** A plaintext data key: always shown as sensitive, in colour, icon and words. */
  sensitive: boolean;
  /**
   * The AWS member this is, on the caller's side of the wire: a view may show the bytes it holds
   * from its own call (request `input`, or response `output`). Never set for what stays inside KMS.
   */
  member?: { side: 'input' | 'output'; name: string };
}

export type StepKind =
  | 'request'
  | 'route'
  | 'validate'
  | 'authorize'
  | 'resolve-key'
  | 'to-hsm'
  | 'from-hsm'
  | 'write'
  | 'trail'
  | 'response'
  | 'refuse'
  | 'wipe'
  | 'header'
  | 'seal'
  | 'open'
  | 'store'
  | 'fetch'
  | 'local-failure'
  | 'cancel';

export interface StepError {
  /** The AWS exception name, or the envelope layer's error code. */
  name: string;
  message: string;
  detail?: string;
  stage: FailureStage | 'envelope';
  /** The node where the request stopped. */
  where: FlowNodeId;
}

export interface FlowStep {
  index: number;
  kind: StepKind;
  from: FlowNodeId;
  /** Equal to `from` for a step that happens at one place. */
  to: FlowNodeId;
  /** A few words for the step list and the edge label. */
  title: string;
  crossed: Crossing[];
  /** What happened and why it matters, in a sentence or three. */
  caption: string;
  /** Seed claims (shared/reference/seed-claims.md) this step shows. */
  claims: string[];
  status: 'ok' | 'failed';
  error?: StepError;
  requestId?: string;
  operation?: string;
  /** The Availability Zone whose HSM (and storage replica) served the request. */
  az?: string;
  hsmId?: string;
  /** The engine events behind this step (their `seq`), so a test can check the engine's order. */
  seqs: number[];
  /**
   * What the step was read from, in words a person can check: "#41 request.received" for engine
   * events, "envelope data-key-wiped" or "app data-store.put" for the others.
   */
  events: string[];
  /** For a step read from an envelope or app event: that event's name (events are built from it). */
  source?: string;
  /** In a collapsed burst: how many requests this step stands for. */
  count?: number;
  /** On a wipe step: what the envelope layer read back from the very buffer KMS returned. */
  wiped?: { bytes: number; allZero: boolean };
}

export interface FlowRequestSummary {
  requestId: string;
  operation: string;
  ok: boolean;
  errorName?: string;
  stage?: FailureStage;
  /** Index of the step where the engine stopped the request (failed requests only). */
  stoppedAt?: number;
}

/** A run too fast to follow request by request, in counts. */
export interface BurstSummary {
  operation: string;
  requests: number;
  succeeded: number;
  failedByName: Record<string, number>;
  servedByAz: Record<string, number>;
  spanMs: number;
  perSecond: number;
}

export interface Timeline {
  steps: FlowStep[];
  requests: FlowRequestSummary[];
  /** Set when the requests were collapsed into counts. */
  burst: BurstSummary | null;
}
