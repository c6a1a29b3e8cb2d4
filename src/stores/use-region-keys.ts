import { useCallback, useEffect, useState } from 'react';
import { asKeySummary, listRegionKeys, type Call, type KeySummary } from './key-list';

// A key picker's state, shared by the features that let a learner choose a key (each passes the
// engine store's readiness and `call`, which it reads through its own context).

interface RegionKeysOptions {
  ready: boolean;
  call: Call;
  region: string;
  /** The Description a key made by createDemoKey gets, so a learner can tell where it came from. */
  demoKeyDescription: string;
}

/** The Region's keys, a demo key on demand, and enabling or disabling the chosen key. */
export function useRegionKeys({ ready, call, region, demoKeyDescription }: RegionKeysOptions) {
  const [keys, setKeys] = useState<readonly KeySummary[]>([]);
  const [loadedRegion, setLoadedRegion] = useState<string | null>(null);

  useEffect(() => {
    if (!ready) return;
    let current = true;
    listRegionKeys(call, region).then(
      (listed) => {
        if (!current) return;
        setKeys(listed);
        setLoadedRegion(region);
      },
      () => current && setLoadedRegion(region),
    );
    return () => {
      current = false;
    };
  }, [ready, region, call]);

  const upsert = useCallback((key: KeySummary) => {
    setKeys((known) => (known.some((k) => k.KeyId === key.KeyId) ? known.map((k) => (k.KeyId === key.KeyId ? key : k)) : [...known, key]));
  }, []);

  const createDemoKey = useCallback(async (): Promise<KeySummary | null> => {
    const outcome = await call('CreateKey', { Description: demoKeyDescription }, { region });
    if (!outcome.ok) return null;
    const key = asKeySummary(outcome.output.KeyMetadata);
    upsert(key);
    return key;
  }, [call, region, upsert, demoKeyDescription]);

  /** Disables or enables a key, then reads its state back from KMS as the console does. */
  const toggleKey = useCallback(
    async (key: KeySummary) => {
      await call(key.KeyState === 'Enabled' ? 'DisableKey' : 'EnableKey', { KeyId: key.KeyId }, { region });
      const described = await call('DescribeKey', { KeyId: key.KeyId }, { region });
      if (described.ok) upsert(asKeySummary(described.output.KeyMetadata));
    },
    [call, region, upsert],
  );

  return { keys: loadedRegion === region ? keys : [], loading: loadedRegion !== region, createDemoKey, toggleKey };
}
