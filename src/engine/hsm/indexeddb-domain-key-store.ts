// The HSM's domain keys in IndexedDB, in a database of their own (`kms-lab-hsm`), so that the
// engine's storage (`kms-lab`) never holds them, as in AWS, where domain keys live only in the HSM
// fleet. Each is a non-extractable CryptoKey stored as a structured-clone value: the browser keeps
// the key object, and its bytes are never readable, not even by this code.
//
// What this does not protect against: the database belongs to the page's origin, so any script of
// that origin can open it and use the domain key to unwrap a token as an *extractable* key (unwrapKey
// lets the caller choose). A browser has no storage that only a Worker can reach; the Worker keeps key
// material out of the page's memory, not out of the origin. KMS Lab is a teaching simulator, and this
// is one place where a real HSM's tamper-resistant boundary cannot be reproduced in a browser.

import { openDB, type IDBPDatabase } from 'idb';
import type { DomainKeyStore } from './domain-key-store';

export const HSM_DATABASE_NAME = 'kms-lab-hsm';
const VERSION = 1;
const STORE = 'domain-keys';

export function indexedDbDomainKeyStore(name = HSM_DATABASE_NAME): DomainKeyStore {
  let opening: Promise<IDBPDatabase> | null = null;
  const database = () => {
    opening ??= openDB(name, VERSION, {
      upgrade(db) {
        if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE);
      },
    });
    // A failed open (storage blocked for a moment) must not stick: the next request tries again.
    opening.catch(() => (opening = null));
    return opening;
  };

  return {
    async get(region) {
      const value: unknown = await (await database()).get(STORE, region);
      return value instanceof CryptoKey ? value : undefined;
    },
    async put(region, key) {
      if (key.extractable) throw new TypeError('A domain key must be non-extractable.');
      const tx = (await database()).transaction(STORE, 'readwrite');
      // add, not put: if another tab's HSM stored this Region's domain key first, this write fails
      // rather than replacing it (which would strand every token wrapped under theirs). The HSM core
      // then forgets its own key and reads theirs on the next request.
      await Promise.all([tx.store.add(key, region), tx.done]);
    },
  };
}
