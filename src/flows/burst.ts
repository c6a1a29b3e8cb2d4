// A run of requests faster than anyone can follow (a load test, "run 1,000 GenerateDataKey") is
// shown as counts along the same path rather than thousands of steps: how many went in, where they
// were served, how many came back and how many were refused. Still only real events, just added up.

import type { EngineEvent } from '../engine/index';
import { errorCrossing, fromPayload, recordCrossing } from './crossings';
import { formatCount, plural } from './format';
import type { BurstSummary, FlowStep, Timeline } from './types';

/** More requests than this in one run are never shown one by one when they come fast. */
export const MAX_FOLLOWABLE_REQUESTS = 6;
/** About what a person can follow: a couple of requests a second, each with its ten steps. */
export const HUMAN_REQUESTS_PER_SECOND = 2;

const spanOf = (requests: readonly EngineEvent[][]): number => {
  const times = requests.flatMap((events) => events.map((event) => event.time));
  return times.length === 0 ? 0 : Math.max(...times) - Math.min(...times);
};

const perSecond = (count: number, spanMs: number): number => (count * 1000) / Math.max(spanMs, 1);

export function shouldCollapse(requests: readonly EngineEvent[][]): boolean {
  return requests.length > MAX_FOLLOWABLE_REQUESTS && perSecond(requests.length, spanOf(requests)) > HUMAN_REQUESTS_PER_SECOND;
}

const tally = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

const listCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, n]) => `${name} ×${formatCount(n)}`)
    .join(', ');

export function burstTimeline(requests: readonly EngineEvent[][]): Timeline {
  const count = (type: EngineEvent['type']) => requests.filter((events) => events.some((event) => event.type === type)).length;
  const servedByAz: Record<string, number> = {};
  const hsmByAz: Record<string, number> = {};
  const failedByName: Record<string, number> = {};
  let operation = 'request';
  let samplePayload: Extract<EngineEvent, { type: 'hsm.message' }>['payload'] = [];
  for (const events of requests) {
    for (const event of events) {
      if (event.type === 'request.received') operation = event.operation;
      else if (event.type === 'request.routed') tally(servedByAz, event.az);
      else if (event.type === 'hsm.message' && event.direction === 'to-hsm') tally(hsmByAz, event.az);
      else if (event.type === 'hsm.message' && event.payload.length > 0) samplePayload = event.payload;
      else if (event.type === 'request.failed') tally(failedByName, event.errorName);
    }
  }
  const total = requests.length;
  const succeeded = count('request.succeeded');
  const failed = total - succeeded;
  const spanMs = spanOf(requests);
  const burst: BurstSummary = { operation, requests: total, succeeded, failedByName, servedByAz, spanMs, perSecond: perSecond(total, spanMs) };

  const steps: Omit<FlowStep, 'index'>[] = [];
  const add = (step: Omit<FlowStep, 'index' | 'seqs' | 'events' | 'status' | 'claims'> & Partial<Pick<FlowStep, 'status' | 'claims'>>) =>
    steps.push({ status: 'ok', claims: [], seqs: [], events: [`counted over ${formatCount(total)} requests`], ...step });
  add({
    kind: 'request',
    from: 'app',
    to: 'kms-endpoint',
    count: total,
    title: `${plural(total, `${operation} request`)}`,
    crossed: [],
    caption: `The app sent ${plural(total, `${operation} request`)} in ${formatCount(Math.round(spanMs))} ms, about ${formatCount(Math.round(burst.perSecond))} a second: far too fast to follow one by one, so this run is shown as counts.`,
  });
  add({ kind: 'route', from: 'kms-endpoint', to: 'kms-endpoint', count: total, title: 'Spread over the AZs', crossed: [], caption: `The endpoint spread them over the Region’s Availability Zones: ${listCounts(servedByAz)}.`, claims: ['S3'] });
  if (count('request.validated') > 0) add({ kind: 'validate', from: 'kms-endpoint', to: 'kms-endpoint', count: count('request.validated'), title: `${formatCount(count('request.validated'))} validated`, crossed: [], caption: `${plural(count('request.validated'), 'request')} passed the quota and input checks.` });
  if (failed > 0) {
    add({
      kind: 'refuse',
      from: 'kms-endpoint',
      to: 'kms-endpoint',
      count: failed,
      status: 'failed',
      title: `${formatCount(failed)} refused`,
      crossed: Object.keys(failedByName).map(errorCrossing),
      caption: `${plural(failed, 'request')} were refused: ${listCounts(failedByName)}. A ThrottlingException means the Region’s request quota ran out for that second; the SDKs retry with backoff, and caching data keys cuts the number of calls.`,
    });
  }
  if (count('request.authorized') > 0) add({ kind: 'authorize', from: 'kms-endpoint', to: 'authorization', count: count('request.authorized'), title: `${formatCount(count('request.authorized'))} authorized`, crossed: [], caption: 'Each request was authorized on its own: there is no shortcut for a fast caller.' });
  for (const [az, n] of Object.entries(hsmByAz).sort()) {
    add({ kind: 'to-hsm', from: 'kms-endpoint', to: 'hsm', az, hsmId: `hsm-${az}`, count: n, title: `${formatCount(n)} into hsm-${az}`, crossed: [], caption: `The HSM in ${az} served ${plural(n, 'request')} of this run.`, claims: ['S11'] });
  }
  if (succeeded > 0) {
    const crossed = fromPayload(samplePayload, false);
    add({
      kind: 'from-hsm',
      from: 'hsm',
      to: 'kms-endpoint',
      count: succeeded,
      title: `${formatCount(succeeded)} answers`,
      crossed,
      caption: `The HSMs answered ${plural(succeeded, 'request')}${crossed.some((c) => c.sensitive) ? ', each with a new plaintext data key and its encrypted copy: every one of those plaintext keys is a secret the app must wipe' : ''}.`,
      claims: crossed.some((c) => c.sensitive) ? ['S12', 'S13'] : [],
    });
  }
  add({ kind: 'trail', from: 'storage', to: 'cloudtrail', count: count('trail.recorded'), title: `${formatCount(count('trail.recorded'))} CloudTrail records`, crossed: [recordCrossing('CloudTrail records')], caption: `CloudTrail holds one record per request, refused ones included: ${plural(count('trail.recorded'), 'record')}.`, claims: ['S4'] });
  add({ kind: 'response', from: 'kms-endpoint', to: 'app', count: total, status: failed > 0 ? 'failed' : 'ok', title: `${formatCount(succeeded)} ok, ${formatCount(failed)} refused`, crossed: [], caption: `Back at the app: ${plural(succeeded, 'success', 'successes')} and ${plural(failed, 'refusal')}.` });

  return { steps: steps.map((step, index) => ({ ...step, index })), requests: [], burst };
}
