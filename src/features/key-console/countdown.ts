// Words for the time left until a date on the simulation clock ("6 days 23 hours left").

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * The time from `now` to `due`, in the two largest units that matter: days and hours while days
 * remain, hours and minutes within a day, minutes within an hour. Rounded down, so a countdown never
 * says more time is left than there is.
 */
export function timeLeft(due: number, now: number): string {
  const left = due - now;
  if (left <= 0) return 'due now';
  const days = Math.floor(left / DAY);
  const hours = Math.floor((left % DAY) / HOUR);
  const minutes = Math.floor((left % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${plural(days, 'day')} ${plural(hours, 'hour')} left` : `${plural(days, 'day')} left`;
  if (hours > 0) return minutes > 0 ? `${plural(hours, 'hour')} ${plural(minutes, 'minute')} left` : `${plural(hours, 'hour')} left`;
  return minutes > 0 ? `${plural(minutes, 'minute')} left` : 'less than a minute left';
}
