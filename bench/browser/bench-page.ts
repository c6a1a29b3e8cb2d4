// The browser half of `npm run bench`, built only into the bench's own dist (bench/vite.config.ts),
// never into the app's. It starts the engine exactly as the app does (startBrowserKms: the HSM in a
// Web Worker) and exposes window.kmsLabBench for the runner to call through Playwright.

import { startBrowserKms } from '../../src/app/kms-instance';
import { createKms, createWorkerHsm, MemoryStorage, openIndexedDbStorage, type Kms } from '../../src/engine/index';
import { envelopeBench } from './envelope-bench';

const CONTEXT = { purpose: 'bench', tenant: 'tenant-1' };

/** Runs `total` tasks with `inFlight` of them outstanding at any moment; returns tasks per second. */
async function pool(total: number, inFlight: number, task: () => Promise<unknown>): Promise<number> {
  let started = 0;
  const begin = performance.now();
  const lane = async () => {
    while (started < total) {
      started++;
      await task();
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  return (total * 1000) / (performance.now() - begin);
}

let kms: Kms | null = null;
let keyId = '';
let rawKey: CryptoKey | null = null;
const aad = new TextEncoder().encode(JSON.stringify(CONTEXT));

const bench = {
  async setup(storage: 'memory' | 'indexeddb'): Promise<string> {
    kms = await startBrowserKms({ storage: storage === 'memory' ? new MemoryStorage() : await openIndexedDbStorage('kms-lab-bench') });
    const { KeyMetadata } = (await kms.send('CreateKey', { Description: 'bench' })) as { KeyMetadata: { KeyId: string } };
    keyId = KeyMetadata.KeyId;
    rawKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    return kms.storageKind;
  },
  /** GenerateDataKey through kms.send: engine on this thread, HSM in the Worker. */
  engine(total: number, inFlight: number): Promise<number> {
    const engine = kms!;
    return pool(total, inFlight, () => engine.send('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256', EncryptionContext: CONTEXT }));
  },
  /** The WebCrypto work a data key needs at least: 32 random bytes, AES-256-GCM encrypt with AAD. */
  raw(total: number, inFlight: number): Promise<number> {
    const key = rawKey!;
    return pool(total, inFlight, () => {
      const dataKey = crypto.getRandomValues(new Uint8Array(32));
      const iv = crypto.getRandomValues(new Uint8Array(12));
      return crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, dataKey);
    });
  },
  /**
   * Diagnostics for where the time goes: the same GenerateDataKey with the HSM in-process on this
   * thread (the engine's own cost, no Worker), and straight HSM calls to the Worker (its cost alone).
   */
  async diagnose(total: number, inFlight: number): Promise<{ inProcessEngine: number; workerHsmOnly: number }> {
    const local = await createKms({ storage: new MemoryStorage() });
    const { KeyMetadata } = (await local.send('CreateKey', {})) as { KeyMetadata: { KeyId: string } };
    const send = () => local.send('GenerateDataKey', { KeyId: KeyMetadata.KeyId, KeySpec: 'AES_256', EncryptionContext: CONTEXT });
    await pool(total, inFlight, send);
    const inProcessEngine = await pool(total, inFlight, send);
    local.close();

    const worker = new Worker(new URL('../../src/engine/hsm/worker-shell.ts', import.meta.url), { type: 'module' });
    const transport = createWorkerHsm(worker);
    const route = { region: 'us-east-1', az: 'us-east-1a' };
    const keyArn = 'arn:aws:kms:us-east-1:111122223333:key/00000000-0000-4000-8000-000000000000';
    const made = await transport.call({ op: 'GenerateKeyMaterial', keyArn, route });
    if (!made.ok || made.op !== 'GenerateKeyMaterial') throw new Error('no key material');
    const context = new Uint8Array(40);
    const call = () => transport.call({ op: 'GenerateDataKey', key: { keyArn, token: made.token }, numberOfBytes: 32, context, returnPlaintext: true, route });
    await pool(total, inFlight, call);
    const workerHsmOnly = await pool(total, inFlight, call);
    transport.close?.();
    return { inProcessEngine, workerHsmOnly };
  },
  teardown(): void {
    kms?.close();
    kms = null;
  },
  /** encryptFile/decryptFile against raw AES-GCM frames over the same Blob (browser-envelope.ts). */
  envelope: envelopeBench,
};

export type KmsLabBench = typeof bench;
(window as unknown as { kmsLabBench: KmsLabBench }).kmsLabBench = bench;
document.body.dataset.ready = 'true';
