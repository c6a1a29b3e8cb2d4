// The HSM's side of the Worker boundary: reads each batch of request envelopes, lets the HSM core
// answer them, and posts the answers back together, each under its request's id.
//
// Answers are transferred, not copied: the response's ArrayBuffers move to the engine's thread and
// are detached here, so no copy of a plaintext data key or decrypted plaintext stays behind in the
// worker to be wiped. A buffer that cannot move whole (a view into a larger buffer) is copied and the
// original wiped, so a transfer never carries more bytes than the answer holds.

import { zeroise } from '../crypto/bytes';
import type { HsmCore } from './core';
import { wipeResponse } from './core';
import type { HsmRequest, HsmResponse } from './protocol';
import { requestBatch, type HsmWorkerReply, type HsmWorkerRequest } from './worker-messages';

/** What the server needs of a worker's global scope (or a MessagePort in a test). */
export interface HsmWorkerScope {
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  postMessage(message: HsmWorkerReply[], transfer: ArrayBuffer[]): void;
}

/** The response's buffers, each owned whole by its view, ready to transfer. */
export function detachableBuffers(response: HsmResponse): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  const fields = response as unknown as Record<string, unknown>;
  for (const [name, value] of Object.entries(fields)) {
    if (!(value instanceof Uint8Array)) continue;
    const whole = value.byteOffset === 0 && value.byteLength === value.buffer.byteLength && value.buffer instanceof ArrayBuffer;
    if (whole && !buffers.includes(value.buffer)) {
      buffers.push(value.buffer);
    } else {
      const copy = value.slice();
      zeroise(value);
      fields[name] = copy;
      buffers.push(copy.buffer);
    }
  }
  return buffers;
}

/** The worker's copy of a request's plaintext is its own: wipe it once the HSM is done with it. */
function wipeRequest(request: HsmRequest): void {
  if (request.op === 'Encrypt' && request.plaintext instanceof Uint8Array) zeroise(request.plaintext);
}

interface Answer {
  reply: HsmWorkerReply;
  transfer: ArrayBuffer[];
}

export function serveHsm(scope: HsmWorkerScope, core: HsmCore): void {
  async function answer({ id, request }: HsmWorkerRequest): Promise<Answer> {
    try {
      const response = await core.handle(request);
      return { reply: { id, response }, transfer: detachableBuffers(response) };
    } catch (error) {
      // core.handle turns every failure into a response; this is the belt to its braces.
      return { reply: { id, failure: error instanceof Error ? error.message : String(error) }, transfer: [] };
    } finally {
      wipeRequest(request);
    }
  }

  function post(answers: Answer[]): void {
    try {
      scope.postMessage(
        answers.map(({ reply }) => reply),
        answers.flatMap(({ transfer }) => transfer),
      );
    } catch (error) {
      // Nothing moved. Post the answers one by one, so only one that cannot be posted fails.
      if (answers.length > 1) {
        for (const single of answers) post([single]);
        return;
      }
      const { reply } = answers[0]!;
      // Its secrets are still here: wipe them before saying why.
      if ('response' in reply) wipeResponse(reply.response);
      scope.postMessage([{ id: reply.id, failure: `the answer could not be posted: ${error instanceof Error ? error.message : String(error)}` }], []);
    }
  }

  scope.addEventListener('message', (event) => {
    const batch = requestBatch(event.data);
    if (batch) void Promise.all(batch.map(answer)).then(post);
  });
}
