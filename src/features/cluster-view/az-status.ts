// What a learner should read about one AZ or one Region, derived from the engine's health report.
// The engine reports raw facts (state, destroyed, lag, serving); this turns them into the five
// conditions the view names: up, down, partitioned, destroyed, catching up.

import type { AzHealth, RegionHealth } from '../../engine/index';

export type AzCondition = 'up' | 'down' | 'partitioned' | 'destroyed' | 'catching-up';

export interface AzStatus {
  condition: AzCondition;
  /** Short words for a badge or a table cell. */
  label: string;
  /** The storage replica in words: its version and how far behind it is. */
  replica: string;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

export function azStatus(region: RegionHealth, az: AzHealth): AzStatus {
  const replica = az.destroyed
    ? 'destroyed: rebuilt from a peer when its AZ is up'
    : az.lag > 0
      ? `version ${az.replicaVersion}, ${plural(az.lag, 'write')} behind`
      : `version ${az.replicaVersion}, current`;
  const destroyed = az.destroyed ? ', replica destroyed' : '';
  if (region.state === 'down') return { condition: 'down', label: `Down (Region down)${destroyed}`, replica };
  if (az.state === 'down') return { condition: 'down', label: `Down${destroyed}`, replica };
  if (az.state === 'partitioned') return { condition: 'partitioned', label: `Partitioned${destroyed}`, replica };
  // Up but not serving: AZ-4 keeps a replica that has no current peer to copy from out of service.
  if (az.destroyed) return { condition: 'destroyed', label: 'Replica destroyed, waiting for a current peer', replica };
  if (!az.serving) return { condition: 'catching-up', label: 'Catching up, waiting for a current peer', replica };
  return { condition: 'up', label: 'Up', replica };
}

export type RegionCondition = 'healthy' | 'read-only' | 'unavailable';

/** What a Region can do now, in the words of SPEC AZ-2. */
export function regionStatus(region: RegionHealth): { condition: RegionCondition; label: string; detail: string } {
  const serving = region.azs.filter((az) => az.serving).length;
  const of = `${serving} of ${region.azs.length} AZs serving`;
  if (region.state === 'down') return { condition: 'unavailable', label: 'Region down', detail: 'Every request fails with KMSInternalException.' };
  if (!region.readable) return { condition: 'unavailable', label: `Unavailable: ${of}`, detail: 'Every request fails with KMSInternalException until an AZ returns.' };
  if (!region.writable) {
    return {
      condition: 'read-only',
      label: `Changes refused: ${of}`,
      detail: 'Reads and cryptographic calls work; changes fail with KMSInternalException until a second AZ returns.',
    };
  }
  return { condition: 'healthy', label: `Healthy: ${of}`, detail: 'Every request works, changes included.' };
}

export { plural };
