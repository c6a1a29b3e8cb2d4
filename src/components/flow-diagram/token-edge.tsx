// An edge that carries a token. Only the active edge has one: a dot that travels the path once per
// step (CSS offset-path, a compositor-friendly transform, never dash animation), with a label saying
// what crossed. Under prefers-reduced-motion the CSS hides the moving dot and the highlighted edge,
// its arrow and the label carry the step instead.

import { BaseEdge, EdgeLabelRenderer, getStraightPath, type Edge, type EdgeProps, type EdgeTypes } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { KeyGlyph } from './key-glyph';
import type { TokenData } from './layout';

function TokenEdgeView({ id, sourceX, sourceY, targetX, targetY, data, markerEnd, markerStart }: EdgeProps<Edge<TokenData>>) {
  const [path, labelX, labelY] = getStraightPath({ sourceX, sourceY, targetX, targetY });
  const active = data?.active ?? false;
  const tone = data?.failed ? 'failed' : data?.sensitive ? 'sensitive' : null;
  const toned = (base: string) => (tone ? `${base} ${base}--${tone}` : base);
  const tokenStyle = {
    offsetPath: `path('${path}')`,
    animationDuration: `${data?.tripMs ?? 0}ms`,
    animationDirection: data?.reverse ? 'reverse' : 'normal',
  } as CSSProperties;
  return (
    <>
      <BaseEdge id={id} path={path} className={active ? `flow-edge flow-edge--active${tone ? ` flow-edge--${tone}` : ''}` : 'flow-edge'} {...(markerEnd && { markerEnd })} {...(markerStart && { markerStart })} />
      {active && data && (
        <EdgeLabelRenderer>
          {/* Keyed by the path and step so that each step restarts the trip. */}
          <div key={`${String(data.stepKey)}`} className={toned('flow-token')} style={tokenStyle}>
            {data.sensitive && <KeyGlyph />}
          </div>
          <div className={toned('flow-edge-label')} style={{ transform: `translate(-50%, -100%) translate(${labelX}px, ${labelY - 6}px)` }}>
            {data.sensitive && <KeyGlyph />}
            {data.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const TokenEdge = memo(TokenEdgeView);

// Outside any component, like the node types.
export const EDGE_TYPES: EdgeTypes = { token: TokenEdge };
