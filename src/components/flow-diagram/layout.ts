// Where each place of a flow sits, and the edges between them. Fixed positions: nothing on the
// canvas is meant to be dragged, and a stable picture is easier to learn than a re-laid-out one.
//
//             Authorization          ┌ HSM boundary ┐
//   Your app ── KMS endpoint ─────── │ HSM per AZ   │
//   Data store   Storage ── CloudTrail└──────────────┘

import type { Edge, Node } from '@xyflow/react';
import type { FlowNodeId, FlowStep } from '../../flows/index';

export const PLACE_WIDTH = 176;
export const PLACE_HEIGHT = 68;
const HSM_HEIGHT = 52;
const HSM_GAP = 14;

export type PlaceState = 'idle' | 'active' | 'failed' | 'chosen';

export interface PlaceData extends Record<string, unknown> {
  place: FlowNodeId;
  label: string;
  detail: string;
  state: PlaceState;
  /** For an HSM: whether its AZ is down (from the fleet's health), shown in words. */
  down?: boolean;
}

export interface TokenData extends Record<string, unknown> {
  active: boolean;
  /** The token runs from target to source (a response on a request's edge). */
  reverse: boolean;
  label: string;
  sensitive: boolean;
  failed: boolean;
  /** Per-step duration of the token's trip, in ms (already divided by the playback speed). */
  tripMs: number;
  /** Changes with every step, so the token's trip restarts even on the same edge. */
  stepKey: number;
}

export const hsmNodeId = (az: string): string => `hsm:${az}`;

/** The canvas node a step's end is drawn at: the HSM of the step's AZ, or the place itself. */
export function canvasNode(place: FlowNodeId, step: Pick<FlowStep, 'az'>, azs: readonly string[]): string {
  if (place !== 'hsm') return place;
  return hsmNodeId(step.az && azs.includes(step.az) ? step.az : (azs[0] ?? 'unknown'));
}

const place = (id: FlowNodeId, x: number, y: number, label: string, detail: string): Node<PlaceData> => ({
  id,
  type: 'place',
  position: { x, y },
  data: { place: id, label, detail, state: 'idle' },
  width: PLACE_WIDTH,
  height: PLACE_HEIGHT,
});

export function flowNodes(region: string, azs: readonly string[], dataStore: string): Node[] {
  const boundaryHeight = 44 + azs.length * (HSM_HEIGHT + HSM_GAP);
  const boundary: Node = {
    id: 'hsm-boundary',
    type: 'boundary',
    position: { x: 740, y: 150 + PLACE_HEIGHT / 2 - boundaryHeight / 2 },
    data: { label: 'HSM boundary' },
    width: PLACE_WIDTH + 36,
    height: boundaryHeight,
    selectable: false,
  };
  const hsms: Node<PlaceData>[] = azs.map((az, i) => ({
    id: hsmNodeId(az),
    type: 'place',
    parentId: 'hsm-boundary',
    extent: 'parent',
    position: { x: 18, y: 36 + i * (HSM_HEIGHT + HSM_GAP) },
    data: { place: 'hsm', label: `HSM ${az.slice(-1)}`, detail: az, state: 'idle' },
    width: PLACE_WIDTH,
    height: HSM_HEIGHT,
  }));
  return [
    place('app', 0, 150, 'Your app', 'this browser tab'),
    place('data-store', 0, 330, 'Data store', dataStore),
    place('kms-endpoint', 370, 150, 'KMS endpoint', `kms.${region}.amazonaws.com`),
    place('authorization', 370, 0, 'Authorization', 'key policy · IAM'),
    place('storage', 370, 330, 'Storage', 'key records · trail'),
    place('cloudtrail', 758, 330 + (boundaryHeight > 220 ? 40 : 0), 'CloudTrail', 'audit log'),
    boundary,
    ...hsms,
  ];
}

const edge = (source: string, target: string, sourceHandle: string, targetHandle: string): Edge<TokenData> => ({
  id: `${source}--${target}`,
  source,
  target,
  sourceHandle,
  targetHandle,
  type: 'token',
  data: { active: false, reverse: false, label: '', sensitive: false, failed: false, tripMs: 0, stepKey: -1 },
});

export function flowEdges(azs: readonly string[]): Edge<TokenData>[] {
  return [
    edge('app', 'kms-endpoint', 'right', 'left'),
    edge('app', 'data-store', 'bottom', 'top'),
    edge('kms-endpoint', 'authorization', 'top', 'bottom'),
    edge('kms-endpoint', 'storage', 'bottom', 'top'),
    edge('storage', 'cloudtrail', 'right', 'left'),
    ...azs.map((az) => edge('kms-endpoint', hsmNodeId(az), 'right', 'left')),
  ];
}

/** The edge a step travels, and whether it runs against the edge's direction; null for a local step. */
export function edgeOf(step: Pick<FlowStep, 'from' | 'to' | 'az'>, azs: readonly string[], edges: readonly Edge[]): { id: string; reverse: boolean } | null {
  if (step.from === step.to) return null;
  const from = canvasNode(step.from, step, azs);
  const to = canvasNode(step.to, step, azs);
  const forward = edges.find((e) => e.source === from && e.target === to);
  if (forward) return { id: forward.id, reverse: false };
  const backward = edges.find((e) => e.source === to && e.target === from);
  return backward ? { id: backward.id, reverse: true } : null;
}
