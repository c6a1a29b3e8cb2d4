// The engine's ports: everything it needs from the world arrives through these, so tests and
// lessons can pin time and randomness, and the browser can put the HSM in a Worker.

/** Simulated time in epoch milliseconds. Every timed rule reads this, never Date.now(). */
export interface Clock {
  now(): number;
  /** Called after time jumps forward (ManualClock.advance), so KMS can run what fell due. */
  onAdvance?(listener: () => void): () => void;
}

/** Randomness for identifiers (key IDs, request IDs). The HSM has its own source inside the boundary. */
export interface Random {
  fill(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>;
}

/** A value that survives a structured clone: what storage and the HSM boundary may carry. */
export type Cloneable =
  | string
  | number
  | boolean
  | null
  | undefined
  | Uint8Array
  | Cloneable[]
  | { [key: string]: Cloneable };

/** One atomic batch of writes: a request's state changes plus its CloudTrail record. */
export interface StorageBatch {
  put: Array<[key: string, value: Cloneable]>;
  delete: string[];
  trail: Cloneable[];
}

/**
 * Durable storage. `commit` is all-or-nothing. Values are structured-clone values (Uint8Array
 * tokens, plain objects); nothing is serialised to bytes.
 */
export interface Storage {
  readonly kind: 'memory' | 'indexeddb';
  load(): Promise<{ state: Array<[string, Cloneable]>; trail: Cloneable[] }>;
  commit(batch: StorageBatch): Promise<void>;
  /** Replace everything (reset, import). All-or-nothing too. */
  replace(state: Array<[string, Cloneable]>, trail: Cloneable[]): Promise<void>;
  close(): void;
}
