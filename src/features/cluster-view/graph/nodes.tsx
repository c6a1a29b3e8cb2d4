// The graph's custom nodes. Each is memoized and reads its own slice of the monitor through the parts
// it renders; node data carries only names, so the nodes array never changes while requests flow.
// NODE_TYPES lives at module level: a nodeTypes object made during render remounts every node.

import { Handle, Position, type NodeProps, type NodeTypes } from '@xyflow/react';
import { memo } from 'react';
import { AzHeader, HsmBox, OtherRegionSummary, Pulse, RegionSummary, ReplicaBox, useServedLatest } from '../az-parts';
import type { ClusterNode } from './layout';

type Props = NodeProps<ClusterNode>;

const RegionNode = memo(function RegionNode({ data }: Props) {
  return (
    <div className="flow-node flow-node--region">
      <RegionSummary region={data.region} displayName={data.displayName} />
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
});

const AzNode = memo(function AzNode({ data }: Props) {
  const latest = useServedLatest(data.region, data.az);
  return (
    <div className={`flow-node flow-node--az${latest ? ' is-latest' : ''}`}>
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <Pulse region={data.region} az={data.az} />
      <AzHeader region={data.region} az={data.az} />
    </div>
  );
});

const HsmNode = memo(function HsmNode({ data }: Props) {
  return <HsmBox region={data.region} az={data.az} />;
});

const ReplicaNode = memo(function ReplicaNode({ data }: Props) {
  return <ReplicaBox region={data.region} az={data.az} />;
});

const OtherRegionNode = memo(function OtherRegionNode({ data }: Props) {
  return <OtherRegionSummary region={data.region} displayName={data.displayName} />;
});

const CaptionNode = memo(function CaptionNode() {
  return (
    <div className="flow-caption">
      <p className="flow-caption__title">Other Regions</p>
      <p>Independent: faults in one Region never reach another.</p>
    </div>
  );
});

export const NODE_TYPES: NodeTypes = {
  region: RegionNode,
  az: AzNode,
  hsm: HsmNode,
  replica: ReplicaNode,
  'other-region': OtherRegionNode,
  caption: CaptionNode,
};
