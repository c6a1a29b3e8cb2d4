// CloudTrail records for KMS, in the shape AWS writes them (developer guide "Logging AWS KMS API
// calls with AWS CloudTrail"; ../../../../shared/reference/kms-api.md §10). Plaintext, data keys and
// ciphertext never appear in a record.

import type { Identity } from '../identities';

export interface TrailResource {
  accountId: string;
  type: 'AWS::KMS::Key';
  ARN: string;
}

export interface CloudTrailRecord {
  eventVersion: string;
  userIdentity: Record<string, unknown>;
  eventTime: string;
  eventSource: 'kms.amazonaws.com';
  eventName: string;
  awsRegion: string;
  sourceIPAddress: string;
  userAgent: string;
  errorCode?: string;
  errorMessage?: string;
  requestParameters: Record<string, unknown> | null;
  responseElements: Record<string, unknown> | null;
  additionalEventData?: Record<string, unknown>;
  requestID?: string;
  eventID: string;
  readOnly: boolean;
  resources?: TrailResource[];
  eventType: 'AwsApiCall' | 'AwsServiceEvent';
  managementEvent: true;
  recipientAccountId: string;
  eventCategory: 'Management';
  tlsDetails?: Record<string, unknown>;
}

/** One link of the hash chain: the record and the hashes that tie it to the one before. */
export interface TrailEntry {
  seq: number;
  record: CloudTrailRecord;
  prevHash: string;
  hash: string;
}

/** CloudTrail's eventTime: ISO 8601 in UTC to the second. */
export const eventTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function userIdentityOf(identity: Identity, accountId: string): Record<string, unknown> {
  if (identity.type === 'AssumedRole') {
    const roleName = identity.userName;
    return {
      type: 'AssumedRole',
      principalId: identity.principalId,
      arn: identity.arn,
      accountId,
      accessKeyId: identity.accessKeyId,
      sessionContext: {
        sessionIssuer: {
          type: 'Role',
          principalId: identity.principalId.split(':')[0],
          arn: `arn:aws:iam::${accountId}:role/${roleName}`,
          accountId,
          userName: roleName,
        },
        attributes: { creationDate: '2026-01-01T00:00:00Z', mfaAuthenticated: 'false' },
      },
    };
  }
  if (identity.type === 'Root') {
    return { type: 'Root', principalId: accountId, arn: identity.arn, accountId, accessKeyId: identity.accessKeyId };
  }
  return {
    type: 'IAMUser',
    principalId: identity.principalId,
    arn: identity.arn,
    accountId,
    accessKeyId: identity.accessKeyId,
    userName: identity.userName,
  };
}

/** The user name CloudTrail's event history shows: the user, or the session name of a role. */
export function usernameOf(record: CloudTrailRecord): string | undefined {
  const identity = record.userIdentity;
  if (typeof identity.userName === 'string') return identity.userName;
  if (identity.type === 'AssumedRole' && typeof identity.arn === 'string') return identity.arn.split('/').pop();
  if (identity.type === 'Root') return 'root';
  return undefined;
}

/** CloudTrail writes dates inside responseElements the way the console shows them: "Aug 10, 2022, 10:38:27 PM". */
export function consoleDate(ms: number): string {
  const date = new Date(ms);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const hours = date.getUTCHours();
  const pad = (n: number) => String(n).padStart(2, '0');
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${months[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}, ${hour12}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} ${hours < 12 ? 'AM' : 'PM'}`;
}

/**
 * Turns an API output into CloudTrail's responseElements: lower-camel member names, dates in the
 * console format, and blobs left out (CloudTrail never logs ciphertext or plaintext).
 */
export function toTrailShape(value: unknown): unknown {
  if (value instanceof Date) return consoleDate(value.getTime());
  if (value instanceof Uint8Array) return undefined;
  if (Array.isArray(value)) return value.map(toTrailShape);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const shaped = toTrailShape(item);
      if (shaped !== undefined) out[key.charAt(0).toLowerCase() + key.slice(1)] = shaped;
    }
    return out;
  }
  return value;
}
