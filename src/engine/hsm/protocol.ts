// The messages that cross the HSM boundary. Every one is a structured-clone value: the browser posts
// them to a Web Worker, Node clones them in-process. Key material never appears in them: backing keys
// travel only as exported key tokens (wrapped under the Region's domain key), and the HSM hands back
// ciphertext, or a plaintext data key where the API says the caller gets one.

import type { PayloadSummary } from '../events';

/** Which HSM serves a request: the engine routes, the transport delivers. */
export interface HsmRoute {
  region: string;
  az: string;
}

/** A key version as the HSM needs it: which key (for the ciphertext header and token binding) and its token. */
export interface KeyVersionRef {
  keyArn: string;
  token: Uint8Array;
}

/** What the engine asks of an HSM; the route says which HSM. */
export type HsmCommand =
  | { op: 'GenerateKeyMaterial'; keyArn: string }
  | { op: 'Encrypt'; key: KeyVersionRef; plaintext: Uint8Array; context: Uint8Array }
  | { op: 'Decrypt'; key: KeyVersionRef; ciphertext: Uint8Array; context: Uint8Array }
  | { op: 'GenerateDataKey'; key: KeyVersionRef; numberOfBytes: number; context: Uint8Array; returnPlaintext: boolean }
  | {
      op: 'ReEncrypt';
      source: KeyVersionRef;
      ciphertext: Uint8Array;
      sourceContext: Uint8Array;
      destination: KeyVersionRef;
      destinationContext: Uint8Array;
    }
  | { op: 'GenerateRandom'; numberOfBytes: number };

export type HsmRequest = HsmCommand & { route: HsmRoute };

export type HsmOperation = HsmRequest['op'];

export type HsmResult =
  | { op: 'GenerateKeyMaterial'; token: Uint8Array; keyMaterialId: string }
  | { op: 'Encrypt'; ciphertext: Uint8Array }
  | { op: 'Decrypt'; plaintext: Uint8Array }
  | { op: 'GenerateDataKey'; ciphertext: Uint8Array; plaintext?: Uint8Array }
  | { op: 'ReEncrypt'; ciphertext: Uint8Array }
  | { op: 'GenerateRandom'; random: Uint8Array };

/**
 * An HSM refuses with a reason, never with a stack trace: `InvalidCiphertext` when authentication
 * fails, `InvalidKeyToken` when a token does not unwrap under the domain key (storage was altered),
 * `Internal` for anything else.
 */
export type HsmFailure = { op: HsmOperation; error: 'InvalidCiphertext' | 'InvalidKeyToken' | 'Internal'; message: string };

export type HsmResponse = ({ ok: true } & HsmResult) | ({ ok: false } & HsmFailure);

export interface HsmTransport {
  /** A stable name for the HSM that serves a route, shown in events (e.g. `hsm-us-east-1a`). */
  hsmId(route: HsmRoute): string;
  call(request: HsmRequest): Promise<HsmResponse>;
  close?(): void;
}

const tokenSummary = (name: string, key: KeyVersionRef): PayloadSummary => ({ name, kind: 'key-token', bytes: key.token.length });
const contextSummary = (name: string, context: Uint8Array): PayloadSummary => ({ name, kind: 'encryption-context', bytes: context.length });

/** What a request carried, by kind and size, for the event stream. */
export function summarizeRequest(request: HsmRequest): PayloadSummary[] {
  switch (request.op) {
    case 'GenerateKeyMaterial':
      return [];
    case 'Encrypt':
      return [tokenSummary('key token', request.key), { name: 'plaintext', kind: 'plaintext', bytes: request.plaintext.length }, contextSummary('encryption context', request.context)];
    case 'Decrypt':
      return [tokenSummary('key token', request.key), { name: 'ciphertext', kind: 'ciphertext', bytes: request.ciphertext.length }, contextSummary('encryption context', request.context)];
    case 'GenerateDataKey':
      return [tokenSummary('key token', request.key), contextSummary('encryption context', request.context)];
    case 'ReEncrypt':
      return [
        tokenSummary('source key token', request.source),
        { name: 'ciphertext', kind: 'ciphertext', bytes: request.ciphertext.length },
        contextSummary('source encryption context', request.sourceContext),
        tokenSummary('destination key token', request.destination),
        contextSummary('destination encryption context', request.destinationContext),
      ];
    case 'GenerateRandom':
      return [];
  }
}

export function summarizeResponse(response: HsmResponse): PayloadSummary[] {
  if (!response.ok) return [];
  switch (response.op) {
    case 'GenerateKeyMaterial':
      return [{ name: 'exported key token', kind: 'key-token', bytes: response.token.length }];
    case 'Encrypt':
      return [{ name: 'ciphertext', kind: 'ciphertext', bytes: response.ciphertext.length }];
    case 'Decrypt':
      return [{ name: 'plaintext', kind: 'plaintext', bytes: response.plaintext.length }];
    case 'GenerateDataKey':
      return [
        ...(response.plaintext ? [{ name: 'plaintext data key', kind: 'data-key-plaintext' as const, bytes: response.plaintext.length }] : []),
        { name: 'encrypted data key', kind: 'data-key-ciphertext', bytes: response.ciphertext.length },
      ];
    case 'ReEncrypt':
      return [{ name: 'ciphertext', kind: 'ciphertext', bytes: response.ciphertext.length }];
    case 'GenerateRandom':
      return [{ name: 'random bytes', kind: 'random-bytes', bytes: response.random.length }];
  }
}

/**
 * A copy of an HSM message with the semantics postMessage gives it, restricted to the kinds of value
 * the protocol uses: plain objects, arrays, Uint8Arrays (each copied into a buffer of its own) and
 * primitives. Anything else (a function, a class instance, a CryptoKey) is refused, so a message the
 * Worker could not carry fails in Node too. The in-process HSM copies every message with it: a
 * structuredClone per crossing cost more than the HSM's own work, because each clone puts every small
 * buffer in a fresh ArrayBuffer outside the JavaScript heap.
 */
export function copyHsmMessage<T>(message: T): T {
  return copyValue(message, 'message') as T;
}

function copyValue(value: unknown, path: string): unknown {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
      throw new TypeError(`An HSM message cannot carry ${path}: a ${typeof value} is not plain data.`);
    }
    return value;
  }
  if (value instanceof Uint8Array) return value.slice();
  if (Array.isArray(value)) return value.map((item, i) => copyValue(item, `${path}[${i}]`));
  if (Object.getPrototypeOf(value) !== Object.prototype) {
    throw new TypeError(`An HSM message cannot carry ${path}: a ${value.constructor?.name ?? 'non-plain'} object is not plain data.`);
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = copyValue((value as Record<string, unknown>)[key], `${path}.${key}`);
  return copy;
}
