// The cluster view (issue #4): a Region's Availability Zones, each with its HSM and storage replica,
// live; controls to break and repair them; real requests and a load generator to feel the effect; the
// durability model; and a table that says it all in text. The app loads this module lazily, so
// @xyflow/react and these styles arrive only with this page.

import '@xyflow/react/dist/style.css';
import '../../styles/cluster-view.css';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { Kms } from '../../engine/index';
import type { EngineStore } from '../../stores/engine-store';
import { ClusterCards } from './cluster-cards';
import { ClusterContext, type ClusterDeps } from './cluster-context';
import { createClusterMonitor } from './cluster-monitor';
import { ClusterTable } from './cluster-table';
import { AzControls } from './controls/az-controls';
import { QuotaControls } from './controls/quota-controls';
import { RegionControls } from './controls/region-controls';
import { DurabilityPanel } from './durability-panel';
import { ClusterGraph } from './graph/cluster-graph';
import { LoadGenerator } from './load/load-generator';
import { Narration } from './narration';
import { TradeOff } from './trade-off';
import { TryIt } from './try-it';
import { useMediaQuery } from './use-media-query';

/** Below this width the graph would shrink its text past reading; the stacked cards take over. */
const GRAPH_MEDIA = '(min-width: 1100px)';

export function ClusterView({ store, region }: { store: EngineStore; region: string }) {
  const kms = useStore(store, (state) => state.kms);
  const failure = useStore(store, (state) => state.failure);
  if (!kms) {
    return (
      <p className="cluster-starting" role="status">
        {failure ? `The engine could not start: ${failure}` : 'Starting the engine…'}
      </p>
    );
  }
  return <ClusterBody store={store} kms={kms} region={region} />;
}

function ClusterBody({ store, kms, region }: { store: EngineStore; kms: Kms; region: string }) {
  const ids = { picture: useId(), controls: useId(), table: useId() };
  // Made during render, subscribed in an effect: StrictMode's double render then leaks nothing.
  const monitor = useMemo(() => createClusterMonitor(kms), [kms]);
  useEffect(() => monitor.connect(), [monitor]);
  const deps = useMemo<ClusterDeps>(() => ({ engine: store, kms, monitor }), [store, kms, monitor]);
  const selected = kms.regions.find((r) => r.name === region) ?? kms.regions[0]!;
  const others = useMemo(() => kms.regions.filter((r) => r !== selected), [kms, selected]);
  const order = useMemo(() => [selected, ...others], [selected, others]);
  const wide = useMediaQuery(GRAPH_MEDIA);
  const [labKeys, setLabKeys] = useState<Record<string, string>>({});
  const onKeyCreated = useCallback((keyRegion: string, keyId: string) => setLabKeys((known) => ({ ...known, [keyRegion]: keyId })), []);

  return (
    <ClusterContext value={deps}>
      <section className="cluster-section" aria-labelledby={ids.picture}>
        <h2 id={ids.picture} className="cluster-section__title">
          {selected.name}: {selected.azs.length} Availability Zones, each with an HSM and a storage replica
        </h2>
        {wide ? <ClusterGraph selected={selected} others={others} /> : <ClusterCards selected={selected} others={others} />}
        <p className="cluster-section__note">
          The AZ that served the latest request is outlined and marked “latest”, and pulses with each request it serves. The table at the end of the page says the
          same in text.
        </p>
      </section>

      <section className="cluster-section" aria-labelledby={ids.controls}>
        <h2 id={ids.controls} className="cluster-section__title">
          Break it, and watch it repair
        </h2>
        <p className="cluster-section__hint">
          Every button acts on the simulated infrastructure at once. Destroying the replica of an AZ that is up gets it rebuilt from a
          peer straight away; take the AZ down first to see it stay destroyed until it returns.
        </p>
        <div className="controls-grid">
          {selected.azs.map((az) => (
            <AzControls key={az} region={selected.name} az={az} />
          ))}
          <RegionControls region={selected.name} azs={selected.azs} />
        </div>
        <div className="controls-after">
          <Narration />
          <QuotaControls region={selected.name} />
          <TradeOff />
        </div>
      </section>

      <div className="cluster-cards-row">
        <TryIt region={selected.name} labKey={labKeys[selected.name]} onKeyCreated={onKeyCreated} />
        <LoadGenerator region={selected.name} labKey={labKeys[selected.name]} onKeyCreated={onKeyCreated} />
        <DurabilityPanel />
      </div>

      <section className="cluster-section" aria-labelledby={ids.table}>
        <h2 id={ids.table} className="cluster-section__title">
          Cluster state as a table
        </h2>
        <ClusterTable order={order} />
      </section>
    </ClusterContext>
  );
}

export default ClusterView;
