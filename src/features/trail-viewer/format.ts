import type { TrailEntry } from '../../engine/index';
import { lookupEventOf } from './filter';

/** The console's event time, to the second, in UTC (the simulated clock's zone). */
export function eventTimeText(entry: TrailEntry): string {
  return entry.record.eventTime.replace('T', ' ').replace(/Z$/, ' UTC');
}

export function userNameOf(entry: TrailEntry): string {
  return lookupEventOf(entry)?.Username ?? '—';
}

/** The resource column: the key's ARN as recorded, shortened to `key/<id>` or `alias/<name>`. */
export function resourceOf(entry: TrailEntry): { short: string; full: string } | null {
  const resources = lookupEventOf(entry)?.Resources ?? [];
  const first = resources[0];
  if (!first) return null;
  const slash = first.ResourceName.indexOf(':key/') >= 0 ? first.ResourceName.indexOf(':key/') + 1 : first.ResourceName.indexOf(':alias/') + 1;
  const short = slash > 0 ? first.ResourceName.slice(slash) : first.ResourceName;
  return { short: resources.length > 1 ? `${short} +${resources.length - 1}` : short, full: resources.map((r) => r.ResourceName).join(', ') };
}

export const countText = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
