// Recorders that let a test see what crossed a boundary: HSM messages and the HSM's random draws,
// storage batches, and the engine's event stream.

import type { EngineEvent, HsmRequest, HsmResponse, Kms, MemoryStorage, StorageBatch } from '../engine/index';
import type { InProcessHsmOptions } from '../engine/hsm/in-process';

export interface HsmMessage {
  direction: 'to-hsm' | 'from-hsm';
  message: HsmRequest | HsmResponse;
}

export interface RandomDraw {
  /** The HSM operation being served when the HSM drew these bytes (from the last to-hsm message). */
  op: HsmRequest['op'] | undefined;
  /** The buffer the HSM filled and kept using: it shows whether the HSM wiped it afterwards. */
  buffer: Uint8Array;
  /** The bytes as drawn. */
  copy: Uint8Array;
}

/**
 * A tap and a random source for `createInProcessHsm` that record every message (after cloning, as
 * it crossed) and every buffer the HSM filled, labelled with the HSM operation in progress. The label
 * is exact for requests sent one at a time.
 */
export function hsmRecorder() {
  const messages: HsmMessage[] = [];
  const draws: RandomDraw[] = [];
  let op: HsmRequest['op'] | undefined;
  const options: Pick<InProcessHsmOptions, 'tap' | 'random'> = {
    tap(direction, message) {
      messages.push({ direction, message });
      if (direction === 'to-hsm') op = message.op;
    },
    random(bytes) {
      globalThis.crypto.getRandomValues(bytes);
      draws.push({ op, buffer: bytes, copy: bytes.slice() });
      return bytes;
    },
  };
  return {
    options,
    messages,
    draws,
    /** Backing keys: the 32-byte draws made while generating key material (HSM-2). */
    backingKeys: () => draws.filter((d) => d.op === 'GenerateKeyMaterial' && d.copy.length === 32),
  };
}

/** Keeps a deep copy of every batch the engine asks `storage` to commit (including ones that fail). */
export function recordCommits(storage: MemoryStorage): StorageBatch[] {
  const batches: StorageBatch[] = [];
  const commit = storage.commit.bind(storage);
  storage.commit = (batch) => {
    batches.push(structuredClone(batch));
    return commit(batch);
  };
  return batches;
}

/** Subscribes to the engine's event stream and keeps every event. */
export function recordEvents(kms: Kms) {
  const events: EngineEvent[] = [];
  const stop = kms.events.subscribe((event) => events.push(event));
  return {
    events,
    stop,
    ofRequest: (requestId: string) => events.filter((event) => event.requestId === requestId),
    clear: () => void events.splice(0),
  };
}
