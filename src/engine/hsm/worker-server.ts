// The HSM's side of the Worker boundary: reads each request envelope, lets the HSM core answer it,
// and posts the answer back under the same id.
//
// Answers are transferred, not copied: the response's ArrayBuffers move to the engine's thread and
// are detached here, so no copy of a plaintext data key or decrypted plaintext stays behind in the
// worker to be wiped. A buffer that cannot move whole (a view into a larger buffer) is copied and the
// original wiped, so a transfer never carries more bytes than the answer holds.

import { zeroise } from '../crypto/bytes';
import type { HsmCore } from './core';
import { wipeResponse } from './core';
import type { HsmRequest, HsmResponse } from './protocol';
import type { HsmWorkerReply, HsmWorkerRequest } from './worker-messages';

/** What the server needs of a worker's global scope (or a MessagePort in a test). */
export interface HsmWorkerScope {
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  postMessage(message: HsmWorkerReply, transfer: ArrayBuffer[]): void;
}

function isRequestEnvelope(value: unknown): value is HsmWorkerRequest {
  if (!value || typeof value !== 'object') return false;
  const envelope = value as Partial<Record<'id' | 'request', unknown>>;
  return typeof envelope.id === 'number' && typeof envelope.request === 'object' && envelope.request !== null;
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

export function serveHsm(scope: HsmWorkerScope, core: HsmCore): void {
  async function answer({ id, request }: HsmWorkerRequest): Promise<void> {
    let response: HsmResponse;
    try {
      response = await core.handle(request);
    } catch (error) {
      // core.handle turns every failure into a response; this is the belt to its braces.
      scope.postMessage({ id, failure: error instanceof Error ? error.message : String(error) }, []);
      return;
    } finally {
      wipeRequest(request);
    }
    try {
      scope.postMessage({ id, response }, detachableBuffers(response));
    } catch (error) {
      // Nothing moved: the secrets are still here, so wipe them before saying why.
      wipeResponse(response);
      scope.postMessage({ id, failure: `the answer could not be posted: ${error instanceof Error ? error.message : String(error)}` }, []);
    }
  }

  scope.addEventListener('message', (event) => {
    if (isRequestEnvelope(event.data)) void answer(event.data);
  });
}
