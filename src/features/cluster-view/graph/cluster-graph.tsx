// The cluster as a picture: @xyflow/react, static (no dragging, panning or zooming, which would only
// fight the page's scrolling), fitted to its box. It is hidden from assistive technology and inert,
// because the table below says the same in text; the narration says what changed.

import { ReactFlow, useReactFlow, useStore as useFlowStore, type Edge, type FitViewOptions } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import type { RegionConfig, RegionHealth } from '../../../engine/index';
import { useRegionHealth } from '../cluster-context';
import { clusterLayout } from './layout';
import { NODE_TYPES } from './nodes';

const FIT: FitViewOptions = { padding: 0.03 };

/** Re-fits when the box changes size (the page is resized, or a scrollbar appears). */
function RefitOnResize() {
  const width = useFlowStore((state) => state.width);
  const height = useFlowStore((state) => state.height);
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (width > 0 && height > 0) void fitView(FIT);
  }, [width, height, fitView]);
  return null;
}

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
      <ReactFlow
        key={selected.name}
        nodes={nodes}
        edges={styled}
        nodeTypes={NODE_TYPES}
        fitView
        fitViewOptions={FIT}
        minZoom={0.2}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        panOnDrag={false}
        panOnScroll={false}
        zoomOnScroll={false}
        zoomOnPinch={false}
        zoomOnDoubleClick={false}
        preventScrolling={false}
      >
        <RefitOnResize />
      </ReactFlow>
    </div>
  );
}
