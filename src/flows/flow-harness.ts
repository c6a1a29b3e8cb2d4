// Test helpers for flows (not shipped: index.ts does not export this). A real engine with one key and
// a recorder, and a `send` that names each request so a test can ask for exactly its steps.

import { createKms, type Kms } from '../engine/index';
import { recordFlow, type FlowRecorder } from './recorder';
import { buildTimeline, type TimelineOptions } from './timeline';
import type { FlowStep, Timeline } from './types';

export interface FlowWorld {
  kms: Kms;
  keyId: string;
  keyArn: string;
  recorder: FlowRecorder;
  /** Sends and returns the request id and the outcome; never throws. */
  send(operation: string, input: Record<string, unknown>): Promise<{ requestId: string; output?: Record<string, unknown>; error?: Error }>;
  /** The timeline of what was recorded, for only the given requests when ids are passed. */
  timeline(requestIds?: string[], options?: TimelineOptions): Timeline;
}

export async function flowWorld(): Promise<FlowWorld> {
  const kms = await createKms();
  const { KeyMetadata } = (await kms.send('CreateKey', { Description: 'flows test' })) as { KeyMetadata: { KeyId: string; Arn: string } };
  const recorder = recordFlow(kms.events);
  return {
    kms,
    keyId: KeyMetadata.KeyId,
    keyArn: KeyMetadata.Arn,
    recorder,
    async send(operation, input) {
      const requestId = globalThis.crypto.randomUUID();
      try {
        return { requestId, output: await kms.send(operation, input, { requestId }) };
      } catch (error) {
        return { requestId, error: error as Error };
      }
    },
    timeline: (requestIds, options) => buildTimeline(recorder.inputs, { ...options, ...(requestIds && { requestIds: new Set(requestIds) }) }),
  };
}

export const kindsOf = (steps: readonly FlowStep[]): string[] => steps.map((step) => (step.status === 'failed' ? `${step.kind}✗` : step.kind));

/** The engine events of a request, in the engine's order, as the recorder saw them. */
export function engineSeqs(recorder: FlowRecorder, requestId: string): number[] {
  return recorder.inputs.flatMap((input) => (input.source === 'engine' && input.event.requestId === requestId ? [input.event.seq] : []));
}
