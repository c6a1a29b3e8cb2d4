// Request quotas per account and Region, as token buckets on the simulation clock
// (developer guide "Request quotas"; ../../../../shared/reference/kms-api.md §9.1). Each bucket holds
// one second of its rate and refills continuously, so a burst up to the quota passes and anything
// faster is throttled with AWS's ThrottlingException.

export type QuotaGroup = 'symmetric' | 'asymmetric' | 'describe' | 'management';

/** Operations sharing the "Cryptographic operations (symmetric)" quota. */
const SYMMETRIC = new Set(['Encrypt', 'Decrypt', 'ReEncrypt', 'GenerateDataKey', 'GenerateDataKeyWithoutPlaintext', 'GenerateRandom', 'GenerateMac', 'VerifyMac']);
const ASYMMETRIC = new Set(['Sign', 'Verify', 'GetPublicKey', 'GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext', 'DeriveSharedSecret']);

/** Per-operation quotas of AWS's table (requests per second). Operations not listed: 5. */
const OPERATION_QUOTAS: Record<string, number> = {
  DescribeKey: 2000,
  ListResourceTags: 2000,
  GetKeyPolicy: 1000,
  GetKeyRotationStatus: 1000,
  ListAliases: 500,
  ListKeys: 500,
  ListKeyPolicies: 100,
  ListKeyRotations: 100,
  DeleteAlias: 15,
  EnableKeyRotation: 15,
  PutKeyPolicy: 15,
  ScheduleKeyDeletion: 15,
  TagResource: 10,
};
const DEFAULT_OPERATION_QUOTA = 5;

/** 100,000 in us-east-1, us-west-2 and eu-west-1; 20,000 in six more Regions; 10,000 elsewhere. */
export function defaultSymmetricQuota(region: string): number {
  if (['us-east-1', 'us-west-2', 'eu-west-1'].includes(region)) return 100_000;
  if (['us-east-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-northeast-1', 'eu-central-1', 'eu-west-2'].includes(region)) return 20_000;
  return 10_000;
}

export function quotaGroupOf(operation: string): QuotaGroup {
  if (SYMMETRIC.has(operation)) return 'symmetric';
  if (ASYMMETRIC.has(operation)) return 'asymmetric';
  if (operation === 'DescribeKey') return 'describe';
  return 'management';
}

class TokenBucket {
  #tokens: number;
  #updatedAt: number;

  constructor(
    public perSecond: number,
    now: number,
  ) {
    this.#tokens = perSecond;
    this.#updatedAt = now;
  }

  take(now: number): boolean {
    const elapsed = Math.max(0, now - this.#updatedAt);
    this.#tokens = Math.min(this.perSecond, this.#tokens + (elapsed * this.perSecond) / 1000);
    this.#updatedAt = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }

  setRate(perSecond: number): void {
    this.perSecond = perSecond;
    this.#tokens = Math.min(this.#tokens, perSecond);
  }
}

export interface QuotaSetting {
  group: QuotaGroup;
  /** For the management group, the operation the number applies to. */
  operation?: string;
  perSecond: number;
}

/** The request quotas of one account in one Region. */
export class RegionQuotas {
  readonly #buckets = new Map<string, TokenBucket>();
  readonly #overrides = new Map<string, number>();

  constructor(readonly region: string) {}

  /** The bucket a request draws from: shared per group, per operation for management calls. */
  #bucketName(operation: string): string {
    const group = quotaGroupOf(operation);
    return group === 'management' ? `management:${operation}` : group;
  }

  limitOf(operation: string): number {
    const name = this.#bucketName(operation);
    const override = this.#overrides.get(name) ?? this.#overrides.get(quotaGroupOf(operation));
    if (override !== undefined) return override;
    switch (quotaGroupOf(operation)) {
      case 'symmetric':
        return defaultSymmetricQuota(this.region);
      case 'asymmetric':
        return 1000;
      case 'describe':
        return 2000;
      case 'management':
        return OPERATION_QUOTAS[operation] ?? DEFAULT_OPERATION_QUOTA;
    }
  }

  /** True when the request may proceed; false when it is throttled. */
  take(operation: string, now: number): boolean {
    const name = this.#bucketName(operation);
    let bucket = this.#buckets.get(name);
    if (!bucket) this.#buckets.set(name, (bucket = new TokenBucket(this.limitOf(operation), now)));
    return bucket.take(now);
  }

  /** A quota increase (or a decrease for a demo). For 'management', every management operation. */
  set(group: QuotaGroup, perSecond: number): void {
    if (!Number.isFinite(perSecond) || perSecond <= 0) throw new RangeError('A quota is a positive number of requests per second.');
    for (const name of [...this.#overrides.keys()]) if (name.startsWith(`${group}:`)) this.#overrides.delete(name);
    this.#overrides.set(group, perSecond);
    for (const [name, bucket] of this.#buckets) {
      if (name === group || name.startsWith(`${group}:`)) bucket.setRate(perSecond);
    }
  }

  /** Current limits by group, for the cluster view. */
  summary(): Record<QuotaGroup, number> {
    return {
      symmetric: this.limitOf('GenerateDataKey'),
      asymmetric: this.limitOf('Sign'),
      describe: this.limitOf('DescribeKey'),
      management: this.limitOf('CreateKey'),
    };
  }
}
