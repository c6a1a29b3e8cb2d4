import { describe, expect, it } from 'vitest';
import { filterTrail, lookupEventOf } from './filter';
import { FAKE_START, fakeEntries } from './test-records';

const entries = fakeEntries(200);
const now = FAKE_START + 200_000;
const names = (outcome: ReturnType<typeof filterTrail>) => (outcome.ok ? outcome.entries.map((entry) => entry.record.eventID) : outcome.error.name);

describe('event history filter', () => {
  it("shows one Region's events, newest first", () => {
    const outcome = filterTrail(entries, 'us-east-1', {}, now);
    expect(outcome.ok && outcome.entries).toHaveLength(160);
    const ids = names(outcome) as string[];
    expect(ids[0]).toBe('event-199');
    expect(ids.at(-1)).toBe('event-1');
  });

  it('filters by one lookup attribute with LookupEvents semantics', () => {
    const byName = filterTrail(entries, 'us-east-1', { attribute: { key: 'EventName', value: 'Encrypt' } }, now);
    expect(byName.ok && byName.entries.every((entry) => entry.record.eventName === 'Encrypt')).toBe(true);
    expect(byName.ok && byName.entries).toHaveLength(40);
    // ResourceName matches the whole ARN or what follows its last slash (the key id).
    const byKey = filterTrail(entries, 'us-east-1', { attribute: { key: 'ResourceName', value: 'key-3' } }, now);
    expect(byKey.ok && byKey.entries.length).toBeGreaterThan(0);
    expect(byKey.ok && byKey.entries.every((entry) => entry.record.resources![0]!.ARN.endsWith('/key-3'))).toBe(true);
    const readOnly = filterTrail(entries, 'us-east-1', { attribute: { key: 'ReadOnly', value: 'true' } }, now);
    expect(readOnly.ok && readOnly.entries.every((entry) => entry.record.readOnly)).toBe(true);
    const user = filterTrail(entries, 'us-east-1', { attribute: { key: 'Username', value: 'Bob' } }, now);
    expect(user.ok && user.entries).toHaveLength(80);
    const byId = filterTrail(entries, 'us-east-1', { attribute: { key: 'EventId', value: 'event-7' } }, now);
    expect(names(byId)).toEqual(['event-7']);
    // Exact match, as CloudTrail: no partial or case-insensitive matches.
    expect(names(filterTrail(entries, 'us-east-1', { attribute: { key: 'EventName', value: 'encrypt' } }, now))).toEqual([]);
  });

  it('applies an inclusive time range', () => {
    const outcome = filterTrail(entries, 'us-east-1', { start: new Date(FAKE_START + 10_000), end: new Date(FAKE_START + 13_000) }, now);
    expect(names(outcome)).toEqual(['event-13', 'event-12', 'event-11']);
  });

  it('reports a reversed time range as CloudTrail does and selects nothing', () => {
    const outcome = filterTrail(entries, 'us-east-1', { start: new Date(now), end: new Date(FAKE_START) }, now);
    expect(outcome).toEqual({ ok: false, error: { name: 'InvalidTimeRangeException', message: 'Start time must be before end time.' } });
  });

  it('keeps every Region of an imported file when no Region is given, and the live view to 90 days', () => {
    const all = filterTrail(entries, null, {}, 0);
    expect(all.ok && all.entries).toHaveLength(200);
    const later = FAKE_START + 91 * 86_400_000;
    expect(filterTrail(entries, 'us-east-1', {}, later)).toEqual({ ok: true, entries: [] });
  });

  it('shows the user name and resources LookupEvents reports', () => {
    expect(lookupEventOf(entries[1]!)).toMatchObject({ Username: 'Bob', EventName: 'Decrypt', Resources: [{ ResourceType: 'AWS::KMS::Key' }] });
  });

  it('filters 100,000 events by attribute, exactly (the page-level smoothness is an e2e test)', () => {
    const many = fakeEntries(100_000);
    const byName = filterTrail(many, 'us-east-1', { attribute: { key: 'EventName', value: 'Decrypt' } }, FAKE_START + 100_000_000);
    expect(byName.ok && byName.entries).toHaveLength(20_000);
    expect(byName.ok && byName.entries.every((entry) => entry.record.eventName === 'Decrypt')).toBe(true);
  });
});
