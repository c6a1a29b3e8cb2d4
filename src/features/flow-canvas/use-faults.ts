import { useCallback, useRef, useState, useSyncExternalStore } from 'react';
import type { Kms, RegionHealth } from '../../engine/index';
import { useEngine } from '../../stores/engine-context';

// The fault controls presenter mode keeps at hand (kms.simulation, issue #4's contract): take an AZ
// down or up, lower the request quota to human speed and put it back. Health is re-read whenever the
// engine announces a change to the simulated fleet, from here or from any other page.

export const DEMO_QUOTA = 5;

function subscribeToFleet(kms: Kms | null) {
  return (onChange: () => void) =>
    kms
      ? kms.events.subscribe((event) => {
          if (event.type === 'cluster.changed') onChange();
        })
      : () => undefined;
}

export function useFaults(region: string) {
  const kms = useEngine((state) => state.kms);
  const cache = useRef<{ version: number; health: RegionHealth | null; quota: number | null }>({ version: -1, health: null, quota: null });
  const version = useRef(0);
  const subscribe = useCallback((onChange: () => void) => subscribeToFleet(kms)(() => {
    version.current++;
    onChange();
  }), [kms]);
  const snapshot = useCallback(() => {
    if (cache.current.version !== version.current || (cache.current.health?.region ?? region) !== region) {
      cache.current = {
        version: version.current,
        health: kms?.simulation ? kms.simulation.health(region) : null,
        quota: kms?.simulation ? kms.simulation.quotas(region).symmetric : null,
      };
    }
    return cache.current;
  }, [kms, region]);
  const { health, quota } = useSyncExternalStore(subscribe, snapshot, snapshot);
  // The quota before we lowered it, to restore exactly that.
  const [original, setOriginal] = useState<{ region: string; quota: number } | null>(null);

  const setAz = useCallback((az: string, up: boolean) => kms?.simulation.setAz(az, up ? 'up' : 'down'), [kms]);
  const lowerQuota = useCallback(() => {
    if (!kms || quota === null) return;
    if (original?.region !== region) setOriginal({ region, quota });
    kms.simulation.setQuota(region, 'symmetric', DEMO_QUOTA);
  }, [kms, quota, region, original]);
  const restoreQuota = useCallback(() => {
    if (!kms || original?.region !== region) return;
    kms.simulation.setQuota(region, 'symmetric', original.quota);
    setOriginal(null);
  }, [kms, region, original]);
  /** Every AZ of this Region up, and the quota as it was before we lowered it. */
  const restore = useCallback(() => {
    for (const az of health?.azs ?? []) if (az.state !== 'up') kms?.simulation.setAz(az.az, 'up');
    restoreQuota();
  }, [health, kms, restoreQuota]);

  return { available: Boolean(kms?.simulation), health, quota, lowered: original?.region === region, setAz, lowerQuota, restoreQuota, restore };
}

export type Faults = ReturnType<typeof useFaults>;
