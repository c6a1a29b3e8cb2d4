// The pieces that show one Region, one AZ, its HSM and its storage replica. The graph's nodes and the
// stacked layout of narrow screens both render these, so the two always say the same thing. Each reads
// its own slice of the monitor, so a request served elsewhere does not re-render it.

import { memo } from 'react';
import { azStatus, plural, regionStatus } from './az-status';
import { findAz, useClusterState, useRegionHealth } from './cluster-context';

interface AzProps {
  region: string;
  az: string;
}

const count = new Intl.NumberFormat('en-US');

/** Restarts its animation on every request the AZ serves (a new key is a new element). */
export function Pulse({ region, az }: AzProps) {
  const seq = useClusterState((state) => (state.lastServed?.region === region && state.lastServed.az === az ? state.lastServed.seq : null));
  return seq === null ? null : <span key={seq} className="az-pulse" aria-hidden="true" />;
}

/** Whether this AZ served the latest request of its Region: a static highlight, for reduced motion too. */
export function useServedLatest(region: string, az: string): boolean {
  return useClusterState((state) => state.lastServed?.region === region && state.lastServed.az === az);
}

export const AzHeader = memo(function AzHeader({ region, az }: AzProps) {
  const health = useRegionHealth(region);
  const zone = findAz(health, az);
  const served = useClusterState((state) => state.served[az] ?? 0);
  const latest = useServedLatest(region, az);
  if (!health || !zone) return null;
  const status = azStatus(health, zone);
  return (
    <div className="az-head">
      <div className="az-head__row">
        <span className="az-head__name">{az}</span>
        <span className={`state-badge state-badge--${status.condition}`}>{status.label}</span>
      </div>
      <p className="az-head__served">
        {plural(served, 'request')} served{latest && <strong className="az-head__latest"> · latest</strong>}
      </p>
    </div>
  );
});

export const HsmBox = memo(function HsmBox({ region, az }: AzProps) {
  const health = useRegionHealth(region);
  const zone = findAz(health, az);
  if (!health || !zone) return null;
  const running = health.state === 'up' && zone.state === 'up';
  const state = health.state === 'down' ? 'offline (Region down)' : zone.state === 'down' ? 'offline' : zone.state === 'partitioned' ? 'running, unreachable' : 'running';
  return (
    <div className={`part part--hsm${running ? '' : ' part--off'}`}>
      <p className="part__title">
        HSM <span className="part__id">hsm-{az}</span>
      </p>
      <p className="part__line">
        {state}
        {zone.latencyMs > 0 && <span className="part__latency"> · +{count.format(zone.latencyMs)} ms</span>}
      </p>
    </div>
  );
});

export const ReplicaBox = memo(function ReplicaBox({ region, az }: AzProps) {
  const health = useRegionHealth(region);
  const zone = findAz(health, az);
  if (!health || !zone) return null;
  const status = azStatus(health, zone);
  const behind = zone.destroyed || zone.lag > 0;
  return (
    <div className={`part part--replica${behind ? ' part--behind' : ''}`}>
      <p className="part__title">Storage replica</p>
      <p className="part__line">{status.replica}</p>
      <p className="part__line">{plural(zone.keys, 'key')} held</p>
    </div>
  );
});

export const RegionSummary = memo(function RegionSummary({ region, displayName }: { region: string; displayName: string }) {
  const health = useRegionHealth(region);
  const quota = useClusterState((state) => state.quotas[region]?.symmetric);
  if (!health) return null;
  const status = regionStatus(health);
  return (
    <div className={`region-summary region-summary--${status.condition}`}>
      <p className="region-summary__name">
        <strong>{region}</strong> {displayName}
      </p>
      <p className="region-summary__status">
        <span className={`state-badge state-badge--${status.condition}`}>{status.label}</span> {status.detail}
      </p>
      {quota !== undefined && <p className="region-summary__quota">Symmetric request quota: {count.format(quota)} per second</p>}
    </div>
  );
});

export const OtherRegionSummary = memo(function OtherRegionSummary({ region, displayName }: { region: string; displayName: string }) {
  const health = useRegionHealth(region);
  if (!health) return null;
  const status = regionStatus(health);
  return (
    <div className={`other-region other-region--${status.condition}`}>
      <p className="other-region__name">
        <strong>{region}</strong> {displayName}
      </p>
      <p className="other-region__status">
        <span className={`state-badge state-badge--${status.condition}`}>{status.label}</span>
      </p>
    </div>
  );
});
