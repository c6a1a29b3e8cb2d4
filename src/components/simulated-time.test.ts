import { describe, expect, it } from 'vitest';
import { formatSimulatedMinute, formatSimulatedTime } from './simulated-time';

describe('simulated time', () => {
  it('is written in UTC, whatever the machine’s time zone', () => {
    expect(formatSimulatedMinute(Date.UTC(2026, 10, 29, 13, 5))).toBe('29 Nov 2026, 13:05 UTC');
    expect(formatSimulatedTime(Date.UTC(2026, 0, 1, 10, 0, 7))).toBe('Thu, 1 Jan 2026, 10:00:07 UTC');
  });
});
