// CloudTrail log files: what "Download" writes and "Import" accepts. A log file is one JSON object,
// {"Records": [ … ]}, as CloudTrail delivers to S3. An imported file is read, never trusted: every
// record is checked for the fields the event history shows before anything on screen changes.

import type { CloudTrailRecord, TrailEntry } from '../../engine/index';

/** Larger than a CloudTrail log file gets (they are delivered every few minutes), small enough to parse in a tab. */
export const MAX_LOG_FILE_BYTES = 64 * 1024 * 1024;
export const MAX_LOG_FILE_RECORDS = 200_000;

export interface ImportedLog {
  fileName: string;
  /** The file's records in file order, numbered from 1 (they carry no hash chain of their own). */
  entries: readonly TrailEntry[];
  regions: readonly string[];
}

export type ImportOutcome = { ok: true; log: ImportedLog } | { ok: false; error: string };

const MB = 1024 * 1024;

/** Refuses a file before reading it, by its size alone. */
export function checkLogFileSize(bytes: number): string | null {
  if (bytes === 0) return 'The file is empty. A CloudTrail log file is a JSON object with a "Records" array.';
  if (bytes > MAX_LOG_FILE_BYTES) {
    return `The file is ${(bytes / MB).toFixed(1)} MB; KMS Lab reads log files up to ${MAX_LOG_FILE_BYTES / MB} MB.`;
  }
  return null;
}

const REQUIRED_STRINGS = ['eventTime', 'eventSource', 'eventName', 'awsRegion', 'eventID'] as const;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with one record, in words, or null. */
function problemWith(record: unknown): string | null {
  if (!isObject(record)) return 'is not a JSON object';
  for (const field of REQUIRED_STRINGS) {
    if (typeof record[field] !== 'string' || record[field] === '') return `has no ${field} string`;
  }
  if (Number.isNaN(Date.parse(record.eventTime as string))) return `has an eventTime that is not a date ("${String(record.eventTime).slice(0, 40)}")`;
  if (!isObject(record.userIdentity)) return 'has no userIdentity object';
  if ('readOnly' in record && typeof record.readOnly !== 'boolean') return 'has a readOnly that is not true or false';
  if ('errorCode' in record && typeof record.errorCode !== 'string') return 'has an errorCode that is not a string';
  if ('resources' in record) {
    if (!Array.isArray(record.resources)) return 'has resources that are not a list';
    if (!record.resources.every((resource) => isObject(resource) && typeof resource.ARN === 'string' && typeof resource.type === 'string')) {
      return 'has a resource without an ARN and a type';
    }
  }
  return null;
}

/** Reads a log file's text. Nothing is kept unless every record passes. */
export function parseLogFile(text: string, fileName: string): ImportOutcome {
  const sizeProblem = checkLogFileSize(text.length);
  if (sizeProblem) return { ok: false, error: sizeProblem };
  // JSON.parse makes "__proto__" an ordinary key, but a file that carries one is hostile, not a log.
  if (text.includes('"__proto__"')) return { ok: false, error: 'The file contains a "__proto__" key, which no CloudTrail log has. Nothing was imported.' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The file is not valid JSON (${error instanceof Error ? error.message : String(error)}). Nothing was imported.` };
  }
  if (!isObject(parsed) || !Array.isArray(parsed.Records)) {
    return { ok: false, error: 'The file is JSON but not a CloudTrail log file: it needs a top-level object with a "Records" array. Nothing was imported.' };
  }
  const records: unknown[] = parsed.Records;
  if (records.length > MAX_LOG_FILE_RECORDS) {
    return { ok: false, error: `The file holds ${records.length.toLocaleString('en-US')} records; KMS Lab reads up to ${MAX_LOG_FILE_RECORDS.toLocaleString('en-US')}. Nothing was imported.` };
  }
  const entries: TrailEntry[] = [];
  const regions = new Set<string>();
  for (let i = 0; i < records.length; i++) {
    const problem = problemWith(records[i]);
    if (problem) return { ok: false, error: `Record ${i + 1} of ${records.length} ${problem}. Nothing was imported.` };
    const record = records[i] as CloudTrailRecord;
    regions.add(record.awsRegion);
    entries.push({ seq: i + 1, record, prevHash: '', hash: '' });
  }
  return { ok: true, log: { fileName, entries, regions: [...regions].sort() } };
}

/** A log file of these entries (given newest first, as the view lists them), written oldest first as CloudTrail writes them. */
export function logFileText(entries: readonly TrailEntry[]): string {
  const oldestFirst = [...entries].reverse();
  return JSON.stringify({ Records: oldestFirst.map((entry) => entry.record) });
}

/** CloudTrail's log file name: AccountID_CloudTrail_RegionName_YYYYMMDDTHHmmZ_UniqueString.json. */
export function logFileName(accountId: string, region: string, now: number, unique: string): string {
  const stamp = new Date(now).toISOString().replace(/[-:]/g, '').slice(0, 13);
  return `${accountId}_CloudTrail_${region}_${stamp}Z_${unique}.json`;
}
