// What crossed an edge, read from the events: the request's parameter summary (sizes, never bytes),
// the HSM messages' payload summaries, and the response the HSM's answer became.

import type { PayloadKind, PayloadSummary } from '../engine/index';
import { formatCount } from './format';
import type { Crossing } from './types';

/** Only a plaintext data key is highlighted: it is the one secret that leaves KMS (S12, S13). */
export const isSensitive = (kind: Crossing['kind']): boolean => kind === 'data-key-plaintext';

const crossing = (label: string, kind: Crossing['kind'], bytes?: number, member?: Crossing['member']): Crossing => ({
  label,
  kind,
  ...(bytes !== undefined && { bytes }),
  sensitive: isSensitive(kind),
  ...(member && { member }),
});

/**
 * In a Decrypt of an encrypted data key (the envelope's read path), the engine sees an ordinary
 * ciphertext and plaintext; the envelope layer's data-key-decrypted event tells us what they were.
 */
function asDataKey(kind: PayloadKind, dataKey: boolean): PayloadKind {
  if (!dataKey) return kind;
  if (kind === 'plaintext') return 'data-key-plaintext';
  if (kind === 'ciphertext') return 'data-key-ciphertext';
  return kind;
}

const KIND_LABELS: Partial<Record<PayloadKind, string>> = {
  'data-key-plaintext': 'plaintext data key',
  'data-key-ciphertext': 'encrypted data key',
};

/** An HSM message's payload, as the engine summarised it. */
export function fromPayload(payload: readonly PayloadSummary[], dataKey: boolean): Crossing[] {
  return payload.map((item) => {
    const kind = asDataKey(item.kind, dataKey);
    return crossing(kind === item.kind ? item.name : (KIND_LABELS[kind] ?? item.name), kind, item.bytes);
  });
}

const bytesOf = (value: unknown): number | undefined =>
  value && typeof value === 'object' && typeof (value as { bytes?: unknown }).bytes === 'number' ? (value as { bytes: number }).bytes : undefined;

const pairs = (value: unknown): number => (value && typeof value === 'object' ? Object.keys(value).length : 0);

/** request.received's parameter summary, member by member, in the caller's own names. */
export function requestCrossings(parameters: Record<string, unknown>, dataKey: boolean): Crossing[] {
  const out: Crossing[] = [];
  for (const [name, value] of Object.entries(parameters)) {
    const input = { side: 'input', name } as const;
    if (name === 'Plaintext') out.push(crossing('Plaintext', 'plaintext', bytesOf(value), input));
    else if (name === 'CiphertextBlob') {
      out.push(crossing(dataKey ? 'CiphertextBlob (encrypted data key)' : 'CiphertextBlob', dataKey ? 'data-key-ciphertext' : 'ciphertext', bytesOf(value), input));
    } else if (name.endsWith('EncryptionContext')) {
      const n = pairs(value);
      out.push(crossing(`${name} (${formatCount(n)} ${n === 1 ? 'pair' : 'pairs'})`, 'encryption-context'));
    } else if (name === 'KeySpec' || name === 'NumberOfBytes') out.push(crossing(`${name} ${String(value)}`, 'parameters'));
  }
  return out;
}

const RESPONSE_MEMBER: Partial<Record<PayloadKind, string>> = {
  plaintext: 'Plaintext',
  'data-key-plaintext': 'Plaintext',
  ciphertext: 'CiphertextBlob',
  'data-key-ciphertext': 'CiphertextBlob',
};

/** A successful response: the HSM's answer, under the member names the caller receives. */
export function responseCrossings(lastFromHsm: readonly PayloadSummary[] | undefined, dataKey: boolean): Crossing[] {
  return (lastFromHsm ?? []).flatMap((item) => {
    const kind = asDataKey(item.kind, dataKey);
    const member = RESPONSE_MEMBER[kind];
    if (!member) return [];
    const label = KIND_LABELS[kind] ? `${member} (${KIND_LABELS[kind]})` : member;
    return [crossing(label, kind, item.bytes, { side: 'output', name: member })];
  });
}

export const recordCrossing = (label: string): Crossing => crossing(label, 'trail-record');
export const decisionCrossing = (label: string): Crossing => crossing(label, 'decision');
export const keyRecordCrossing = (label: string): Crossing => crossing(label, 'key-record');
export const errorCrossing = (name: string): Crossing => crossing(name, 'error');
export const packageCrossing = (label: string, bytes: number): Crossing => crossing(label, 'package', bytes);
export const dataKeyCrossing = (label: string, bytes: number): Crossing => crossing(label, 'data-key-plaintext', bytes);
export const localCrossing = (label: string, kind: Crossing['kind'], bytes?: number): Crossing => crossing(label, kind, bytes);
