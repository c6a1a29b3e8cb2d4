// A fresh engine for the content tests: simulated time, memory storage, and (unless asked otherwise)
// request quotas high enough that a test's burst of calls on a clock that never moves is not throttled.
// Used by *.test.ts only.

import { createKms, ManualClock, MemoryStorage, type Kms, type QuotaGroup } from '../engine/index';

/** 2026-01-01T00:00:00Z. */
export const TEST_START = Date.UTC(2026, 0, 1);

const GROUPS: readonly QuotaGroup[] = ['symmetric', 'asymmetric', 'describe', 'management'];

export async function testKms(options: { quotas?: 'aws' | 'unlimited' } = {}): Promise<{ kms: Kms; clock: ManualClock }> {
  const clock = new ManualClock(TEST_START);
  const kms = await createKms({ clock, storage: new MemoryStorage() });
  if ((options.quotas ?? 'unlimited') === 'unlimited') {
    for (const region of kms.regions) for (const group of GROUPS) kms.simulation.setQuota(region.name, group, 1e9);
  }
  return { kms, clock };
}
