// The entry point of the HSM Web Worker. The app starts it with
//   new Worker(new URL('../engine/hsm/worker-shell.ts', import.meta.url), { type: 'module' })
// and engine/index.ts never imports it (it has side effects, and Node has no worker scope).
// Here, and only here, key material exists in the browser: domain keys in IndexedDB as
// non-extractable CryptoKeys, backing keys unwrapped into non-extractable CryptoKeys in memory.

import { createHsmFleet } from './core';
import { indexedDbDomainKeyStore } from './indexeddb-domain-key-store';
import { serveHsm, type HsmWorkerScope } from './worker-server';

// The listener is attached synchronously, before the first message can arrive.
serveHsm(globalThis as unknown as HsmWorkerScope, createHsmFleet({ domainKeys: indexedDbDomainKeyStore() }));
