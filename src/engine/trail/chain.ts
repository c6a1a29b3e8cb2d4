// The trail's hash chain. Each entry's hash is SHA-256 over the previous entry's hash and the digest
// of its record (SHA-256 of the record's canonical JSON), so altering, removing or reordering any
// record breaks every link after it. Hashing a record apart from its place in the chain lets the
// engine do that work while the HSM works, before it knows which link the record will be. `verifyChain` names the first record that no longer fits. (CloudTrail itself signs hourly
// digest files; a per-record chain shows the same idea at the scale of a lesson.)

import { sha256Hex } from '../crypto/sha256';
import type { CloudTrailRecord, TrailEntry } from './record';

export const GENESIS_HASH = '0'.repeat(64);

/** Member names as JSON strings, remembered: records repeat the same few dozen names. */
const quotedNames = new Map<string, string>();
const QUOTED_NAMES_LIMIT = 1_000;

function quotedName(name: string): string {
  let quoted = quotedNames.get(name);
  if (quoted === undefined) {
    quoted = JSON.stringify(name);
    // Encryption context keys are the caller's: remember a bounded number of names, not all of them.
    if (quotedNames.size < QUOTED_NAMES_LIMIT) quotedNames.set(name, quoted);
  }
  return quoted;
}

/**
 * JSON with object keys sorted at every depth, so equal records hash equally after any round trip.
 * Written as plain loops: it runs for every record the trail writes.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object);
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = keys[i - 1]! < keys[i]!;
  if (!sorted) keys.sort();
  let out = '{';
  for (const key of keys) {
    const item = object[key];
    if (item === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${quotedName(key)}:${canonicalJson(item)}`;
  }
  return `${out}}`;
}

/** SHA-256 of a record's canonical JSON, in hex: what its link in the chain commits to. */
export function recordDigest(record: CloudTrailRecord): string {
  return sha256Hex(canonicalJson(record));
}

/** A link: SHA-256 over the previous link's hash, a newline and the record's digest (all hex). */
export function linkHash(prevHash: string, record: CloudTrailRecord, digest = recordDigest(record)): string {
  return sha256Hex(`${prevHash}\n${digest}`);
}

/**
 * The link as KMS Lab wrote it before records had digests: SHA-256 over the previous hash, a newline
 * and the record's canonical JSON. Trails saved or exported then still verify; new links use linkHash.
 */
export function legacyLinkHash(prevHash: string, record: CloudTrailRecord): string {
  return sha256Hex(`${prevHash}\n${canonicalJson(record)}`);
}

export type ChainVerdict =
  | { valid: true; records: number }
  | {
      valid: false;
      records: number;
      /** Index into the entries given, and the record's sequence number and eventID. */
      index: number;
      seq: number;
      eventId: string;
      problem: 'altered' | 'removed' | 'reordered' | 'truncated';
      explanation: string;
    };

/** Records hashed between two pauses of verifyChainInSlices: a few tens of milliseconds of work. */
const SLICE_RECORDS = 2_000;

/**
 * Walks the chain from its start. `head` is the engine's own note of the newest link; without it an
 * attacker could alter the newest record and recompute its hash unseen.
 */
export function verifyChain(entries: readonly TrailEntry[], head?: { seq: number; hash: string }): ChainVerdict {
  const walk = walkChain(entries, head);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

/**
 * verifyChain, pausing for a macrotask every SLICE_RECORDS records, so that checking a 100,000-record
 * trail on a page's thread (seconds of SHA-256 in JavaScript) lets the page paint and answer input.
 */
export async function verifyChainInSlices(entries: readonly TrailEntry[], head?: { seq: number; hash: string }): Promise<ChainVerdict> {
  const walk = walkChain(entries, head);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** The chain walk itself, yielding after every SLICE_RECORDS records; the verdict is its return value. */
function* walkChain(entries: readonly TrailEntry[], head?: { seq: number; hash: string }): Generator<void, ChainVerdict> {
  const fail = (index: number, problem: Extract<ChainVerdict, { valid: false }>['problem'], explanation: string): ChainVerdict => {
    const entry = entries[Math.min(index, entries.length - 1)];
    return { valid: false, records: entries.length, index, seq: entry?.seq ?? 0, eventId: entry?.record.eventID ?? '', problem, explanation };
  };
  let prevHash = GENESIS_HASH;
  let prevSeq = 0;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.seq !== prevSeq + 1) {
      // The record that belongs here either turns up later (records were moved) or nowhere (removed).
      const movedLater = entries.slice(i + 1).some((later) => later.seq === prevSeq + 1);
      if (entry.seq > prevSeq + 1 && !movedLater) {
        return fail(i, 'removed', `Record ${prevSeq + 1} is missing: the trail jumps from record ${prevSeq} to ${entry.seq}.`);
      }
      return fail(i, 'reordered', `Record ${entry.seq} appears where record ${prevSeq + 1} belongs: records were moved.`);
    }
    if (entry.prevHash !== prevHash) {
      // The stored link to the previous record no longer matches it: that record changed after it was written.
      return i === 0
        ? fail(0, 'removed', 'The first record does not start the chain: earlier records were removed.')
        : fail(i - 1, 'altered', `Record ${prevSeq} was changed after it was written (the next record's link no longer matches it).`);
    }
    if (linkHash(entry.prevHash, entry.record) !== entry.hash && legacyLinkHash(entry.prevHash, entry.record) !== entry.hash) {
      return fail(i, 'altered', `Record ${entry.seq} was changed after it was written (its hash no longer matches).`);
    }
    prevHash = entry.hash;
    prevSeq = entry.seq;
    if ((i + 1) % SLICE_RECORDS === 0) yield;
  }
  if (head) {
    const last = entries[entries.length - 1];
    const lastSeq = last?.seq ?? 0;
    if (lastSeq < head.seq) return fail(entries.length, 'truncated', `The trail ends at record ${lastSeq}, but KMS wrote up to record ${head.seq}.`);
    if (last && last.seq === head.seq && last.hash !== head.hash) {
      return fail(entries.length - 1, 'altered', `Record ${last.seq} was changed after it was written (it no longer matches the trail's head).`);
    }
  }
  return { valid: true, records: entries.length };
}
