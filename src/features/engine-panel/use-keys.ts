import { useCallback, useEffect, useState } from 'react';
import { useEngine } from '../../stores/engine-context';

/** The members of KeyMetadata the panel shows. */
export interface KeySummary {
  KeyId: string;
  Arn: string;
  Description: string;
  KeyState: string;
  CreationDate: Date;
}

const asKey = (metadata: unknown): KeySummary => metadata as KeySummary;

/**
 * The Region's keys, read the way the AWS console reads them: ListKeys, then DescribeKey for each.
 * Those calls are real requests, so they appear in CloudTrail too, as the console's do.
 */
export function useKeys(region: string) {
  const ready = useEngine((state) => state.status === 'ready');
  const call = useEngine((state) => state.call);
  // A state import or reset replaced every key: read the list again.
  const stateEpoch = useEngine((state) => state.stateEpoch);
  const [keys, setKeys] = useState<readonly KeySummary[]>([]);
  const [loadedRegion, setLoadedRegion] = useState<string | null>(null);

  useEffect(() => {
    if (!ready) return;
    let current = true;
    void (async () => {
      const listed = await call('ListKeys', {}, { region });
      const ids = listed.ok ? (listed.output.Keys as Array<{ KeyId: string }>).map((key) => key.KeyId) : [];
      const described = await Promise.all(ids.map((KeyId) => call('DescribeKey', { KeyId }, { region })));
      if (!current) return;
      setKeys(described.flatMap((outcome) => (outcome.ok ? [asKey(outcome.output.KeyMetadata)] : [])));
      setLoadedRegion(region);
    })();
    return () => {
      current = false;
    };
  }, [ready, region, call, stateEpoch]);

  const upsert = useCallback((key: KeySummary) => {
    setKeys((known) => (known.some((k) => k.KeyId === key.KeyId) ? known.map((k) => (k.KeyId === key.KeyId ? key : k)) : [...known, key]));
  }, []);

  return { keys: loadedRegion === region ? keys : [], loading: loadedRegion !== region, upsert, asKey };
}
