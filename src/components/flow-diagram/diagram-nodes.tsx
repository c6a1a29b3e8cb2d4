// The canvas's places: memoized, so a step that changes two nodes re-renders those two only. Handles
// exist for the edges to attach to; nothing is connectable or draggable.

import { Handle, Position, type Node, type NodeProps, type NodeTypes } from '@xyflow/react';
import { memo } from 'react';
import type { PlaceData } from './layout';

const SIDES = [
  ['top', Position.Top],
  ['right', Position.Right],
  ['bottom', Position.Bottom],
  ['left', Position.Left],
] as const;

function Handles() {
  return (
    <>
      {SIDES.map(([id, position]) => (
        <Handle key={`s-${id}`} id={id} type="source" position={position} isConnectable={false} className="flow-handle" />
      ))}
      {SIDES.map(([id, position]) => (
        <Handle key={`t-${id}`} id={id} type="target" position={position} isConnectable={false} className="flow-handle" />
      ))}
    </>
  );
}

const STATE_WORDS: Record<PlaceData['state'], string> = { idle: '', active: 'now', failed: 'refused here', chosen: 'serving' };

function PlaceNodeView({ data }: NodeProps<Node<PlaceData>>) {
  const { label, detail, state, down, place } = data;
  return (
    <div className={`flow-place flow-place--${place} flow-place--${state}${down ? ' flow-place--down' : ''}`}>
      <Handles />
      <span className="flow-place__label">
        {state === 'failed' && (
          <span className="flow-place__mark" aria-hidden="true">
            ✕{' '}
          </span>
        )}
        {label}
      </span>
      <span className="flow-place__detail">{down ? `${detail} · down` : detail}</span>
      {STATE_WORDS[state] && <span className="flow-place__state">{STATE_WORDS[state]}</span>}
    </div>
  );
}

function BoundaryNodeView({ data }: NodeProps<Node<{ label: string }>>) {
  return (
    <div className="flow-boundary">
      <span className="flow-boundary__label">{data.label}</span>
    </div>
  );
}

export const PlaceNode = memo(PlaceNodeView);
export const BoundaryNode = memo(BoundaryNodeView);

// Outside any component: a nodeTypes object made during render would remount every node each time.
export const NODE_TYPES: NodeTypes = { place: PlaceNode, boundary: BoundaryNode };
