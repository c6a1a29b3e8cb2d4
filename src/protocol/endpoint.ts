// Which service and Region a request is for (from the host name, as the SDK's endpoint resolver
// builds it) and which operation (from X-Amz-Target, as AWS JSON 1.1 names it).

export type ServiceName = 'kms' | 'cloudtrail';

export interface Endpoint {
  service: ServiceName;
  region: string;
}

// Standard and FIPS endpoints; `.api.aws` is the dual-stack form the SDK uses with useDualstackEndpoint.
const HOST = /^(kms|cloudtrail)(?:-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d+)\.(?:amazonaws\.com|api\.aws)$/;

/** Reads `kms.us-east-1.amazonaws.com` (any case, optional `:port`) as { service, region }. */
export function parseHost(host: string | undefined): Endpoint | undefined {
  if (host === undefined) return undefined;
  const match = HOST.exec(host.trim().toLowerCase().replace(/:\d+$/, ''));
  if (!match) return undefined;
  return { service: match[1] as ServiceName, region: match[2]! };
}

export const KMS_TARGET_PREFIX = 'TrentService';
export const CLOUDTRAIL_TARGET_PREFIX = 'CloudTrail_20131101';

/** The target prefixes each service answers to. */
const TARGET_PREFIXES: Record<ServiceName, readonly string[]> = {
  kms: [KMS_TARGET_PREFIX],
  // The installed @aws-sdk/client-cloudtrail sends `CloudTrail_20131101.<Operation>`; the model's
  // fully qualified form (botocore's targetPrefix before 2022) is still accepted by CloudTrail.
  cloudtrail: [CLOUDTRAIL_TARGET_PREFIX, `com.amazonaws.cloudtrail.v20131101.${CLOUDTRAIL_TARGET_PREFIX}`],
};

/**
 * The operation an X-Amz-Target names for this service, or undefined when the prefix is another
 * service's or the value is no `<prefix>.<Operation>` at all. Whether the operation exists is the
 * caller's question.
 */
export function operationOf(service: ServiceName, target: string): string | undefined {
  for (const prefix of TARGET_PREFIXES[service]) {
    if (target.startsWith(`${prefix}.`)) {
      const operation = target.slice(prefix.length + 1);
      return /^[A-Za-z][A-Za-z0-9]*$/.test(operation) ? operation : undefined;
    }
  }
  return undefined;
}

/** Where the terminal sends a target it has no host for: CloudTrail targets to CloudTrail, the rest to KMS. */
export function hostFor(target: string, region: string): string {
  const service: ServiceName = operationOf('cloudtrail', target) !== undefined ? 'cloudtrail' : 'kms';
  return `${service}.${region}.amazonaws.com`;
}
