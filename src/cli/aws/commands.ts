// The `aws` command table, derived from the engine: every operation in `kms.operations` becomes a
// kebab-case subcommand with its request members as options, the way the AWS CLI derives its
// commands from the service model (botocore's xform_name). CloudTrail adds lookup-events.

import { CLOUDTRAIL_TARGET_PREFIX, KMS_TARGET_PREFIX } from '../../protocol/index';
import { LOOKUP_EVENTS_MEMBERS, operationMembers, type Kms, type Members } from '../../engine/index';

export type ServiceName = 'kms' | 'cloudtrail';

/** botocore's pagination config for the operations the CLI pages through by itself. */
export interface Paginator {
  inputToken: string;
  outputToken: string;
  limitKey: string;
  resultKey: string;
}

export interface CommandSpec {
  service: ServiceName;
  /** `generate-data-key` */
  name: string;
  /** `GenerateDataKey` */
  operation: string;
  /** `TrentService.GenerateDataKey` */
  target: string;
  members: Members;
  paginator?: Paginator;
}

const kmsPages = (resultKey: string): Paginator => ({ inputToken: 'Marker', outputToken: 'NextMarker', limitKey: 'Limit', resultKey });

// From botocore's kms/2014-11-01/paginators-1.json and cloudtrail/2013-11-01/paginators-1.json.
const PAGINATORS: Record<string, Paginator> = {
  ListKeys: kmsPages('Keys'),
  ListAliases: kmsPages('Aliases'),
  ListKeyPolicies: kmsPages('PolicyNames'),
  ListKeyRotations: kmsPages('Rotations'),
  ListResourceTags: kmsPages('Tags'),
  LookupEvents: { inputToken: 'NextToken', outputToken: 'NextToken', limitKey: 'MaxResults', resultKey: 'Events' },
};

const FIRST_CAP = /(.)([A-Z][a-z]+)/g;
const END_CAP = /([a-z0-9])([A-Z])/g;
const SPECIAL_PLURAL = /[A-Z]{2,}s$/;

/** botocore's xform_name with `-`: `GenerateDataKey` → `generate-data-key`, `AWSAccountId` → `aws-account-id`. */
export function xformName(name: string): string {
  if (name.includes('-')) return name;
  let value = name;
  const special = SPECIAL_PLURAL.exec(value);
  if (special) value = `${value.slice(0, -special[0].length)}-${special[0].toLowerCase()}`;
  return value.replace(FIRST_CAP, '$1-$2').replace(END_CAP, '$1-$2').toLowerCase();
}

function spec(service: ServiceName, operation: string, members: Members): CommandSpec {
  const prefix = service === 'kms' ? KMS_TARGET_PREFIX : CLOUDTRAIL_TARGET_PREFIX;
  const paginator = PAGINATORS[operation];
  return { service, name: xformName(operation), operation, target: `${prefix}.${operation}`, members, ...(paginator && { paginator }) };
}

/** The subcommands of each service, sorted by name as `aws <service> help` lists them. */
export function commandTable(kms: Pick<Kms, 'operations'>): Record<ServiceName, CommandSpec[]> {
  const byName = (a: CommandSpec, b: CommandSpec) => (a.name < b.name ? -1 : 1);
  return {
    kms: kms.operations.map((operation) => spec('kms', operation, operationMembers(operation) ?? {})).sort(byName),
    cloudtrail: [spec('cloudtrail', 'LookupEvents', LOOKUP_EVENTS_MEMBERS)],
  };
}

export const SERVICES: readonly ServiceName[] = ['cloudtrail', 'kms'];
