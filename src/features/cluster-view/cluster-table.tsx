import { useId } from 'react';
import type { RegionConfig } from '../../engine/index';
import { azStatus } from './az-status';
import { useClusterState } from './cluster-context';

const count = new Intl.NumberFormat('en-US');

/**
 * The cluster state as a table: the text alternative of the graph, always in the page, every Region
 * with the selected one first. It scrolls sideways inside its own box on narrow screens, and that box
 * is focusable so a keyboard can scroll it.
 */
export function ClusterTable({ order }: { order: readonly RegionConfig[] }) {
  const captionId = useId();
  const regions = useClusterState((state) => state.regions);
  const served = useClusterState((state) => state.served);
  const byName = new Map(regions.map((region) => [region.region, region]));
  return (
    <div className="cluster-table" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>Cluster state, every Region</caption>
        <thead>
          <tr>
            <th scope="col">Region</th>
            <th scope="col">AZ</th>
            <th scope="col">State</th>
            <th scope="col">Replica version</th>
            <th scope="col">Lag (writes)</th>
            <th scope="col">Keys</th>
            <th scope="col">Serving</th>
            <th scope="col">Added latency</th>
            <th scope="col">Requests served</th>
          </tr>
        </thead>
        {order.map((config) => {
          const region = byName.get(config.name);
          if (!region) return null;
          // One row group per Region, so its name heads all of its AZ rows.
          return (
            <tbody key={config.name}>
              {region.azs.map((az, i) => (
                <tr key={az.az}>
                  {i === 0 && (
                    <th scope="rowgroup" rowSpan={region.azs.length}>
                      {region.region}
                    </th>
                  )}
                  <th scope="row">{az.az}</th>
                  <td>{azStatus(region, az).label}</td>
                  <td>{az.destroyed ? 'destroyed' : az.replicaVersion}</td>
                  <td>{az.lag}</td>
                  <td>{count.format(az.keys)}</td>
                  <td>{az.serving ? 'yes' : 'no'}</td>
                  <td>{az.latencyMs > 0 ? `${count.format(az.latencyMs)} ms` : 'none'}</td>
                  <td>{count.format(served[az.az] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
