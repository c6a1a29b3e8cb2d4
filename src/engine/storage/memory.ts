import type { Cloneable, Storage, StorageBatch } from '../ports';

/**
 * Storage in memory, with the same semantics as IndexedDB: values are structured-cloned on the way
 * in and out (so callers never share objects with the store), and a commit lands whole or not at all.
 * Two engines given the same MemoryStorage see each other's committed writes, like a re-opened database.
 */
export class MemoryStorage implements Storage {
  readonly kind = 'memory';
  #state = new Map<string, Cloneable>();
  #trail: Cloneable[] = [];
  /** For tests of the all-or-nothing rule: the next commit fails before it changes anything. */
  failNextCommit = false;

  load() {
    return Promise.resolve(structuredClone({ state: [...this.#state], trail: this.#trail }));
  }

  commit(batch: StorageBatch) {
    if (this.failNextCommit) {
      this.failNextCommit = false;
      return Promise.reject(new Error('Simulated storage failure.'));
    }
    const copy = structuredClone(batch);
    for (const [key, value] of copy.put) this.#state.set(key, value);
    for (const key of copy.delete) this.#state.delete(key);
    this.#trail.push(...copy.trail);
    return Promise.resolve();
  }

  replace(state: Array<[string, Cloneable]>, trail: Cloneable[]) {
    const copy = structuredClone({ state, trail });
    this.#state = new Map(copy.state);
    this.#trail = copy.trail;
    return Promise.resolve();
  }

  close() {}
}
