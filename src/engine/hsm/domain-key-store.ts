// Where an HSM keeps its Regions' domain keys. They are non-extractable CryptoKeys: stored as
// structured-clone handles (IndexedDB keeps them that way in the browser), never as bytes.

export interface DomainKeyStore {
  get(region: string): Promise<CryptoKey | undefined>;
  put(region: string, key: CryptoKey): Promise<void>;
}

export function memoryDomainKeyStore(): DomainKeyStore {
  const keys = new Map<string, CryptoKey>();
  return {
    get: (region) => Promise.resolve(keys.get(region)),
    put: (region, key) => {
      keys.set(region, key);
      return Promise.resolve();
    },
  };
}

/**
 * The domain keys of an HSM fleet: every HSM of a Region uses the same domain key (as in AWS KMS,
 * where the HSMs of a domain share it), so a token made in one AZ unwraps in any other. Creation is
 * memoised here, not per HSM, so two HSMs asking at once never mint two different keys.
 */
export interface DomainKeys {
  forRegion(region: string): Promise<CryptoKey>;
}

export function createDomainKeys(store: DomainKeyStore = memoryDomainKeyStore()): DomainKeys {
  const pending = new Map<string, Promise<CryptoKey>>();
  return {
    forRegion(region) {
      let key = pending.get(region);
      if (!key) {
        key = (async () => {
          const existing = await store.get(region);
          if (existing) return existing;
          const created = await globalThis.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'unwrapKey']);
          await store.put(region, created);
          return created;
        })();
        key.catch(() => pending.delete(region));
        pending.set(region, key);
      }
      return key;
    },
  };
}
