// The key IDs and aliases Tab offers in the terminal's Region, asked of the engine with observer calls
// (SPEC REQ-8): a look at state by the simulator itself, with no CloudTrail record, no quota and no
// events, so completing a word never shows up as a request the learner did not make.

import type { Kms } from '../../engine/index';

export interface KnownKeys {
  keyIds: string[];
  aliases: string[];
}

/** Every page of a List operation, through its Marker. */
async function listAll<T>(kms: Kms, operation: 'ListKeys' | 'ListAliases', member: 'Keys' | 'Aliases', region: string): Promise<T[]> {
  const items: T[] = [];
  let marker: string | undefined;
  do {
    const page = await kms.send(operation, { Limit: 1000, ...(marker !== undefined && { Marker: marker }) }, { region, observer: true });
    items.push(...((page[member] as T[] | undefined) ?? []));
    marker = page.Truncated === true ? (page.NextMarker as string) : undefined;
  } while (marker !== undefined);
  return items;
}

export async function knownKeys(kms: Kms, region: string): Promise<KnownKeys> {
  const [keys, aliases] = await Promise.all([
    listAll<{ KeyId: string }>(kms, 'ListKeys', 'Keys', region),
    listAll<{ AliasName: string }>(kms, 'ListAliases', 'Aliases', region),
  ]);
  return { keyIds: keys.map((key) => key.KeyId).sort(), aliases: aliases.map((alias) => alias.AliasName).sort() };
}
