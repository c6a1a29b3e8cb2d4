// The Regions the shell offers. A stand-in until the engine publishes its own list (engine/cluster):
// then this file should re-export the engine's names rather than keep a second copy.
export const REGIONS = [
  { id: 'us-east-1', name: 'US East (N. Virginia)' },
  { id: 'us-west-2', name: 'US West (Oregon)' },
  { id: 'eu-west-1', name: 'Europe (Ireland)' },
  { id: 'ap-southeast-2', name: 'Asia Pacific (Sydney)' },
] as const;

export type RegionId = (typeof REGIONS)[number]['id'];

export const DEFAULT_REGION: RegionId = 'us-east-1';

export function isRegionId(value: string): value is RegionId {
  return REGIONS.some((region) => region.id === value);
}
