// The key IDs and aliases Tab offers, read from the CloudTrail log the engine store already holds.
// Completing a word must not call ListKeys or ListAliases: each would be a request and a CloudTrail
// record the learner did not make. The log says the same thing: a key exists from the first
// successful request naming it until KMS's DeleteKey event, an alias from CreateAlias to DeleteAlias
// (or its key's deletion).

import type { CloudTrailRecord } from '../../engine/index';

export interface KnownKeys {
  keyIds: string[];
  aliases: string[];
}

const keyIdOf = (arnOrId: string) => arnOrId.slice(arnOrId.lastIndexOf('/') + 1);
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

export function knownKeys(records: Iterable<CloudTrailRecord>, region: string): KnownKeys {
  const keys = new Set<string>();
  const deleted = new Set<string>();
  const aliases = new Map<string, string>();
  for (const record of records) {
    if (record.awsRegion !== region || record.errorCode !== undefined) continue;
    const named = (record.resources ?? []).filter((resource) => resource.type === 'AWS::KMS::Key').map((resource) => keyIdOf(resource.ARN));
    const created = text((record.responseElements?.['keyMetadata'] as Record<string, unknown> | undefined)?.['keyId']);
    if (created) named.push(created);
    if (record.eventName === 'DeleteKey' && record.eventType === 'AwsServiceEvent') {
      for (const id of named) {
        keys.delete(id);
        deleted.add(id);
        for (const [alias, target] of aliases) if (target === id) aliases.delete(alias);
      }
      continue;
    }
    for (const id of named) if (!deleted.has(id)) keys.add(id);
    const params = record.requestParameters ?? {};
    const aliasName = text(params['aliasName']);
    const target = text(params['targetKeyId']);
    if (!aliasName) continue;
    if ((record.eventName === 'CreateAlias' || record.eventName === 'UpdateAlias') && target) aliases.set(aliasName, keyIdOf(target));
    if (record.eventName === 'DeleteAlias') aliases.delete(aliasName);
  }
  return { keyIds: [...keys].sort(), aliases: [...aliases.keys()].sort() };
}
