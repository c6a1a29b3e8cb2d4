// The whole simulator as one value: keys (with their exported key tokens, never key material),
// aliases, the CloudTrail log with its hash chain, and the clock. `kms.state.export()` makes one,
// `kms.state.import()` checks one and replaces everything with it (SPEC SNAP-1 … SNAP-6). A file
// format for it (JSON, base64 blobs, a schema) belongs to the client in src/snapshot/, not here.
//
// What a snapshot never holds: the HSM's domain keys. They stay in the HSM (in the browser, the
// `kms-lab-hsm` IndexedDB database of one browser profile), so a snapshot's keys can be used only
// where the domain keys that wrapped their tokens live. Elsewhere the keys come back, but every use
// fails with KeyUnavailableException (SNAP-5).

import type { Cloneable } from './ports';
import type { ClockState } from './clock';
import { KEY_ID_PATTERN, keyArn } from './ids';
import type { AliasRecord, KeyRecord } from './keys/key-record';
import type { RegionConfig } from './regions';
import { stateEntries, type TrailHead } from './state';
import { GENESIS_HASH, verifyChain } from './trail/chain';
import type { TrailEntry } from './trail/record';

export interface SimulatorSnapshot {
  /** The simulated account the keys belong to; an engine imports only its own account's state. */
  accountId: string;
  clock: ClockState;
  keys: KeyRecord[];
  aliases: AliasRecord[];
  trail: { head: TrailHead; entries: TrailEntry[] };
}

/** Why a snapshot cannot be imported. Nothing was replaced when this is thrown (SNAP-2). */
export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
}

export const CLOCK_PATH = 'meta/clock';
const HEX_64 = /^[0-9a-f]{64}$/;
const KEY_STATES_THAT_LOAD = new Set(['Enabled', 'Disabled', 'PendingDeletion']);

/**
 * Precondition checks that need the engine's knowledge (its account, Regions, ID formats, the hash
 * chain): the client's schema has already checked the shape. Throws SnapshotError naming the problem.
 */
export function checkSnapshot(snapshot: SimulatorSnapshot, engine: { accountId: string; regions: readonly RegionConfig[] }): void {
  const fail = (message: string): never => {
    throw new SnapshotError(message);
  };
  /* Precondition: a snapshot belongs to this engine's account. */
  if (snapshot.accountId !== engine.accountId) {
    fail(`The snapshot belongs to account ${snapshot.accountId}, not this simulator's account ${engine.accountId}.`);
  }
  const regions = new Set(engine.regions.map((region) => region.name));
  const keyIds = new Map<string, KeyRecord>();
  for (const key of snapshot.keys) {
    /* Precondition: every key lives in a simulated Region, under its own ARN. */
    if (!regions.has(key.region)) fail(`Key ${key.keyId} is in ${key.region}, a Region this simulator does not have.`);
    if (!KEY_ID_PATTERN.test(key.keyId)) fail(`"${key.keyId}" is not a KMS key ID.`);
    if (key.arn !== keyArn(key.region, engine.accountId, key.keyId) || key.accountId !== engine.accountId) {
      fail(`Key ${key.keyId} has the ARN ${key.arn}, which does not match its Region and account.`);
    }
    if (keyIds.has(`${key.region}/${key.keyId}`)) fail(`Key ${key.keyId} appears twice in ${key.region}.`);
    keyIds.set(`${key.region}/${key.keyId}`, key);
    /* Precondition: a key is in a state this engine keeps, with the dates that state needs. */
    if (!KEY_STATES_THAT_LOAD.has(key.keyState)) fail(`Key ${key.keyId} is in the key state ${key.keyState}, which KMS Lab does not simulate.`);
    if (key.keyState === 'PendingDeletion' && key.deletionDate === undefined) fail(`Key ${key.keyId} is pending deletion but has no deletion date.`);
    /* Precondition: a key has at least one key version, each an exported token named by its SHA-256. */
    if (key.versions.length === 0) fail(`Key ${key.keyId} has no key material.`);
    for (const version of key.versions) {
      if (!HEX_64.test(version.keyMaterialId)) fail(`Key ${key.keyId} has a key material ID that is not 64 hex digits.`);
    }
  }
  const aliasNames = new Set<string>();
  for (const alias of snapshot.aliases) {
    /* Precondition: every alias names a key of its own Region, once. */
    if (!alias.aliasName.startsWith('alias/') || alias.aliasName.startsWith('alias/aws/')) fail(`"${alias.aliasName}" is not a customer alias name.`);
    if (aliasNames.has(`${alias.region}/${alias.aliasName}`)) fail(`The alias ${alias.aliasName} appears twice in ${alias.region}.`);
    aliasNames.add(`${alias.region}/${alias.aliasName}`);
    if (!keyIds.has(`${alias.region}/${alias.targetKeyId}`)) fail(`The alias ${alias.aliasName} points to ${alias.targetKeyId}, which is not a key of ${alias.region} in this snapshot.`);
  }
  /* Precondition: the trail's hash chain verifies up to its head (an altered trail is not imported). */
  const { head, entries } = snapshot.trail;
  if (entries.length === 0 && (head.seq !== 0 || head.hash !== GENESIS_HASH)) fail('The trail is empty but its head names a record.');
  const verdict = verifyChain(entries, head);
  if (!verdict.valid) fail(`The CloudTrail log does not verify: ${verdict.explanation}`);
  if (entries.length > 0 && entries[entries.length - 1]!.seq !== head.seq) fail('The trail goes on past its head: records were added after it was written.');
  /* Precondition: the clock is not behind anything the snapshot recorded (time never runs backwards). */
  const newest = entries.length > 0 ? Date.parse(entries[entries.length - 1]!.record.eventTime) : Number.NEGATIVE_INFINITY;
  if (!Number.isFinite(snapshot.clock.now)) fail('The clock is not a time.');
  if (snapshot.clock.now < newest - 999) fail('The clock is earlier than the newest CloudTrail record.');
}

/** Storage entries for a snapshot, as `Storage.replace` takes them, with the clock it resumes at. */
export function storageOf(snapshot: SimulatorSnapshot, clock: ClockState): { state: Array<[string, Cloneable]>; trail: Cloneable[] } {
  const state = stateEntries(snapshot.keys, snapshot.aliases, snapshot.trail.head);
  state.push([CLOCK_PATH, clock as unknown as Cloneable]);
  return { state, trail: snapshot.trail.entries as unknown as Cloneable[] };
}

/** The counts a UI shows for a snapshot ("3 keys, 2 aliases, 41 CloudTrail records"). */
export function snapshotSummary(snapshot: SimulatorSnapshot): { keys: number; aliases: number; records: number; clock: number } {
  return { keys: snapshot.keys.length, aliases: snapshot.aliases.length, records: snapshot.trail.entries.length, clock: snapshot.clock.now };
}
