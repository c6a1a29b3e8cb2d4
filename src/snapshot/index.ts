// The simulator file: encode a snapshot of the engine as versioned JSON, and decode one back only
// after it passes the size limits, the hostile-name check and the schema.

export { decodeSnapshotFile, encodeSnapshotFile, snapshotFileName, DOMAIN_KEY_NOTE } from './codec';
export type { DecodeResult } from './codec';
export { FILE_FORMAT, FILE_VERSION, LIMITS } from './schema';
