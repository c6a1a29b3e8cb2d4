import { useCallback, useEffect, useState } from 'react';
import { asKeySummary, listRegionKeys, type KeySummary } from '../../stores/key-list';
import { useEngine } from './use-engine';

/** The Region's keys for the picker, and a demo key on demand. */
export function useKeys(region: string) {
  const ready = useEngine((state) => state.status === 'ready');
  const call = useEngine((state) => state.call);
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

  const createDemoKey = useCallback(async (): Promise<KeySummary | null> => {
    const outcome = await call('CreateKey', { Description: 'Files demo key' }, { region });
    if (!outcome.ok) return null;
    const key = asKeySummary(outcome.output.KeyMetadata);
    setKeys((known) => [...known, key]);
    return key;
  }, [call, region]);

  return { keys: loadedRegion === region ? keys : [], loading: loadedRegion !== region, createDemoKey };
}
