// The schema of a KMS Lab simulator file, version 1 (valibot). It checks shape, types and sizes; the
// engine then checks what only it can know (its account and Regions, ID formats, the hash chain:
// SPEC SNAP-3). Objects are strict: a member the format does not define is an error, not ignored.

import * as v from 'valibot';

export const FILE_FORMAT = 'kms-lab-simulator';
export const FILE_VERSION = 1;

/** Limits that keep a hostile file from costing more than a real one ever would. */
export const LIMITS = {
  /** Characters of JSON (UTF-16 code units): 64 MiB. */
  fileChars: 64 * 1024 * 1024,
  keys: 20_000,
  versionsPerKey: 1_000,
  aliases: 20_000,
  trailEntries: 200_000,
  tagsPerKey: 50,
  /** AWS: a key policy is at most 32 KB; a description 8,192 characters. */
  policyChars: 32_768,
  descriptionChars: 8_192,
  /** Any other string. */
  textChars: 2_048,
  /** Inside a CloudTrail record (free-form JSON): depth, members, array items, string length. */
  recordDepth: 12,
  recordMembers: 200,
  recordItems: 1_000,
  recordTextChars: 65_536,
} as const;

const text = (max: number = LIMITS.textChars) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
const time = v.pipe(v.number(), v.finite('is not a finite number'), v.safeInteger('is not a whole number of milliseconds'));
const hex64 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'is not 64 lowercase hex digits'));
// A key token is 61 bytes; base64 of anything up to 1 KiB is allowed, nothing else.
const base64 = v.pipe(v.string(), v.maxLength(1400, 'is too long for a key token'), v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64'));
const accountId = v.pipe(v.string(), v.regex(/^\d{12}$/, 'is not a 12-digit account ID'));

/** Free-form JSON (a CloudTrail record's parameters) with its size bounded at every level. */
export function isBoundedJson(value: unknown, depth = 0): boolean {
  if (depth > LIMITS.recordDepth) return false;
  if (value === null || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return value.length <= LIMITS.recordTextChars;
  if (Array.isArray(value)) return value.length <= LIMITS.recordItems && value.every((item) => isBoundedJson(item, depth + 1));
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length <= LIMITS.recordMembers && entries.every(([key, item]) => key.length <= LIMITS.textChars && isBoundedJson(item, depth + 1));
  }
  return false;
}

const boundedJson = v.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value) && isBoundedJson(value),
  'is not a JSON object within the size limits',
);

const keyVersion = v.strictObject({
  keyMaterialId: hex64,
  token: base64,
  createdAt: time,
  origin: v.picklist(['CREATE', 'AUTOMATIC', 'ON_DEMAND']),
});

const keyRecord = v.strictObject({
  keyId: text(64),
  arn: text(),
  region: text(64),
  accountId,
  description: text(LIMITS.descriptionChars),
  keyState: v.picklist(['Creating', 'Enabled', 'Disabled', 'PendingDeletion', 'PendingReplicaDeletion', 'PendingImport', 'Unavailable', 'Updating']),
  creationDate: time,
  keySpec: v.literal('SYMMETRIC_DEFAULT'),
  keyUsage: v.literal('ENCRYPT_DECRYPT'),
  origin: v.literal('AWS_KMS'),
  keyManager: v.picklist(['CUSTOMER', 'AWS']),
  deletionDate: v.exactOptional(time),
  pendingDeletionWindowInDays: v.exactOptional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(30))),
  policy: text(LIMITS.policyChars),
  tags: v.pipe(
    v.array(v.strictObject({ TagKey: text(128), TagValue: text(256) })),
    v.maxLength(LIMITS.tagsPerKey, `has more than ${LIMITS.tagsPerKey} tags`),
  ),
  rotation: v.strictObject({
    enabled: v.boolean(),
    periodInDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000)),
    nextRotationDate: v.exactOptional(time),
  }),
  versions: v.pipe(v.array(keyVersion), v.minLength(1, 'has no key material'), v.maxLength(LIMITS.versionsPerKey, 'has too many key versions')),
});

const aliasRecord = v.strictObject({
  aliasName: text(256),
  region: text(64),
  targetKeyId: text(64),
  creationDate: time,
  lastUpdatedDate: time,
});

// The record's members are free-form (as CloudTrail's are); the ones the trail and its viewers rely on
// are typed. The hash chain then proves the record is the one KMS wrote.
const trailRecord = v.pipe(
  v.looseObject({
    eventVersion: text(16),
    eventTime: v.pipe(v.string(), v.isoTimestamp('is not an ISO 8601 time')),
    eventSource: v.literal('kms.amazonaws.com'),
    eventName: text(128),
    awsRegion: text(64),
    eventID: text(64),
    eventType: v.picklist(['AwsApiCall', 'AwsServiceEvent']),
    userIdentity: boundedJson,
  }),
  v.check((record) => isBoundedJson(record), 'is not a JSON object within the size limits'),
);

const trailEntry = v.strictObject({
  seq: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  record: trailRecord,
  prevHash: hex64,
  hash: hex64,
});

export const simulatorFileSchema = v.strictObject({
  format: v.literal(FILE_FORMAT),
  version: v.literal(FILE_VERSION),
  exportedAt: text(64),
  note: v.exactOptional(text()),
  accountId,
  clock: v.strictObject({ now: time, offsetMs: v.exactOptional(v.pipe(v.number(), v.finite())) }),
  keys: v.pipe(v.array(keyRecord), v.maxLength(LIMITS.keys, `has more than ${LIMITS.keys} keys`)),
  aliases: v.pipe(v.array(aliasRecord), v.maxLength(LIMITS.aliases, `has more than ${LIMITS.aliases} aliases`)),
  trail: v.strictObject({
    head: v.strictObject({ seq: v.pipe(v.number(), v.safeInteger(), v.minValue(0)), hash: hex64 }),
    entries: v.pipe(v.array(trailEntry), v.maxLength(LIMITS.trailEntries, `has more than ${LIMITS.trailEntries} records`)),
  }),
});

export type SimulatorFile = v.InferOutput<typeof simulatorFileSchema>;
