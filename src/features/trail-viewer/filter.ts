// The event history's one lookup attribute and time range, checked and matched by the engine's own
// LookupEvents rules (so EventName, ResourceName, ReadOnly… match exactly as `aws cloudtrail
// lookup-events` matches them), applied to every event at once rather than fifty a page, newest first.

import { EVENT_HISTORY_DAYS, isKmsError, lookupEvents, matchesLookupAttribute, toLookupEvent, type LookupAttributeKey, type LookupEvent, type TrailEntry } from '../../engine/index';

export interface TrailFilter {
  /** One lookup attribute, as the console and LookupEvents allow; none when the value is empty. */
  attribute?: { key: LookupAttributeKey; value: string };
  /** Inclusive bounds; without them, the live trail shows the last 90 days and a file shows everything. */
  start?: Date;
  end?: Date;
}

export type FilterOutcome = { ok: true; entries: readonly TrailEntry[] } | { ok: false; error: { name: string; message: string } };

const DAY_MS = 86_400_000;
const FAR_FUTURE = 8.64e15;
const STEP = 2_000;

const times = new WeakMap<TrailEntry, number>();
export function timeOf(entry: TrailEntry): number {
  let time = times.get(entry);
  if (time === undefined) {
    time = Date.parse(entry.record.eventTime);
    times.set(entry, time);
  }
  return time;
}

/**
 * The entries a filter selects, newest first. `region` limits them to one Region, as the console's
 * event history does; null keeps every Region (an imported file). `now` is the simulated clock.
 */
export function filterTrail(entries: readonly TrailEntry[], region: string | null, filter: TrailFilter, now: number): FilterOutcome {
  const steps = filterSteps(entries, region, filter, now);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, a slice of work at a time: the view runs it between frames (see use-filtered-trail.ts) so
 * typing in the filter stays smooth at 100,000 events. Each yield comes after about STEP entries.
 */
export function* filterSteps(entries: readonly TrailEntry[], region: string | null, filter: TrailFilter, now: number): Generator<void, FilterOutcome> {
  const start = filter.start?.getTime() ?? (region === null ? 0 : now - EVENT_HISTORY_DAYS * DAY_MS);
  const end = filter.end?.getTime() ?? (region === null ? FAR_FUTURE : now);
  const attribute = filter.attribute && filter.attribute.value !== '' ? filter.attribute : undefined;
  const input = {
    ...(attribute && { LookupAttributes: [{ AttributeKey: attribute.key, AttributeValue: attribute.value }] }),
    StartTime: new Date(start),
    EndTime: new Date(end),
  };
  try {
    // The engine checks the request once (value length, time range) and names what is wrong the way
    // CloudTrail does.
    lookupEvents([], region ?? 'us-east-1', input, now);
  } catch (error) {
    if (isKmsError(error)) return { ok: false, error: { name: error.name, message: error.message } };
    throw error;
  }

  const inRange: TrailEntry[] = [];
  for (let from = 0; from < entries.length; from += STEP) {
    for (let i = from; i < Math.min(from + STEP, entries.length); i++) {
      const entry = entries[i]!;
      if (region !== null && entry.record.awsRegion !== region) continue;
      const time = timeOf(entry);
      if (time >= start && time <= end) inRange.push(entry);
    }
    yield;
  }
  let selected = inRange;
  if (attribute) {
    selected = [];
    for (let from = 0; from < inRange.length; from += STEP) {
      for (let i = from; i < Math.min(from + STEP, inRange.length); i++) {
        if (matchesLookupAttribute(inRange[i]!, attribute.key, attribute.value)) selected.push(inRange[i]!);
      }
      yield;
    }
  }
  return { ok: true, entries: sortNewestFirst(selected) };
}

/** Newest first. The live trail is written in time order, so usually this is a reversal. */
function sortNewestFirst(entries: TrailEntry[]): TrailEntry[] {
  const times = entries.map(timeOf);
  let ordered = true;
  for (let i = 1; i < entries.length && ordered; i++) ordered = times[i]! > times[i - 1]! || (times[i] === times[i - 1] && entries[i]!.seq > entries[i - 1]!.seq);
  if (ordered) return entries.reverse();
  const order = entries.map((_, i) => i).sort((a, b) => times[b]! - times[a]! || entries[b]!.seq - entries[a]!.seq);
  return order.map((i) => entries[i]!);
}

const shown = new WeakMap<TrailEntry, LookupEvent>();
/** The event as LookupEvents reports it (user name, resources), worked out for the rows on screen only. */
export function lookupEventOf(entry: TrailEntry): LookupEvent | undefined {
  let event = shown.get(entry);
  if (!event) {
    try {
      event = toLookupEvent(entry);
    } catch {
      // An imported record may lack what the event needs; the row shows the record's own fields.
      return undefined;
    }
    shown.set(entry, event);
  }
  return event;
}
