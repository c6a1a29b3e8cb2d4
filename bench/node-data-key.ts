// Node: GenerateDataKey + Decrypt pairs through kms.send (memory storage, in-process HSM), against
// the raw WebCrypto work those two calls cannot avoid: 32 random bytes, one AES-256-GCM encrypt and
// one decrypt with the encryption context as additional data. One pair in flight at a time, so the
// ratio reads as "how much of each call is the engine's own cost".

import { createKms, MemoryStorage, type Kms } from '../src/engine/index';
import { interleave, median, type BenchResult } from './stats';

const CONTEXT = { purpose: 'bench', tenant: 'tenant-1' };
const PAIRS_PER_ROUND = 1500;
const ROUNDS = 9;
const WARMUP_PAIRS = 1000;

async function engineSide(): Promise<{ kms: Kms; run: (pairs: number) => Promise<number> }> {
  const kms = await createKms({ storage: new MemoryStorage() });
  const { KeyMetadata } = (await kms.send('CreateKey', { Description: 'bench' })) as { KeyMetadata: { KeyId: string } };
  const run = async (pairs: number) => {
    const started = performance.now();
    for (let i = 0; i < pairs; i++) {
      const { CiphertextBlob } = await kms.send('GenerateDataKey', { KeyId: KeyMetadata.KeyId, KeySpec: 'AES_256', EncryptionContext: CONTEXT });
      await kms.send('Decrypt', { CiphertextBlob, EncryptionContext: CONTEXT });
    }
    return (pairs * 1000) / (performance.now() - started);
  };
  return { kms, run };
}

async function rawSide(): Promise<(pairs: number) => Promise<number>> {
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const aad = new TextEncoder().encode(JSON.stringify(CONTEXT));
  return async (pairs: number) => {
    const started = performance.now();
    for (let i = 0; i < pairs; i++) {
      const dataKey = globalThis.crypto.getRandomValues(new Uint8Array(32));
      const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
      const sealed = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, dataKey);
      await subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, sealed);
    }
    return (pairs * 1000) / (performance.now() - started);
  };
}

export async function benchNodeDataKeyPairs(): Promise<BenchResult> {
  const engine = await engineSide();
  const raw = await rawSide();
  await engine.run(WARMUP_PAIRS);
  await raw(WARMUP_PAIRS);
  const rates = await interleave(ROUNDS, () => engine.run(PAIRS_PER_ROUND), () => raw(PAIRS_PER_ROUND));
  engine.kms.close();
  const value = median(rates.a);
  const baseline = median(rates.b);
  return {
    name: 'Node: GenerateDataKey+Decrypt pairs through kms.send (memory, in-process HSM)',
    value,
    unit: 'pairs/s',
    baseline: { name: 'raw WebCrypto: 32 random bytes + AES-256-GCM encrypt and decrypt with AAD', value: baseline, unit: 'pairs/s' },
    ratio: value / baseline,
    note: `goal ratio >= 0.5; 1 pair in flight; median of ${ROUNDS} interleaved rounds of ${PAIRS_PER_ROUND} pairs each side`,
  };
}

// `tsx bench/node-data-key.ts` runs this benchmark alone (for `node --cpu-prof`, see bench/README.md).
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchNodeDataKeyPairs(), null, 2));
}
