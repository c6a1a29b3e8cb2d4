// A cluster change in words for the live region: the engine's own description, then each repair it
// caused ("us-east-1c caught up from us-east-1a (2 writes)").

import type { FleetChange } from '../../engine/index';
import { plural } from './az-status';

export function describeRepair(repair: FleetChange): string {
  if (repair.kind === 'caught-up') return `${repair.az} caught up from ${repair.from} (${plural(repair.writes, 'write')}).`;
  return `${repair.az} was rebuilt from ${repair.from} (${plural(repair.keys, 'key')}, ${plural(repair.aliases, 'alias', 'aliases')}).`;
}

export function narrateChange(change: { description: string; repairs: readonly FleetChange[] }): string {
  return [change.description, ...change.repairs.map(describeRepair)].join(' ');
}
