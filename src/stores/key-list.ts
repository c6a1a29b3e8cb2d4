// The keys of a Region as a feature lists them for a picker, read the way the AWS console reads
// them (ListKeys, then DescribeKey for each), through the engine store's `call` so every read is a
// real, audited request. Shared by the features that let a learner choose a key; no React here.

import type { CallOutcome } from './engine-store';

export type Call = (operation: string, input: Record<string, unknown>, context?: { region?: string }) => Promise<CallOutcome>;

/** The members of KeyMetadata a key picker shows. */
export interface KeySummary {
  KeyId: string;
  Arn: string;
  Description: string;
  KeyState: string;
}

export const asKeySummary = (metadata: unknown): KeySummary => metadata as KeySummary;

export async function listRegionKeys(call: Call, region: string): Promise<KeySummary[]> {
  const listed = await call('ListKeys', {}, { region });
  if (!listed.ok) throw new Error(`${listed.error.name}: ${listed.error.message}`);
  const ids = (listed.output.Keys as Array<{ KeyId: string }>).map((key) => key.KeyId);
  const described = await Promise.all(ids.map((KeyId) => call('DescribeKey', { KeyId }, { region })));
  return described.flatMap((outcome) => (outcome.ok ? [asKeySummary(outcome.output.KeyMetadata)] : []));
}

/** A short label for a picker: description, short ID and state. */
export function keyLabel(key: KeySummary): string {
  const id = key.KeyId.length > 13 ? `${key.KeyId.slice(0, 8)}…` : key.KeyId;
  return `${key.Description || 'No description'} · ${id} · ${key.KeyState}`;
}
