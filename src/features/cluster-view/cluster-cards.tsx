// The cluster for narrow screens: the same parts as the graph's nodes, stacked, with no scaling. Like
// the graph, a picture for sighted readers; the table says the same to assistive technology.

import type { RegionConfig } from '../../engine/index';
import { AzHeader, HsmBox, OtherRegionSummary, Pulse, RegionSummary, ReplicaBox, useServedLatest } from './az-parts';

function AzCard({ region, az }: { region: string; az: string }) {
  const latest = useServedLatest(region, az);
  return (
    <li className={`az-card${latest ? ' is-latest' : ''}`}>
      <Pulse region={region} az={az} />
      <AzHeader region={region} az={az} />
      <HsmBox region={region} az={az} />
      <ReplicaBox region={region} az={az} />
    </li>
  );
}

export function ClusterCards({ selected, others }: { selected: RegionConfig; others: readonly RegionConfig[] }) {
  return (
    <div className="cluster-cards" aria-hidden="true">
      <div className="cluster-cards__region">
        <RegionSummary region={selected.name} displayName={selected.displayName} />
      </div>
      <ul className="cluster-cards__azs">
        {selected.azs.map((az) => (
          <AzCard key={az} region={selected.name} az={az} />
        ))}
      </ul>
      <div className="cluster-cards__others">
        <p className="flow-caption__title">Other Regions</p>
        <p className="cluster-cards__note">Independent: faults in one Region never reach another.</p>
        <ul>
          {others.map((region) => (
            <li key={region.name}>
              <OtherRegionSummary region={region.name} displayName={region.displayName} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
