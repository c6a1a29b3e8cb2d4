import { useState } from 'react';
import type { EngineStore } from '../../stores/engine-store';
import { DecryptCard } from './decrypt-card';
import { EncryptCard, type Sealed } from './encrypt-card';
import { EngineFacts } from './engine-facts';
import { KeyCard } from './key-card';
import { TrailCard } from './trail-card';
import { EngineStoreContext } from '../../stores/engine-context';
import { useKeys } from './use-keys';

/**
 * The learner-visible proof that the real engine runs in the browser: create a key, encrypt, decrypt,
 * disable, and watch the CloudTrail records and HSM crossings those real calls produce.
 */
export function EnginePanel({ store, region }: { store: EngineStore; region: string }) {
  return (
    <EngineStoreContext value={store}>
      <PanelBody region={region} />
    </EngineStoreContext>
  );
}

function PanelBody({ region }: { region: string }) {
  const { keys, loading, upsert } = useKeys(region);
  const [chosen, setChosen] = useState<string | null>(null);
  // The learner's choice if it is in this Region, else the newest key.
  const selected = keys.find((key) => key.KeyId === chosen) ?? keys[keys.length - 1] ?? null;
  const [sealed, setSealed] = useState<{ version: number } & Sealed>({ version: 0, ciphertext: '', context: 'purpose=demo' });

  return (
    <>
      <EngineFacts region={region} />
      <KeyCard region={region} keys={keys} loading={loading} selected={selected} onSelect={setChosen} onKeyChanged={upsert} />
      <div className="engine-layout">
        <EncryptCard region={region} selected={selected} onEncrypted={(next) => setSealed((last) => ({ version: last.version + 1, ...next }))} />
        {/* A new encryption resets the Decrypt form to its ciphertext and context. */}
        <DecryptCard key={sealed.version} region={region} initialCiphertext={sealed.ciphertext} initialContext={sealed.context} />
        <TrailCard region={region} />
      </div>
    </>
  );
}
