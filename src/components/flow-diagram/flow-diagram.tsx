// The flow canvas: @xyflow/react with fixed places, one edge per pair of places, and a token on the
// active step's edge only. Static otherwise: no dragging, panning or zooming. The picture is hidden
// from assistive technology and inert; the step table and the narration say the same in words.

import { MarkerType, ReactFlowProvider, type Edge, type Node } from '@xyflow/react';
import { useMemo } from 'react';
import { StaticFlow } from '../static-flow';
import type { FlowStep } from '../../flows/index';
import { formatBytes, formatCount } from '../../flows/index';
import { NODE_TYPES } from './diagram-nodes';
import { canvasNode, edgeOf, flowEdges, flowNodes, type PlaceData, type PlaceState, type TokenData } from './layout';
import { EDGE_TYPES } from './token-edge';
import '@xyflow/react/dist/style.css';
import '../../styles/flow-diagram.css';

const PRO = { hideAttribution: true };

export interface FlowDiagramProps {
  steps: readonly FlowStep[];
  /** The step being shown; -1 for none. */
  index: number;
  region: string;
  azs: readonly string[];
  /** AZs the simulated fleet reports down, drawn as such. */
  downAzs?: ReadonlySet<string>;
  /** Where the app keeps its data: "s3://…" or "your computer". */
  dataStore: string;
  /** How long the token takes to cross an edge, in ms. */
  tripMs: number;
  className?: string;
}


const SHORT: Partial<Record<string, string>> = { 'data-key-plaintext': 'plaintext data key', 'data-key-ciphertext': 'encrypted data key', package: 'package' };

/** A label short enough for an edge: the most important thing that crossed, and how many more. */
function edgeLabel(step: FlowStep): string {
  if (step.status === 'failed' && step.error) return `✕ ${step.error.name}`;
  const count = step.count === undefined ? '' : `×${formatCount(step.count)} `;
  const first = step.crossed.find((c) => c.sensitive) ?? step.crossed[0];
  if (!first) return `${count}${step.title}`;
  const size = first.bytes === undefined ? '' : ` · ${first.bytes < 10_240 ? `${formatCount(first.bytes)} B` : formatBytes(first.bytes)}`;
  const more = step.crossed.length > 1 ? `  +${step.crossed.length - 1}` : '';
  return `${count}${SHORT[first.kind] ?? first.label}${size}${more}`;
}

/** Which places light up for a step, and how. */
function placeStates(step: FlowStep | undefined, azs: readonly string[]): Map<string, PlaceState> {
  const states = new Map<string, PlaceState>();
  if (!step) return states;
  if (step.az && step.from !== 'hsm' && step.to !== 'hsm') states.set(canvasNode('hsm', step, azs), 'chosen');
  states.set(canvasNode(step.from, step, azs), 'active');
  states.set(canvasNode(step.to, step, azs), 'active');
  if (step.status === 'failed' && step.error) states.set(canvasNode(step.error.where, step, azs), 'failed');
  return states;
}

function Diagram({ steps, index, region, azs, downAzs, dataStore, tripMs, className }: FlowDiagramProps) {
  const baseNodes = useMemo(() => flowNodes(region, azs, dataStore), [region, azs, dataStore]);
  const baseEdges = useMemo(() => flowEdges(azs), [azs]);
  const step = index >= 0 ? steps[index] : undefined;

  // Unchanged nodes and edges keep their identity, so only the ones a step touches re-render.
  const nodes = useMemo(() => {
    const states = placeStates(step, azs);
    return baseNodes.map((node): Node => {
      if (node.type !== 'place') return node;
      const data = node.data as PlaceData;
      const state = states.get(node.id) ?? 'idle';
      const down = data.place === 'hsm' && (downAzs?.has(data.detail) ?? false);
      return state === 'idle' && !down ? node : { ...node, data: { ...data, state, down } };
    });
  }, [baseNodes, step, azs, downAzs]);

  const edges = useMemo(() => {
    const travelled = step ? edgeOf(step, azs, baseEdges) : null;
    return baseEdges.map((edge): Edge<TokenData> => {
      if (!step || edge.id !== travelled?.id) return edge;
      const sensitive = step.crossed.some((c) => c.sensitive);
      const failed = step.status === 'failed';
      const color = failed ? 'var(--color-danger-text)' : sensitive ? 'var(--flow-secret-line)' : 'var(--flow-active)';
      const marker = { type: MarkerType.ArrowClosed, width: 16, height: 16, color };
      const data: TokenData = {
        active: true,
        reverse: travelled.reverse,
        label: edgeLabel(step),
        sensitive,
        failed,
        tripMs,
        stepKey: step.index,
      };
      return { ...edge, data, ...(travelled.reverse ? { markerStart: marker } : { markerEnd: marker }) };
    });
  }, [baseEdges, step, azs, tripMs]);

  return (
    <div className={`flow-diagram${className ? ` ${className}` : ''}`} aria-hidden="true" inert>
      <StaticFlow
        padding={0.06}
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        maxZoom={1.6}
        disableKeyboardA11y
        proOptions={PRO}
      />
    </div>
  );
}

/** Each diagram gets its own React Flow store, so two on one page never share state. */
export function FlowDiagram(props: FlowDiagramProps) {
  return (
    <ReactFlowProvider>
      <Diagram {...props} />
    </ReactFlowProvider>
  );
}
