// How KMS Lab writes simulated time everywhere (header clock, console dates, announcements): in UTC, as
// CloudTrail records it, so dates compare at a glance and read the same in every time zone.

const full = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const toMinute = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "Thu, 1 Jan 2026, 10:00:00 UTC" */
export const formatSimulatedTime = (ms: number) => `${full.format(ms)} UTC`;

/** "1 Jan 2026, 10:00 UTC", for announcements (seconds would only be noise there). */
export const formatSimulatedMinute = (ms: number) => `${toMinute.format(ms)} UTC`;
