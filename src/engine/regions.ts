export interface RegionConfig {
  name: string;
  /** Human name as the AWS console shows it. */
  displayName: string;
  /** Availability Zone names, e.g. us-east-1a. */
  azs: string[];
}

const region = (name: string, displayName: string): RegionConfig => ({
  name,
  displayName,
  azs: ['a', 'b', 'c'].map((suffix) => `${name}${suffix}`),
});

export const DEFAULT_REGIONS: readonly RegionConfig[] = [
  region('us-east-1', 'US East (N. Virginia)'),
  region('us-west-2', 'US West (Oregon)'),
  region('eu-west-1', 'Europe (Ireland)'),
  region('ap-southeast-2', 'Asia Pacific (Sydney)'),
];

export const DEFAULT_REGION = 'us-east-1';
export const DEFAULT_ACCOUNT_ID = '111122223333';
