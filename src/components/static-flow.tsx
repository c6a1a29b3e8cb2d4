// A React Flow picture that is only a picture: fitted to its box and re-fitted when the box changes,
// with no dragging, panning, zooming, selection or focus (which would only fight the page's scrolling
// and keyboard use). Callers hide it from assistive technology and give the same facts in text.

import { ReactFlow, useReactFlow, useStore as useFlowStore, type FitViewOptions, type ReactFlowProps } from '@xyflow/react';
import { useEffect, useMemo, type ReactNode } from 'react';

/** Re-fits when the box changes size (the page is resized, or a scrollbar appears). */
function RefitOnResize({ options }: { options: FitViewOptions }) {
  const width = useFlowStore((state) => state.width);
  const height = useFlowStore((state) => state.height);
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (width > 0 && height > 0) void fitView(options);
  }, [width, height, fitView, options]);
  return null;
}

export function StaticFlow({ padding, children, ...props }: ReactFlowProps & { padding: number; children?: ReactNode }) {
  const fit = useMemo<FitViewOptions>(() => ({ padding }), [padding]);
  return (
    <ReactFlow
      fitView
      fitViewOptions={fit}
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
      {...props}
    >
      <RefitOnResize options={fit} />
      {children}
    </ReactFlow>
  );
}
