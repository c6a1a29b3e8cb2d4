// The authorize step every request passes through. Key policies, IAM policies and grants are stored
// now and evaluated when access control arrives (ARCHITECTURE.md, "Leave room"); until then every
// identity of the simulated account is allowed, and the decision says so.

import type { Identity } from '../identities';

export interface Decision {
  decision: 'Allow' | 'Deny';
  reason: string;
  /** The AccessDeniedException text, for a Deny. */
  message?: string;
}

export function authorize(identity: Identity, accountId: string, action: string): Decision {
  return {
    decision: 'Allow',
    reason: `${identity.userName} is an identity of account ${accountId}. KMS Lab stores key policies but does not evaluate them yet, so every identity of the account may call ${action}.`,
  };
}
