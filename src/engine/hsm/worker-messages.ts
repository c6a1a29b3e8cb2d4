// The envelope around HSM messages on a Worker port. A Worker answers in whatever order its work
// finishes (WebCrypto calls overlap), so every request carries an id and its answer names it back.

import type { HsmRequest, HsmResponse } from './protocol';

export interface HsmWorkerRequest {
  id: number;
  request: HsmRequest;
}

/**
 * The HSM's answer, or `failure` when the worker could not produce one at all (a bug or a broken
 * message, never a refusal: refusals are ordinary `{ ok: false }` responses).
 */
export type HsmWorkerReply = { id: number; response: HsmResponse } | { id: number; failure: string };

export function isHsmWorkerReply(value: unknown): value is HsmWorkerReply {
  if (!value || typeof value !== 'object') return false;
  const reply = value as Partial<Record<'id' | 'response' | 'failure', unknown>>;
  return typeof reply.id === 'number' && ((typeof reply.response === 'object' && reply.response !== null) || typeof reply.failure === 'string');
}
