// Response timestamps as AWS CLI v2 prints them: Python's isoformat() in UTC.

import { describe, expect, it } from 'vitest';
import { isoTimestamp, withCliTimestamps } from './timestamps';

describe('isoTimestamp', () => {
  it('prints microseconds only when there are any, and +00:00', () => {
    expect(isoTimestamp(1795949742.123)).toBe('2026-11-29T10:55:42.123000+00:00');
    expect(isoTimestamp(1795949742)).toBe('2026-11-29T10:55:42+00:00');
    expect(isoTimestamp(1066918.951)).toBe('1970-01-13T08:21:58.951000+00:00');
  });

  it('rewrites only the members that are timestamps in the model', () => {
    expect(withCliTimestamps({ KeyMetadata: { CreationDate: 0, PendingDeletionWindowInDays: 7 }, Events: [{ EventTime: 1.5 }] })).toEqual({
      KeyMetadata: { CreationDate: '1970-01-01T00:00:00+00:00', PendingDeletionWindowInDays: 7 },
      Events: [{ EventTime: '1970-01-01T00:00:01.500000+00:00' }],
    });
  });
});
