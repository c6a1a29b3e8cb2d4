import { describe, expect, it } from 'vitest';
import { timeLeft } from './countdown';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('countdown text', () => {
  it('shows days and hours while days remain, rounded down', () => {
    expect(timeLeft(7 * DAY, 0)).toBe('7 days left');
    expect(timeLeft(7 * DAY, HOUR - 1)).toBe('6 days 23 hours left');
    expect(timeLeft(DAY + HOUR, 0)).toBe('1 day 1 hour left');
  });

  it('shows hours and minutes within a day, minutes within an hour', () => {
    expect(timeLeft(5 * HOUR + 30 * MIN, 0)).toBe('5 hours 30 minutes left');
    expect(timeLeft(2 * MIN + 59_000, 0)).toBe('2 minutes left');
    expect(timeLeft(59_000, 0)).toBe('less than a minute left');
  });

  it('says the date is due once it has come', () => {
    expect(timeLeft(1000, 1000)).toBe('due now');
    expect(timeLeft(1000, 5000)).toBe('due now');
  });
});
