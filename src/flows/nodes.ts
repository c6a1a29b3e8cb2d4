// The places a flow visits, as a view names them. The HSM is one place per Availability Zone,
// drawn inside the HSM boundary; a step says which AZ served it.

import type { FlowNodeId, FlowStep } from './types';

export interface FlowNodeInfo {
  label: string;
  /** What the place is, for a tooltip or the text alternative. */
  description: string;
}

export const FLOW_NODES: Record<FlowNodeId, FlowNodeInfo> = {
  app: { label: 'Your app', description: 'This browser tab: the application that calls KMS and uses data keys locally.' },
  'kms-endpoint': { label: 'KMS endpoint', description: 'The Region’s KMS endpoint: it routes, validates and answers each request.' },
  authorization: { label: 'Authorization', description: 'Decides whether the caller may use the key (key policy, IAM policies, grants).' },
  hsm: { label: 'HSM', description: 'A hardware security module: the only place key material is ever in the clear.' },
  storage: { label: 'Storage', description: 'Durable storage, replicated in each AZ: key records with wrapped key tokens, and the trail.' },
  cloudtrail: { label: 'CloudTrail', description: 'The audit log: one record per request, successful or refused.' },
  'data-store': { label: 'Data store', description: 'Where the app keeps its encrypted data: a simulated S3 bucket, or a file you download.' },
};

/** A place in words, with the AZ for an HSM: "HSM in us-east-1b". */
export function placeName(node: FlowNodeId, step?: Pick<FlowStep, 'az'>): string {
  if (node === 'hsm' && step?.az) return `HSM in ${step.az}`;
  return FLOW_NODES[node].label;
}

/** "Your app → KMS endpoint", or one place for a step that happens there. */
export function stepPath(step: Pick<FlowStep, 'from' | 'to' | 'az'>): string {
  return step.from === step.to ? `at ${placeName(step.from, step)}` : `${placeName(step.from, step)} → ${placeName(step.to, step)}`;
}
