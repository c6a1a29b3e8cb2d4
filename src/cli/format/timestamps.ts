// AWS CLI v2 prints every response timestamp in ISO 8601 with the machine's UTC offset, using
// Python's datetime.isoformat(): microseconds only when there are any, and `+00:00` rather than `Z`
// (aws/aws-cli#5045 shows `2019-12-31T14:04:11.575000+00:00`; #7292 shows `2022-09-23T11:54:00+02:00`).
// KMS Lab's terminal runs in UTC, as AWS CloudShell does, so lessons read the same everywhere.

/** The response members that are timestamps (the CLI knows them from the output shapes). */
const TIMESTAMP_MEMBERS = new Set([
  'CreationDate', 'DeletionDate', 'ValidTo', 'LastUpdatedDate', 'NextRotationDate', 'OnDemandRotationStartDate',
  'RotationDate', 'ImportDate', 'EventTime', 'KeyMaterialCreationDate',
]);

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Epoch seconds (as the wire carries them) → `2026-11-29T10:55:42.123000+00:00`. */
export function isoTimestamp(epochSeconds: number): string {
  const ms = Math.round(epochSeconds * 1000);
  const date = new Date(ms);
  const base = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  const micros = date.getUTCMilliseconds() * 1000;
  return `${base}${micros === 0 ? '' : `.${pad(micros, 6)}`}+00:00`;
}

/** A parsed wire response with its timestamp members rewritten as the CLI prints them. */
export function withCliTimestamps(value: unknown, key?: string): unknown {
  if (typeof value === 'number' && key !== undefined && TIMESTAMP_MEMBERS.has(key)) return isoTimestamp(value);
  if (Array.isArray(value)) return value.map((item) => withCliTimestamps(item));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(value)) {
      Object.defineProperty(out, name, { value: withCliTimestamps(item, name), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}
