// The shell's acting identity as the CLI profile that signs with its access key: the real CLI picks
// credentials by profile and AWS learns the caller from the access key in the Authorization header,
// so the terminal names the profile whose identity is the chosen principal.

import { profiles } from '../../cli/index';
import type { Kms } from '../../engine/index';

/** `default` for the engine's Admin (principal null); otherwise the profile named after the identity. */
export function profileFor(kms: Pick<Kms, 'identities'>, principal: string | null): string {
  const all = profiles(kms);
  if (principal === null) return 'default';
  const matching = all.filter((profile) => profile.identity.arn === principal);
  // `default` and the user-name profile share Admin's identity; the named one says who is acting.
  return (matching.find((profile) => profile.name !== 'default') ?? matching[0])?.name ?? 'default';
}
