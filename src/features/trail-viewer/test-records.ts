// Records and entries for the trail viewer's unit tests: the KMS record shape, made up in bulk.

import type { CloudTrailRecord, TrailEntry } from '../../engine/index';

const EVENTS = ['Encrypt', 'Decrypt', 'GenerateDataKey', 'DescribeKey'] as const;
const START = Date.UTC(2026, 0, 1);

export function fakeRecord(i: number, overrides: Partial<CloudTrailRecord> = {}): CloudTrailRecord {
  return {
    eventVersion: '1.11',
    userIdentity: { type: 'IAMUser', userName: i % 2 === 0 ? 'Alice' : 'Bob', accessKeyId: `AKIA${i % 3}`, arn: 'arn:aws:iam::111122223333:user/x', accountId: '111122223333' },
    eventTime: new Date(START + i * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    eventSource: 'kms.amazonaws.com',
    eventName: EVENTS[i % EVENTS.length]!,
    awsRegion: i % 5 === 0 ? 'eu-west-1' : 'us-east-1',
    sourceIPAddress: '192.0.2.10',
    userAgent: 'test',
    requestParameters: null,
    responseElements: null,
    eventID: `event-${i}`,
    readOnly: i % 4 === 3,
    resources: [{ accountId: '111122223333', type: 'AWS::KMS::Key', ARN: `arn:aws:kms:us-east-1:111122223333:key/key-${i % 7}` }],
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    ...overrides,
  };
}

export function fakeEntries(count: number): TrailEntry[] {
  return Array.from({ length: count }, (_, i) => ({ seq: i + 1, record: fakeRecord(i), prevHash: '', hash: '' }));
}

export const FAKE_START = START;
