// An engine for one test: simulated time, memory storage, and an in-process HSM whose domain keys the
// test holds, so it can reopen the same store (STORE-2) or look inside the boundary (HSM-1 … HSM-6).

import { createKms, ManualClock, MemoryStorage, type Kms, type KmsOptions, type QuotaGroup, type SendContext } from '../engine/index';
import { memoryDomainKeyStore, type DomainKeyStore } from '../engine/hsm/domain-key-store';
import { createInProcessHsm, type InProcessHsmOptions } from '../engine/hsm/in-process';

/** 2026-01-01T00:00:00Z, the ManualClock's default start, named so tests can compute dates from it. */
export const START = Date.UTC(2026, 0, 1);
export const DAY_MS = 24 * 60 * 60 * 1000;
export const ACCOUNT = '111122223333';

const QUOTA_GROUPS: readonly QuotaGroup[] = ['symmetric', 'asymmetric', 'describe', 'management'];
const UNLIMITED = 1e9;

export interface KeyHandle {
  KeyId: string;
  Arn: string;
}

export interface Fixture {
  kms: Kms;
  clock: ManualClock;
  storage: MemoryStorage;
  domainKeys: DomainKeyStore;
  /** CreateKey with `input`, returning the new key's ID and ARN. */
  createKey: (input?: Record<string, unknown>, context?: SendContext) => Promise<KeyHandle>;
  /** A second engine on the same storage, HSM domain keys and clock: a reopened store. */
  reopen: (options?: FixtureOptions) => Promise<Fixture>;
}

export interface FixtureOptions extends Omit<KmsOptions, 'hsm' | 'clock' | 'storage'> {
  clock?: ManualClock;
  storage?: MemoryStorage;
  domainKeys?: DomainKeyStore;
  /** Passed to the in-process HSM (tap, random). */
  hsm?: Omit<InProcessHsmOptions, 'domainKeys'>;
  /**
   * AWS's request quotas (5 CreateKey a second …) or, by default, none to speak of: on a clock that
   * only moves when told, a test's burst of management requests would otherwise be throttled. Quota
   * rules have their own tests (cluster/).
   */
  quotas?: 'aws' | 'unlimited';
}

export async function newKms(options: FixtureOptions = {}): Promise<Fixture> {
  const { clock = new ManualClock(START), storage = new MemoryStorage(), domainKeys = memoryDomainKeyStore(), hsm, quotas = 'unlimited', ...rest } = options;
  const kms = await createKms({ ...rest, clock, storage, hsm: createInProcessHsm({ ...hsm, domainKeys }) });
  if (quotas === 'unlimited') {
    for (const region of kms.regions) for (const group of QUOTA_GROUPS) kms.simulation.setQuota(region.name, group, UNLIMITED);
  }
  return {
    kms,
    clock,
    storage,
    domainKeys,
    async createKey(input = {}, context) {
      const { KeyMetadata } = (await kms.send('CreateKey', input, context)) as { KeyMetadata: KeyHandle };
      return { KeyId: KeyMetadata.KeyId, Arn: KeyMetadata.Arn };
    },
    reopen: (more = {}) => newKms({ ...rest, clock, storage, domainKeys, quotas, ...more }),
  };
}

/** The rejection of `promise`; fails the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error & { detail?: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`Rejected with a non-Error: ${String(error)}`, { cause: error });
  }
  throw new Error('Expected the request to fail, but it succeeded.');
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A copy of `bytes` with the byte at `index` XORed with `mask` (a tampered ciphertext or token). */
export function flipped(bytes: Uint8Array, index: number, mask = 0x01): Uint8Array {
  const copy = bytes.slice();
  copy[index] = copy[index]! ^ mask;
  return copy;
}
