// The key list as the AWS console reads it: ListKeys (every page), DescribeKey for each key, and
// ListAliases to put names beside them. Every read is a real request, recorded in CloudTrail.

import { allPages, withMarker } from '../../engine/index';
import type { CallError } from '../../stores/engine-store';
import type { ConsoleCall } from './console-env';
import type { KeyRow } from './key-rows';

export interface AliasEntry {
  AliasName: string;
  AliasArn: string;
  TargetKeyId?: string;
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; error: CallError };

/** Every item of a paginated KMS list, or the failure that stopped it. */
export async function listAll<T>(call: ConsoleCall, operation: string, input: Record<string, unknown>, member: string): Promise<Loaded<T[]>> {
  let failed = null as CallError | null;
  const value = await allPages<T>(async (marker) => {
    const outcome = await call(operation, withMarker(input, marker));
    if (outcome.ok) return outcome.output;
    failed = outcome.error;
    return {}; // no items and no marker: the walk ends here
  }, member);
  return failed ? { ok: false, error: failed } : { ok: true, value };
}

export function rowOf(metadata: Record<string, unknown>, aliases: readonly AliasEntry[]): KeyRow {
  const keyId = metadata.KeyId as string;
  return {
    keyId,
    arn: metadata.Arn as string,
    aliases: aliases.filter((alias) => alias.TargetKeyId === keyId).map((alias) => alias.AliasName),
    status: metadata.KeyState as string,
    keySpec: metadata.KeySpec as string,
    keyUsage: metadata.KeyUsage as string,
    description: (metadata.Description as string | undefined) ?? '',
    keyManager: metadata.KeyManager as string,
    creationDate: (metadata.CreationDate as Date).getTime(),
  };
}

export async function loadKeyRows(call: ConsoleCall): Promise<Loaded<KeyRow[]>> {
  const [keys, aliases] = await Promise.all([listAll<{ KeyId: string }>(call, 'ListKeys', {}, 'Keys'), listAll<AliasEntry>(call, 'ListAliases', {}, 'Aliases')]);
  if (!keys.ok) return keys;
  if (!aliases.ok) return aliases;
  const described = await Promise.all(keys.value.map(({ KeyId }) => call('DescribeKey', { KeyId })));
  // A key deleted between ListKeys and DescribeKey is simply gone; any other failure is the list's.
  const failed = described.find((outcome) => !outcome.ok && outcome.error.name !== 'NotFoundException');
  if (failed && !failed.ok) return { ok: false, error: failed.error };
  const rows = described.flatMap((outcome) => (outcome.ok ? [rowOf(outcome.output.KeyMetadata as Record<string, unknown>, aliases.value)] : []));
  return { ok: true, value: rows };
}
