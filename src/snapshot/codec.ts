// The simulator file: a SimulatorSnapshot as versioned JSON, blobs in base64. Reading a file is
// defensive: size first, then JSON with hostile member names refused, then format and version for a
// plain answer, then the schema. Only a file that passes all of them becomes a snapshot, and only a
// snapshot the engine also accepts replaces anything (SPEC SNAP-3).

import * as v from 'valibot';
import { fromBase64, toBase64, type SimulatorSnapshot } from '../engine/index';
import { FILE_FORMAT, FILE_VERSION, LIMITS, simulatorFileSchema, type SimulatorFile } from './schema';

/** Said in every file, because the file alone cannot bring a key's material back (SPEC SNAP-5). */
export const DOMAIN_KEY_NOTE =
  "Keys carry exported key tokens wrapped under this browser profile's HSM domain keys, which are never exported. " +
  'Imported in the same browser profile the keys work fully; anywhere else they come back but cannot encrypt or decrypt.';

export type DecodeResult = { ok: true; snapshot: SimulatorSnapshot; exportedAt: string } | { ok: false; error: string };

// Names that reach Object.prototype or a constructor when code copies members around.
const HOSTILE_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

class HostileMember extends Error {}

export function encodeSnapshotFile(snapshot: SimulatorSnapshot, exportedAt: Date): string {
  // The trail goes out as the engine wrote it; its type is the engine's, stricter than the schema's.
  const file: Omit<SimulatorFile, 'trail'> & Pick<SimulatorSnapshot, 'trail'> = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    note: DOMAIN_KEY_NOTE,
    accountId: snapshot.accountId,
    clock: snapshot.clock,
    keys: snapshot.keys.map((key) => ({ ...key, versions: key.versions.map((version) => ({ ...version, token: toBase64(version.token) })) })),
    aliases: snapshot.aliases,
    trail: snapshot.trail,
  };
  return JSON.stringify(file, null, 1);
}

export function decodeSnapshotFile(text: string): DecodeResult {
  if (text.length > LIMITS.fileChars) {
    return { ok: false, error: `The file is larger than ${LIMITS.fileChars / (1024 * 1024)} MiB, more than any simulator file KMS Lab writes.` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (key, value: unknown) => {
      if (HOSTILE_NAMES.has(key)) throw new HostileMember(key);
      return value;
    });
  } catch (error) {
    if (error instanceof HostileMember) {
      return { ok: false, error: `The file contains a member named "${error.message}", which a simulator file never has (it could tamper with objects in the page).` };
    }
    return { ok: false, error: 'The file is not JSON: it may be truncated or not a KMS Lab simulator file.' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || (parsed as { format?: unknown }).format !== FILE_FORMAT) {
    return { ok: false, error: `This is not a KMS Lab simulator file (its "format" is not "${FILE_FORMAT}").` };
  }
  const version = (parsed as { version?: unknown }).version;
  if (version !== FILE_VERSION) {
    return { ok: false, error: `The file is version ${JSON.stringify(version) ?? 'missing'}; this KMS Lab reads version ${FILE_VERSION}.` };
  }
  const result = v.safeParse(simulatorFileSchema, parsed);
  if (!result.success) {
    const issue = result.issues[0];
    const where = v.getDotPath(issue) ?? 'the file';
    return { ok: false, error: `The file does not match the simulator file format at ${where}: ${issue.message}.` };
  }
  const file = result.output;
  const keys: SimulatorSnapshot['keys'] = [];
  for (const [index, key] of file.keys.entries()) {
    const versions = [];
    for (const version of key.versions) {
      const token = fromBase64(version.token);
      if (!token) return { ok: false, error: `The file does not match the simulator file format at keys.${index}.versions: a key token is not base64.` };
      versions.push({ ...version, token });
    }
    keys.push({ ...key, versions });
  }
  const snapshot: SimulatorSnapshot = {
    accountId: file.accountId,
    clock: file.clock,
    keys,
    aliases: file.aliases,
    trail: file.trail as unknown as SimulatorSnapshot['trail'],
  };
  return { ok: true, snapshot, exportedAt: file.exportedAt };
}

/** The file name a download gets: kms-lab-simulator-2026-01-01T00-00-00Z.json (simulated time). */
export function snapshotFileName(simulatedNow: number): string {
  return `kms-lab-simulator-${new Date(simulatedNow).toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll(':', '-')}.json`;
}
