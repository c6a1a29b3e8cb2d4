// flows/: engine and envelope events → flow timelines (nodes, steps, captions). Plain TypeScript,
// no React: the flow canvas and the file page render what this layer computes.

export { buildTimeline, type TimelineOptions } from './timeline';
export { recordFlow, type FlowRecorder } from './recorder';
export { narrate, crossingWords } from './narrate';
export { FLOW_NODES, placeName, stepPath, type FlowNodeInfo } from './nodes';
export { CLAIMS, claimText, type ClaimId } from './claims';
export { stageWords } from './failures';
export { MAX_FOLLOWABLE_REQUESTS, HUMAN_REQUESTS_PER_SECOND } from './burst';
export { formatBytes, formatCount, plural, shortKey } from './format';
export type {
  AppEvent,
  BurstSummary,
  Crossing,
  CrossingKind,
  FailureStage,
  FlowInput,
  FlowNodeId,
  FlowRequestSummary,
  FlowStep,
  StepError,
  StepKind,
  Timeline,
} from './types';
