// The wire format between a KMS Lab quiz widget and the page that hosts it, and the rules that guard
// it. Plain TypeScript with no DOM access, so the rules are unit-tested in Node (messages.test.ts).
//
// Outbound (widget → host), always posted to the exact origin the host named, never '*':
//   { source: 'kms-lab', version: 1, instance, type: 'ready', topic, count }
//   { source: 'kms-lab', version: 1, instance, type: 'statement', statement }   (xAPI, see statements.ts)
//   { source: 'kms-lab', version: 1, instance, type: 'resize', height }          (iframe route only)
// Inbound (host → widget), accepted only from that origin and that window, and only in this shape:
//   { source: 'kms-lab-host', version: 1, type: 'restart', instance? }   start the quiz over
//   { source: 'kms-lab-host', version: 1, type: 'hello', instance? }     ask for 'ready' (and 'resize') again
// An inbound message without `instance` is for every widget that accepts it.

import type { XapiStatement } from './statements';

export const MESSAGE_SOURCE = 'kms-lab';
export const HOST_MESSAGE_SOURCE = 'kms-lab-host';
export const MESSAGE_VERSION = 1;

interface Envelope {
  source: typeof MESSAGE_SOURCE;
  version: typeof MESSAGE_VERSION;
  /** Which widget on the page: its element id, or a generated `kms-quiz-<n>`. */
  instance: string;
}

export type OutboundMessage =
  | (Envelope & { type: 'ready'; topic: string; count: number })
  | (Envelope & { type: 'statement'; statement: XapiStatement })
  | (Envelope & { type: 'resize'; height: number });

export type InboundCommand = 'restart' | 'hello';

export interface InboundMessage {
  source: typeof HOST_MESSAGE_SOURCE;
  version: typeof MESSAGE_VERSION;
  type: InboundCommand;
  instance?: string;
}

/** Distributes Omit over the union, so each outbound variant keeps its own fields. */
type WithoutEnvelope<T> = T extends unknown ? Omit<T, keyof Envelope> : never;

export function outbound(instance: string, body: WithoutEnvelope<OutboundMessage>): OutboundMessage {
  return { source: MESSAGE_SOURCE, version: MESSAGE_VERSION, instance, ...body };
}

/**
 * The origin a `target-origin` attribute names, or null when it names none. Only an exact
 * http(s) origin is accepted: scheme, host and optional port, nothing after them. '*', 'null',
 * a path, a query or a trailing slash are refused rather than "fixed", because a silently widened or
 * guessed origin is exactly what a targetOrigin exists to prevent.
 */
export function parseTargetOrigin(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || value === '' || value !== value.trim()) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // URL.origin drops a default port and lower-cases the host; the attribute must already be that.
  return url.origin === value ? value : null;
}

const INBOUND_TYPES: readonly InboundCommand[] = ['restart', 'hello'];
const INSTANCE_PATTERN = /^[A-Za-z][\w:.-]{0,63}$/;

/** The message as an InboundMessage when it is exactly one, else null. Extra fields are refused too. */
export function parseInbound(data: unknown): InboundMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.some((key) => !['source', 'version', 'type', 'instance'].includes(key))) return null;
  if (record.source !== HOST_MESSAGE_SOURCE || record.version !== MESSAGE_VERSION) return null;
  if (!INBOUND_TYPES.includes(record.type as InboundCommand)) return null;
  if (record.instance !== undefined && (typeof record.instance !== 'string' || !INSTANCE_PATTERN.test(record.instance))) return null;
  const message: InboundMessage = { source: HOST_MESSAGE_SOURCE, version: MESSAGE_VERSION, type: record.type as InboundCommand };
  if (typeof record.instance === 'string') message.instance = record.instance;
  return message;
}

/** A valid instance name from an element id, or null (the element then gets a generated one). */
export function instanceFromId(id: string): string | null {
  return INSTANCE_PATTERN.test(id) ? id : null;
}

/** The parts of a MessageEvent the acceptance rule reads; a real MessageEvent fits. */
export interface ReceivedMessage {
  origin: string;
  source: unknown;
  data: unknown;
}

/**
 * Precondition: an inbound message is accepted only when it comes from the exact target origin, from
 * the one window the widget talks to, is shaped as an InboundMessage, and is addressed to this
 * instance or to every instance.
 */
export function acceptInbound(event: ReceivedMessage, rule: { targetOrigin: string | null; peer: unknown; instance: string }): InboundMessage | null {
  if (rule.targetOrigin === null || rule.peer === null || rule.peer === undefined) return null;
  if (event.origin !== rule.targetOrigin) return null;
  if (event.source !== rule.peer) return null;
  const message = parseInbound(event.data);
  if (message === null) return null;
  if (message.instance !== undefined && message.instance !== rule.instance) return null;
  return message;
}
