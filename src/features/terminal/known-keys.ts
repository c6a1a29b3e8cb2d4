// The key IDs and aliases Tab offers in the terminal's Region, asked of the engine with observer calls
// (SPEC REQ-8): a look at state by the simulator itself, with no CloudTrail record, no quota and no
// events, so completing a word never shows up as a request the learner did not make.

import { allPages, withMarker, type Kms } from '../../engine/index';

export interface KnownKeys {
  keyIds: string[];
  aliases: string[];
}

export async function knownKeys(kms: Kms, region: string): Promise<KnownKeys> {
  const list = <T>(operation: 'ListKeys' | 'ListAliases', member: string) =>
    allPages<T>((marker) => kms.send(operation, withMarker({ Limit: 1000 }, marker), { region, observer: true }), member);
  const [keys, aliases] = await Promise.all([list<{ KeyId: string }>('ListKeys', 'Keys'), list<{ AliasName: string }>('ListAliases', 'Aliases')]);
  return { keyIds: keys.map((key) => key.KeyId).sort(), aliases: aliases.map((alias) => alias.AliasName).sort() };
}
