// Observations → one timeline. Engine events are grouped by request and each request becomes its
// steps at the moment it ended; envelope and app events become steps where they happened. A run of
// requests too fast for a person to follow one by one is collapsed into counts instead (burst.ts).

import type { EngineEvent } from '../engine/index';
import { burstTimeline, shouldCollapse } from './burst';
import { EnvelopeSteps } from './envelope-steps';
import { requestSteps, type DraftStep } from './request-steps';
import type { FlowInput, FlowRequestSummary, Timeline } from './types';

export interface TimelineOptions {
  /** Only these requests' engine events (the ones the caller made); by default every request seen. */
  requestIds?: ReadonlySet<string>;
  /** 'auto' (default) collapses a run too fast to follow into counts. */
  collapse?: 'auto' | 'never' | 'always';
}

/** Events that belong to a request (not KMS's own work or a change to the simulated fleet). */
const isRequestEvent = (event: EngineEvent): boolean => event.type !== 'service.event' && event.type !== 'cluster.changed' && event.requestId !== 'simulation';

const ends = (event: EngineEvent): boolean => event.type === 'request.succeeded' || event.type === 'request.failed';

export function buildTimeline(inputs: readonly FlowInput[], options: TimelineOptions = {}): Timeline {
  const wanted = (event: EngineEvent) => isRequestEvent(event) && (!options.requestIds || options.requestIds.has(event.requestId));
  const requests = new Map<string, EngineEvent[]>();
  for (const input of inputs) {
    if (input.source !== 'engine' || !wanted(input.event)) continue;
    const list = requests.get(input.event.requestId) ?? [];
    if (list.length === 0) requests.set(input.event.requestId, list);
    list.push(input.event);
  }

  const collapse = options.collapse ?? 'auto';
  if (collapse === 'always' || (collapse === 'auto' && shouldCollapse([...requests.values()]))) return burstTimeline([...requests.values()]);

  const dataKeyRequests = dataKeyDecrypts(inputs, wanted);
  const drafts: DraftStep[] = [];
  const summaries: FlowRequestSummary[] = [];
  const done = new Set<string>();
  const envelope = new EnvelopeSteps();

  const emitRequest = (requestId: string) => {
    done.add(requestId);
    const { steps, summary, stoppedAt } = requestSteps(requests.get(requestId)!, dataKeyRequests.has(requestId));
    summaries.push({ ...summary, ...(stoppedAt !== undefined && { stoppedAt: drafts.length + stoppedAt }) });
    drafts.push(...steps);
  };

  for (const input of inputs) {
    if (input.source === 'engine') {
      if (wanted(input.event) && ends(input.event) && !done.has(input.event.requestId)) emitRequest(input.event.requestId);
    } else {
      const step = input.source === 'envelope' ? envelope.fromEnvelope(input.event) : envelope.fromApp(input.event);
      if (step) drafts.push(step);
    }
  }
  // Requests still in flight when the timeline was built: what they did so far.
  for (const requestId of requests.keys()) if (!done.has(requestId)) emitRequest(requestId);

  const names = eventNames(inputs);
  const steps = drafts.map((step, index) => ({ ...step, index, events: step.seqs.length > 0 ? step.seqs.map((seq) => names.get(seq) ?? `#${seq}`) : step.source ? [step.source] : [] }));
  return { steps, requests: summaries, burst: null };
}

/** "#41 request.received", "#46 hsm.message to-hsm": an engine event as a person can check it. */
function eventNames(inputs: readonly FlowInput[]): Map<number, string> {
  const names = new Map<number, string>();
  for (const input of inputs) {
    if (input.source !== 'engine') continue;
    const { event } = input;
    names.set(event.seq, `#${event.seq} ${event.type}${event.type === 'hsm.message' ? ` ${event.direction}` : ''}`);
  }
  return names;
}

/** Requests that were a Decrypt of an encrypted data key: each is followed by data-key-decrypted. */
function dataKeyDecrypts(inputs: readonly FlowInput[], wanted: (event: EngineEvent) => boolean): Set<string> {
  const found = new Set<string>();
  let lastDecrypt: string | undefined;
  for (const input of inputs) {
    if (input.source === 'engine' && wanted(input.event) && input.event.type === 'request.received') {
      lastDecrypt = input.event.operation === 'Decrypt' ? input.event.requestId : undefined;
    } else if (input.source === 'envelope' && input.event.type === 'data-key-decrypted' && lastDecrypt) {
      found.add(lastDecrypt);
    }
  }
  return found;
}
