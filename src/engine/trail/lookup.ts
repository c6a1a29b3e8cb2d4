// CloudTrail's LookupEvents over the simulated account's event history: one lookup attribute at most,
// a time range (the last 90 days by default), newest first, at most 50 events a page.

import { KmsError } from '../errors';
import { decodeCursor, encodeCursor } from '../cursor';
import { validateInput, type Members, list, str, required, structure, timestamp, int } from '../shapes';
import { usernameOf, type TrailEntry } from './record';
import { DAY_MS } from '../keys/key-record';

export const LOOKUP_ATTRIBUTE_KEYS = ['EventId', 'EventName', 'ReadOnly', 'Username', 'ResourceType', 'ResourceName', 'EventSource', 'AccessKeyId'] as const;
export type LookupAttributeKey = (typeof LOOKUP_ATTRIBUTE_KEYS)[number];

export const LOOKUP_EVENTS_MEMBERS: Members = {
  LookupAttributes: list(structure({ AttributeKey: required(str({ enum: LOOKUP_ATTRIBUTE_KEYS })), AttributeValue: required(str({ min: 1, max: 2000 })) })),
  StartTime: timestamp,
  EndTime: timestamp,
  EventCategory: str({ enum: ['insight'] }),
  MaxResults: int(),
  NextToken: str(),
};

export interface LookupEventsInput {
  LookupAttributes?: Array<{ AttributeKey: LookupAttributeKey; AttributeValue: string }>;
  StartTime?: Date;
  EndTime?: Date;
  EventCategory?: 'insight';
  MaxResults?: number;
  NextToken?: string;
}

export interface LookupEvent {
  EventId: string;
  EventName: string;
  ReadOnly: string;
  AccessKeyId?: string;
  EventTime: Date;
  EventSource: string;
  Username?: string;
  Resources: Array<{ ResourceType: string; ResourceName: string }>;
  CloudTrailEvent: string;
}

export const EVENT_HISTORY_DAYS = 90;

const TOKEN_PREFIX = 'kms-lab-trail';

/** Whether one record matches one lookup attribute, exactly as LookupEvents matches it. */
export function matchesLookupAttribute(entry: TrailEntry, key: LookupAttributeKey, value: string): boolean {
  const record = entry.record;
  switch (key) {
    case 'EventId':
      return record.eventID === value;
    case 'EventName':
      return record.eventName === value;
    case 'ReadOnly':
      return String(record.readOnly) === value;
    case 'Username':
      return usernameOf(record) === value;
    case 'ResourceType':
      return (record.resources ?? []).some((r) => r.type === value);
    case 'ResourceName':
      return (record.resources ?? []).some((r) => r.ARN === value || r.ARN.endsWith(`/${value}`));
    case 'EventSource':
      return record.eventSource === value;
    case 'AccessKeyId':
      return record.userIdentity.accessKeyId === value;
  }
}

export function toLookupEvent(entry: TrailEntry): LookupEvent {
  const record = entry.record;
  const accessKeyId = record.userIdentity.accessKeyId;
  const username = usernameOf(record);
  return {
    EventId: record.eventID,
    EventName: record.eventName,
    ReadOnly: String(record.readOnly),
    ...(typeof accessKeyId === 'string' && { AccessKeyId: accessKeyId }),
    EventTime: new Date(record.eventTime),
    EventSource: record.eventSource,
    ...(username !== undefined && { Username: username }),
    Resources: (record.resources ?? []).map((r) => ({ ResourceType: r.type, ResourceName: r.ARN })),
    CloudTrailEvent: JSON.stringify(record),
  };
}

/** `entries` are every trail entry of the account, oldest first. */
export function lookupEvents(entries: readonly TrailEntry[], region: string, rawInput: unknown, now: number): { Events: LookupEvent[]; NextToken?: string } {
  validateInput(LOOKUP_EVENTS_MEMBERS, rawInput);
  const input = (rawInput ?? {}) as LookupEventsInput;
  const attributes = input.LookupAttributes ?? [];
  if (attributes.length > 1) throw new KmsError('InvalidLookupAttributesException', 'You cannot specify more than one lookup attribute.');
  const maxResults = input.MaxResults ?? 50;
  if (maxResults < 1 || maxResults > 50) throw new KmsError('InvalidMaxResultsException', 'Value for MaxResults must be between 1 and 50.');
  const start = input.StartTime?.getTime() ?? now - EVENT_HISTORY_DAYS * DAY_MS;
  const end = input.EndTime?.getTime() ?? now;
  if (start > end) throw new KmsError('InvalidTimeRangeException', 'Start time must be before end time.');

  let after: { time: number; seq: number } | undefined;
  if (input.NextToken !== undefined) {
    const match = /^(\d+):(\d+)$/.exec(decodeCursor(TOKEN_PREFIX, input.NextToken) ?? '');
    if (!match) throw new KmsError('InvalidNextTokenException', 'Invalid NextToken.');
    after = { time: Number(match[1]), seq: Number(match[2]) };
  }

  if (input.EventCategory === 'insight') return { Events: [] };
  const attribute = attributes[0];
  const selected = entries
    .filter((entry) => {
      if (entry.record.awsRegion !== region) return false;
      const time = Date.parse(entry.record.eventTime);
      if (time < start || time > end) return false;
      return !attribute || matchesLookupAttribute(entry, attribute.AttributeKey, attribute.AttributeValue);
    })
    .map((entry) => ({ entry, time: Date.parse(entry.record.eventTime) }))
    .sort((a, b) => b.time - a.time || b.entry.seq - a.entry.seq)
    .filter(({ entry, time }) => !after || time < after.time || (time === after.time && entry.seq < after.seq));

  const page = selected.slice(0, maxResults);
  const last = page[page.length - 1];
  return {
    Events: page.map(({ entry }) => toLookupEvent(entry)),
    ...(selected.length > maxResults && last && { NextToken: encodeCursor(TOKEN_PREFIX, `${last.time}:${last.entry.seq}`) }),
  };
}
