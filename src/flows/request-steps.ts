// One request's engine events → its steps, in the engine's order. A refused request's path ends
// where the engine refused it: the step at that place is marked failed (or, where no event marks the
// place, a refusal step is put there), and only what the engine does for every request after that
// follows: the CloudTrail record of the refusal, and the error going back to the app.

import type { EngineEvent, PayloadSummary } from '../engine/index';
import * as captions from './captions';
import { decisionCrossing, errorCrossing, fromPayload, keyRecordCrossing, recordCrossing, requestCrossings, responseCrossings } from './crossings';
import { STAGE_NODE, errorResponseCaption, refusalCaption } from './failures';
import type { FailureStage, FlowNodeId, FlowRequestSummary, FlowStep } from './types';

export type DraftStep = Omit<FlowStep, 'index' | 'events'>;

type Of<T extends EngineEvent['type']> = Extract<EngineEvent, { type: T }>;

export interface RequestSteps {
  steps: DraftStep[];
  summary: Omit<FlowRequestSummary, 'stoppedAt'>;
  /** Index within `steps` of the step where the engine stopped the request. */
  stoppedAt?: number;
}

/** `dataKey`: the envelope layer reported that this Decrypt returned a data key. */
export function requestSteps(events: readonly EngineEvent[], dataKey: boolean): RequestSteps {
  const received = events.find((event): event is Of<'request.received'> => event.type === 'request.received');
  const failed = events.find((event): event is Of<'request.failed'> => event.type === 'request.failed');
  const requestId = events[0]?.requestId ?? '';
  const operation = received?.operation ?? failed?.operation ?? 'request';
  const base = { requestId, operation };
  const steps: DraftStep[] = [];
  let az: string | undefined;
  let hsmId: string | undefined;
  let lastFromHsm: readonly PayloadSummary[] | undefined;

  const add = (step: Omit<DraftStep, 'requestId' | 'operation' | 'status' | 'az' | 'hsmId'>, where: { az?: string; hsmId?: string } = {}) =>
    steps.push({ ...base, status: 'ok', ...(where.az && { az: where.az }), ...(where.hsmId && { hsmId: where.hsmId }), ...step });

  // A failed request's CloudTrail record is committed after the refusal; those events come after it.
  const commitAt = failed ? events.findIndex((event) => event.type === 'storage.write' || event.type === 'trail.recorded') : -1;
  const pipeline = commitAt >= 0 ? events.slice(0, commitAt) : events.filter((event) => event !== failed);
  const afterwards = commitAt >= 0 ? events.slice(commitAt).filter((event) => event !== failed) : [];

  for (const event of pipeline) {
    const seqs = [event.seq];
    switch (event.type) {
      case 'request.received': {
        const crossed = requestCrossings(event.parameters, dataKey);
        const bytes = crossed.find((item) => item.member?.name === 'Plaintext' || item.member?.name === 'CiphertextBlob')?.bytes;
        add({ kind: 'request', from: 'app', to: 'kms-endpoint', crossed, seqs, ...captions.requestCaption(event.operation, event.region, dataKey, bytes) });
        break;
      }
      case 'request.routed':
        az = event.az;
        hsmId = event.hsmId;
        add({ kind: 'route', from: 'kms-endpoint', to: 'kms-endpoint', crossed: [], seqs, ...captions.routeCaption(event.az, event.hsmId, event.simulatedLatencyMs) }, { az, hsmId });
        break;
      case 'request.validated':
        add({ kind: 'validate', from: 'kms-endpoint', to: 'kms-endpoint', crossed: [], seqs, ...captions.validateCaption(event.operation) });
        break;
      case 'request.authorized':
        add({
          kind: 'authorize',
          from: 'kms-endpoint',
          to: 'authorization',
          crossed: [decisionCrossing(`${event.action} → ${event.decision}`)],
          seqs,
          ...captions.authorizeCaption(event.action, event.decision, event.reason),
        });
        break;
      case 'key.resolved':
        add(
          {
            kind: 'resolve-key',
            from: 'storage',
            to: 'kms-endpoint',
            crossed: [keyRecordCrossing(`key record (${event.keyState}) with its wrapped token`)],
            seqs,
            ...captions.resolveCaption(event.keyArn, event.keyState, event.via, az ?? event.region, event.role),
          },
          { ...(az && { az }) },
        );
        break;
      case 'hsm.message': {
        const toHsm = event.direction === 'to-hsm';
        if (!toHsm) lastFromHsm = event.payload;
        const withPlaintextKey = event.payload.some((item) => item.kind === 'data-key-plaintext');
        add(
          {
            kind: toHsm ? 'to-hsm' : 'from-hsm',
            from: toHsm ? 'kms-endpoint' : 'hsm',
            to: toHsm ? 'hsm' : 'kms-endpoint',
            crossed: fromPayload(event.payload, dataKey),
            seqs,
            ...(toHsm ? captions.toHsmCaption(operation, event.hsmId) : captions.fromHsmCaption(operation, event.hsmId, dataKey, withPlaintextKey)),
          },
          { az: event.az, hsmId: event.hsmId },
        );
        break;
      }
      default:
        commitStep(event, add, false);
    }
  }

  let stoppedAt: number | undefined;
  if (failed) stoppedAt = markRefusal(steps, failed, base, { ...(az && { az }), ...(hsmId && { hsmId }) });
  for (const event of afterwards) commitStep(event, add, failed !== undefined);

  if (failed) {
    add({
      kind: 'response',
      from: 'kms-endpoint',
      to: 'app',
      crossed: [errorCrossing(failed.errorName)],
      seqs: [failed.seq],
      ...errorResponseCaption(failed.errorName, failed.stage),
    });
    steps[steps.length - 1]!.status = 'failed';
  } else {
    const succeeded = events.find((event) => event.type === 'request.succeeded');
    if (succeeded) {
      const withPlaintextKey = (lastFromHsm ?? []).some((item) => item.kind === 'data-key-plaintext');
      add({ kind: 'response', from: 'kms-endpoint', to: 'app', crossed: responseCrossings(lastFromHsm, dataKey), seqs: [succeeded.seq], ...captions.responseCaption(operation, dataKey, withPlaintextKey) });
    }
  }
  const summary = { requestId, operation, ok: !failed, ...(failed && { errorName: failed.errorName, stage: failed.stage }) };
  return { steps, summary, ...(stoppedAt !== undefined && { stoppedAt }) };
}

type Add = (step: Omit<DraftStep, 'requestId' | 'operation' | 'status' | 'az' | 'hsmId'>) => void;

function commitStep(event: EngineEvent, add: Add, failed: boolean): void {
  if (event.type === 'storage.write') {
    const keys = event.keys.length + event.deleted.length;
    const crossed = [recordCrossing('CloudTrail record'), ...(keys > 0 ? [keyRecordCrossing(`${keys} key ${keys === 1 ? 'record' : 'records'}`)] : [])];
    add({ kind: 'write', from: 'kms-endpoint', to: 'storage', crossed, seqs: [event.seq], ...captions.writeCaption(keys, failed) });
  } else if (event.type === 'trail.recorded') {
    add({ kind: 'trail', from: 'storage', to: 'cloudtrail', crossed: [recordCrossing(`${event.eventName} record`)], seqs: [event.seq], ...captions.trailCaption(event.eventName, event.errorCode) });
  }
}

/** The step where the engine stopped the request: an existing one marked failed, or a new one. */
function markRefusal(steps: DraftStep[], failed: Of<'request.failed'>, base: { requestId: string; operation: string }, where: { az?: string; hsmId?: string }): number {
  const stage: FailureStage = failed.stage;
  const error = { name: failed.errorName, message: failed.message, ...(failed.detail !== undefined && { detail: failed.detail }), stage, where: STAGE_NODE[stage] };
  const refusal = refusalCaption(stage, failed.errorName, failed.message);
  const lastOf = (kind: DraftStep['kind']) => steps.findLastIndex((step) => step.kind === kind);
  const existing =
    stage === 'key-state' ? lastOf('resolve-key') : stage === 'hsm' ? lastOf('from-hsm') : stage === 'authorization' ? lastOf('authorize') : -1;
  if (existing >= 0) {
    const step = steps[existing]!;
    steps[existing] = { ...step, ...refusal, status: 'failed', error, seqs: [...step.seqs, failed.seq] };
    return existing;
  }
  const [from, to] = REFUSAL_EDGE[stage];
  const located = stage === 'hsm' ? where : {};
  steps.push({ ...base, ...located, kind: 'refuse', from, to, crossed: [errorCrossing(failed.errorName)], ...refusal, status: 'failed', error, seqs: [failed.seq] });
  return steps.length - 1;
}

/** Where a refusal with no event of its own is drawn: the edge (or node) of the stage that refused. */
const REFUSAL_EDGE: Record<FailureStage, [FlowNodeId, FlowNodeId]> = {
  throttling: ['kms-endpoint', 'kms-endpoint'],
  validation: ['kms-endpoint', 'kms-endpoint'],
  availability: ['kms-endpoint', 'kms-endpoint'],
  authorization: ['kms-endpoint', 'authorization'],
  'key-resolution': ['storage', 'kms-endpoint'],
  'key-state': ['storage', 'kms-endpoint'],
  hsm: ['hsm', 'kms-endpoint'],
  storage: ['kms-endpoint', 'storage'],
};
