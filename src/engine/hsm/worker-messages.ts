// The envelopes around HSM messages on a Worker port. A Worker answers in whatever order its work
// finishes (WebCrypto calls overlap), so every request carries an id and its answer names it back.
//
// Messages travel in batches both ways: the requests the engine makes in one turn go in one message,
// and the worker answers a batch in one message. A postMessage costs the page more than the HSM's own
// work on a small request; with 64 requests in flight, one message carries them all.

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

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function isRequest(value: unknown): value is HsmWorkerRequest {
  return isObject(value) && typeof value.id === 'number' && isObject(value.request);
}

function isReply(value: unknown): value is HsmWorkerReply {
  return isObject(value) && typeof value.id === 'number' && (isObject(value.response) || typeof value.failure === 'string');
}

/** A batch of request envelopes, or null for anything else (which the worker ignores). */
export function requestBatch(value: unknown): HsmWorkerRequest[] | null {
  return Array.isArray(value) && value.length > 0 && value.every(isRequest) ? value : null;
}

/** A batch of replies, or null for anything else (which the engine ignores). */
export function replyBatch(value: unknown): HsmWorkerReply[] | null {
  return Array.isArray(value) && value.every(isReply) ? value : null;
}
