// Where each node of the cluster graph sits: the selected Region on top, its three AZs below, each
// AZ holding its HSM and its storage replica, and the other Regions in a compact column on the right.
// Fixed sizes in flow units; fitView scales the whole picture to the container.

import type { Edge, Node } from '@xyflow/react';
import type { RegionConfig } from '../../../engine/index';

export type ClusterNodeData = { region: string; az: string; displayName: string };
export type ClusterNode = Node<ClusterNodeData, 'region' | 'az' | 'hsm' | 'replica' | 'other-region' | 'caption'>;

const AZ = { width: 300, height: 250, gap: 28, top: 150 };
const PART = { x: 14, width: 272, hsmY: 70, hsmHeight: 66, replicaY: 148, replicaHeight: 88 };
const OTHERS = { gap: 44, width: 236, height: 88, step: 100, captionHeight: 64 };

export function clusterLayout(selected: RegionConfig, others: readonly RegionConfig[]): { nodes: ClusterNode[]; edges: Edge[] } {
  const azRowWidth = selected.azs.length * AZ.width + (selected.azs.length - 1) * AZ.gap;
  const base = (region: RegionConfig, az = '') => ({ region: region.name, az, displayName: region.displayName });
  const nodes: ClusterNode[] = [
    { id: selected.name, type: 'region', position: { x: 0, y: 0 }, width: azRowWidth, height: 116, data: base(selected) },
  ];
  const edges: Edge[] = [];
  selected.azs.forEach((az, i) => {
    // A parent comes before its children: xyflow positions children relative to it.
    nodes.push({ id: az, type: 'az', position: { x: i * (AZ.width + AZ.gap), y: AZ.top }, width: AZ.width, height: AZ.height, data: base(selected, az) });
    nodes.push({ id: `${az}/hsm`, type: 'hsm', parentId: az, extent: 'parent', position: { x: PART.x, y: PART.hsmY }, width: PART.width, height: PART.hsmHeight, data: base(selected, az) });
    nodes.push({
      id: `${az}/replica`,
      type: 'replica',
      parentId: az,
      extent: 'parent',
      position: { x: PART.x, y: PART.replicaY },
      width: PART.width,
      height: PART.replicaHeight,
      data: base(selected, az),
    });
    edges.push({ id: `${selected.name}->${az}`, source: selected.name, target: az });
  });
  const x = azRowWidth + OTHERS.gap;
  nodes.push({ id: 'others', type: 'caption', position: { x, y: 0 }, width: OTHERS.width, height: OTHERS.captionHeight, data: { region: '', az: '', displayName: '' } });
  others.forEach((region, i) => {
    nodes.push({
      id: region.name,
      type: 'other-region',
      position: { x, y: OTHERS.captionHeight + 12 + i * OTHERS.step },
      width: OTHERS.width,
      height: OTHERS.height,
      data: base(region),
    });
  });
  return { nodes, edges };
}
