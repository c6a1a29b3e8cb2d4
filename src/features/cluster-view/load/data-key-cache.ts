// A client-side data-key cache, like the AWS Encryption SDK's caching cryptographic materials manager:
// one data key from GenerateDataKey is reused for up to `maxMessages` messages and for at most
// `maxAgeMs`, so most messages make no KMS call at all. That is how an application stays far below
// its KMS request quota, at the price of each data key protecting more data.
//
// Concurrent misses share one GenerateDataKey call (single flight) instead of each making their own,
// and a plaintext data key is wiped (zeroed) the moment the cache lets go of it (STYLE.md §6).

export interface DataKey {
  plaintext: Uint8Array;
  ciphertextBlob: Uint8Array;
}

export interface CacheLimits {
  /** Messages one data key may protect before a fresh one is fetched. */
  maxMessages: number;
  /** Milliseconds a data key may be reused after it was fetched. */
  maxAgeMs: number;
}

interface Entry {
  key: DataKey;
  fetchedAt: number;
  messages: number;
}

export class DataKeyCache {
  #entry: Entry | null = null;
  #pending: Promise<void> | null = null;

  constructor(
    readonly limits: CacheLimits,
    private readonly now: () => number,
  ) {
    if (!(limits.maxMessages >= 1) || !(limits.maxAgeMs > 0)) throw new RangeError('A cache keeps a key for at least one message and a positive time.');
  }

  #usable(entry: Entry): boolean {
    return entry.messages < this.limits.maxMessages && this.now() - entry.fetchedAt < this.limits.maxAgeMs;
  }

  /**
   * The data key for one message: the cached one while it is young enough and not used up, else a
   * fresh one from `fetch` (a GenerateDataKey call). The caller uses the plaintext at once and keeps
   * no reference to it: the cache wipes it on eviction.
   */
  async get(fetch: () => Promise<DataKey>): Promise<{ key: DataKey; cached: boolean }> {
    for (;;) {
      const entry = this.#entry;
      if (entry && this.#usable(entry)) {
        entry.messages++;
        return { key: entry.key, cached: true };
      }
      if (entry) this.clear();
      if (!this.#pending) break;
      // Another message is fetching: wait for its key rather than calling KMS a second time. If its
      // call failed, loop and fetch on this message's own account.
      await this.#pending;
    }
    const fetching = fetch();
    this.#pending = fetching.then(
      () => undefined,
      () => undefined,
    );
    try {
      const key = await fetching;
      this.clear();
      this.#entry = { key, fetchedAt: this.now(), messages: 1 };
      return { key, cached: false };
    } finally {
      this.#pending = null;
    }
  }

  /** Evicts the cached key and zeroes its plaintext. */
  clear(): void {
    this.#entry?.key.plaintext.fill(0);
    this.#entry = null;
  }
}
