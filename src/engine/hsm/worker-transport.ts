// The engine's side of the HSM Web Worker: an HsmTransport that posts requests to the worker, the
// ones made in the same turn together in one message, and resolves each when the answer with its id
// comes back.
//
// Requests are copied (structured clone), never transferred: their buffers belong to others. The
// plaintext is the caller's Uint8Array and the key token is the engine's stored key record, and
// transferring would detach both. Answers come back transferred (see worker-server.ts).

import { hsmIdFor } from './in-process';
import type { HsmRequest, HsmResponse, HsmTransport } from './protocol';
import { replyBatch, type HsmWorkerRequest } from './worker-messages';

/** A received message, as Worker and MessagePort deliver it. */
export interface HsmPortMessage {
  readonly data: unknown;
}

/**
 * What the transport needs of a Worker. Structural, so engine code never names the DOM `Worker`
 * (lint forbids DOM globals here) and a test can hand in a MessagePort.
 */
export interface HsmWorkerPort {
  /** Called with the message alone: requests are always copied (see above). */
  postMessage(message: HsmWorkerRequest[]): void;
  addEventListener(type: 'message' | 'messageerror' | 'error', listener: (event: HsmPortMessage) => void): void;
  removeEventListener?(type: 'message' | 'messageerror' | 'error', listener: (event: HsmPortMessage) => void): void;
  terminate?(): void;
}

interface Pending {
  resolve(response: HsmResponse): void;
  reject(error: Error): void;
}

export class HsmWorkerError extends Error {
  override readonly name = 'HsmWorkerError';
}

export function createWorkerHsm(port: HsmWorkerPort): HsmTransport {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  // Once the worker has failed (it did not load, or a message could not be read) every call fails at
  // once: waiting for an answer that cannot come would hang the request forever.
  let broken: HsmWorkerError | null = null;

  function failAll(error: HsmWorkerError): void {
    broken ??= error;
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  }

  const onMessage = (event: HsmPortMessage) => {
    for (const reply of replyBatch(event.data) ?? []) {
      const call = pending.get(reply.id);
      if (!call) continue;
      pending.delete(reply.id);
      if ('response' in reply) call.resolve(reply.response);
      else call.reject(new HsmWorkerError(`The HSM worker could not answer: ${reply.failure}`));
    }
  };

  // Requests wait in `queue` until the current turn ends, then go in one message.
  let queue: HsmWorkerRequest[] = [];
  const send = (batch: HsmWorkerRequest[]) => {
    try {
      port.postMessage(batch);
    } catch (error) {
      // One request that cannot be copied must not sink the others: send them one by one.
      if (batch.length > 1) {
        for (const envelope of batch) send([envelope]);
        return;
      }
      const { id } = batch[0]!;
      pending.get(id)?.reject(new HsmWorkerError(`The request could not be sent to the HSM worker: ${error instanceof Error ? error.message : String(error)}`));
      pending.delete(id);
    }
  };
  const flush = () => {
    const batch = queue;
    queue = [];
    if (!broken) send(batch);
  };
  const onError = (event: HsmPortMessage & { message?: unknown }) => {
    const detail = typeof event.message === 'string' && event.message ? `: ${event.message}` : '';
    failAll(new HsmWorkerError(`The HSM worker failed${detail}.`));
  };
  const onMessageError = () => failAll(new HsmWorkerError('A message from the HSM worker could not be read.'));

  port.addEventListener('message', onMessage);
  port.addEventListener('error', onError);
  port.addEventListener('messageerror', onMessageError);

  return {
    hsmId: hsmIdFor,
    call(request: HsmRequest): Promise<HsmResponse> {
      if (broken) return Promise.reject(broken);
      const id = nextId++;
      return new Promise<HsmResponse>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        if (queue.push({ id, request }) === 1) queueMicrotask(flush);
      });
    },
    close() {
      port.removeEventListener?.('message', onMessage);
      port.removeEventListener?.('error', onError);
      port.removeEventListener?.('messageerror', onMessageError);
      port.terminate?.();
      failAll(new HsmWorkerError('The HSM worker was closed.'));
    },
  };
}
