import { snapshotSummary, type SimulatorSnapshot } from '../../engine/index';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "3 keys, 1 alias and 41 CloudTrail records" */
export function describeSnapshot(snapshot: SimulatorSnapshot): string {
  const { keys, aliases, records } = snapshotSummary(snapshot);
  return `${count(keys, 'key', 'keys')}, ${count(aliases, 'alias', 'aliases')} and ${count(records, 'CloudTrail record', 'CloudTrail records')}`;
}
