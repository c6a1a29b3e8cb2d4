// Simulated network and HSM latency, for the flows to show. Deterministic for a seed (mulberry32), and
// zero unless a base latency is configured, so tests never wait and never vary.

export interface LatencyOptions {
  /** Typical latency of a request on a warm connection, in ms (default 0). Illustrative, not measured. */
  baseMs?: number;
  /** Uniform jitter added on top, 0…jitterMs (default 0). */
  jitterMs?: number;
  seed?: number;
}

export class LatencyModel {
  #state: number;
  readonly baseMs: number;
  readonly jitterMs: number;

  constructor(options: LatencyOptions = {}) {
    this.baseMs = options.baseMs ?? 0;
    this.jitterMs = options.jitterMs ?? 0;
    this.#state = (options.seed ?? 0x6b6d73) >>> 0;
  }

  #next(): number {
    let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Latency of one request served by an AZ that adds `azExtraMs`. */
  sample(azExtraMs: number): number {
    const jitter = this.jitterMs > 0 ? this.#next() * this.jitterMs : 0;
    return Math.round((this.baseMs + jitter + azExtraMs) * 10) / 10;
  }
}
