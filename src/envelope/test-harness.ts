// Helpers for the envelope tests (not shipped: nothing in index.ts imports this). A real engine with
// one key, a KMS client wrapper that records every call and keeps the very Plaintext buffers KMS
// returned, deterministic test data, and a Blob-like input that counts what is read from it.

import { expect } from 'vitest';
import { createKms, type Kms } from '../engine/index';
import { EnvelopeError, type EnvelopeErrorCode } from './errors';
import type { EnvelopeKmsClient } from './data-key';
import type { SliceableInput } from './source';

export interface RecordedCall {
  operation: string;
  input: Record<string, unknown>;
  output?: Record<string, unknown>;
  error?: unknown;
}

export interface EnvelopeWorld {
  kms: Kms;
  keyArn: string;
  keyId: string;
  /** Wraps kms.send and records each call; the outputs are the objects the caller received. */
  client: EnvelopeKmsClient;
  calls: RecordedCall[];
  /** The Plaintext buffers KMS handed back, as the caller received them (not copies). */
  plaintextKeys(): Uint8Array[];
  count(operation: string): number;
}

export async function envelopeWorld(): Promise<EnvelopeWorld> {
  const kms = await createKms();
  const { KeyMetadata } = (await kms.send('CreateKey', {})) as { KeyMetadata: { KeyId: string; Arn: string } };
  const calls: RecordedCall[] = [];
  const client: EnvelopeKmsClient = {
    async send(operation, input, context) {
      const call: RecordedCall = { operation, input };
      calls.push(call);
      try {
        call.output = await kms.send(operation, input, context);
        return call.output;
      } catch (error) {
        call.error = error;
        throw error;
      }
    },
  };
  return {
    kms,
    keyArn: KeyMetadata.Arn,
    keyId: KeyMetadata.KeyId,
    client,
    calls,
    plaintextKeys: () => calls.flatMap((call) => (call.output?.Plaintext instanceof Uint8Array ? [call.output.Plaintext] : [])),
    count: (operation) => calls.filter((call) => call.operation === operation).length,
  };
}

/** Deterministic bytes (xorshift32), so failures reproduce and frames differ from each other. */
export function testBytes(length: number, seed = 1): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  let x = seed | 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

export const bytesOf = async (blob: Blob): Promise<Uint8Array> => new Uint8Array(await blob.arrayBuffer());

/** The rejection of `promise`, which must be an EnvelopeError with `code`. */
export async function envelopeFailure(promise: Promise<unknown>, code: EnvelopeErrorCode): Promise<EnvelopeError> {
  let outcome: unknown;
  try {
    outcome = await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(EnvelopeError);
    expect((error as EnvelopeError).code, (error as EnvelopeError).message).toBe(code);
    return error as EnvelopeError;
  }
  throw new Error(`Expected EnvelopeError ${code}, but the call resolved with ${JSON.stringify(Object.keys(outcome ?? {}))}.`);
}

/**
 * A Blob-like input of `size` bytes whose content is made only when a slice is read, with a log of
 * every slice asked for. Lets a test feed a 64 MiB "file" and see exactly what was read, and when.
 */
export class CountingBlob implements SliceableInput {
  readonly slices: { start: number; end: number }[] = [];

  constructor(
    readonly size: number,
    private readonly content: (start: number, end: number) => Uint8Array = (start, end) => new Uint8Array(end - start).fill(start & 0xff),
    private readonly onSlice?: (start: number, end: number) => void,
  ) {}

  slice(start = 0, end = this.size): { arrayBuffer(): Promise<ArrayBuffer> } {
    this.slices.push({ start, end });
    this.onSlice?.(start, end);
    const bytes = this.content(start, Math.min(end, this.size));
    return { arrayBuffer: () => Promise.resolve(bytes.slice().buffer) };
  }

  get largestSlice(): number {
    return Math.max(0, ...this.slices.map(({ start, end }) => end - start));
  }
}

/** A copy of `bytes` with one byte XORed. */
export function flipped(bytes: Uint8Array, at: number, mask = 0x01): Uint8Array {
  const copy = bytes.slice();
  copy[at] = copy[at]! ^ mask;
  return copy;
}

/** Byte equality that stays fast for megabytes (toEqual walks typed arrays element by element). */
export function expectSameBytes(actual: Uint8Array, expected: Uint8Array): void {
  expect(actual.length, 'length').toBe(expected.length);
  let first = -1;
  for (let i = 0; i < actual.length; i++) {
    if (actual[i] !== expected[i]) {
      first = i;
      break;
    }
  }
  expect(first, 'first differing byte').toBe(-1);
}
