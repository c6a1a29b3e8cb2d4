import type { Cloneable, Storage, StorageBatch } from '../ports';

/**
 * Storage in memory, with the semantics of IndexedDB that matter here: a commit lands whole or not at
 * all, and what load() returns is a structured clone, so two engines given the same MemoryStorage see
 * each other's committed writes, like a re-opened database, without sharing objects. Commits keep the
 * engine's values as given rather than cloning them: the engine never changes a record after writing
 * it (it writes a new one), and cloning every request's batch was a fifth of the engine's time.
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
    for (const [key, value] of batch.put) this.#state.set(key, value);
    for (const key of batch.delete) this.#state.delete(key);
    this.#trail.push(...batch.trail);
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
