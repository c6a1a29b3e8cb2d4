// The cluster as a picture: @xyflow/react, static (no dragging, panning or zooming, which would only
// fight the page's scrolling), fitted to its box. It is hidden from assistive technology and inert,
// because the table below says the same in text; the narration says what changed.

import type { Edge } from '@xyflow/react';
import { useMemo } from 'react';
import { StaticFlow } from '../../../components/static-flow';
import type { RegionConfig, RegionHealth } from '../../../engine/index';
import { useRegionHealth } from '../cluster-context';
import { clusterLayout } from './layout';
import { NODE_TYPES } from './nodes';


function styleEdges(edges: readonly Edge[], health: RegionHealth | undefined): Edge[] {
  return edges.map((edge) => {
    const az = health?.azs.find((a) => a.az === edge.target);
    return { ...edge, className: az?.serving ? 'edge--serving' : 'edge--down' };
  });
}

export function ClusterGraph({ selected, others }: { selected: RegionConfig; others: readonly RegionConfig[] }) {
  const { nodes, edges } = useMemo(() => clusterLayout(selected, others), [selected, others]);
  const health = useRegionHealth(selected.name);
  // Only a change of this Region's health restyles the edges; requests do not.
  const styled = useMemo(() => styleEdges(edges, health), [edges, health]);
  return (
    <div className="cluster-graph" aria-hidden="true" inert>
      <StaticFlow key={selected.name} padding={0.03} nodes={nodes} edges={styled} nodeTypes={NODE_TYPES} />
    </div>
  );
}
