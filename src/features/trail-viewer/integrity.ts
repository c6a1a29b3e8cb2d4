// The demo tamper: an attacker who can write to the log bucket edits one record to cover their tracks.
// It alters a COPY of the trail and never the engine's own log, so nothing a learner made is lost; the
// copy is then checked with the same kms.trail.verify the real trail uses.

import type { ChainVerdict, CloudTrailRecord, TrailEntry } from '../../engine/index';

export interface TamperedCopy {
  entries: readonly TrailEntry[];
  /** The altered record: where it is, and what changed. */
  seq: number;
  field: string;
  from: string;
  to: string;
}

/** The documentation address block (RFC 5737): an attacker's address that can belong to no one. */
export const TAMPERED_SOURCE_IP = '203.0.113.66';

/** A copy of `entries` in which the record with `seq` claims to come from another address. */
export function tamperCopy(entries: readonly TrailEntry[], seq: number): TamperedCopy | null {
  const index = entries.findIndex((entry) => entry.seq === seq);
  const original = entries[index];
  if (!original) return null;
  const from = original.record.sourceIPAddress;
  const to = from === TAMPERED_SOURCE_IP ? '198.51.100.7' : TAMPERED_SOURCE_IP;
  const record: CloudTrailRecord = { ...original.record, sourceIPAddress: to };
  const copy = entries.slice();
  copy[index] = { ...original, record };
  return { entries: copy, seq, field: 'sourceIPAddress', from, to };
}

/** The record a failed verdict points at, from the entries that were verified. */
export function culpritOf(verdict: ChainVerdict, entries: readonly TrailEntry[]): TrailEntry | undefined {
  if (verdict.valid) return undefined;
  return entries.find((entry) => entry.seq === verdict.seq) ?? entries[verdict.index];
}
