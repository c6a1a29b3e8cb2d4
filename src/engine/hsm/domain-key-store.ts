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
