// Key policy documents: checked and stored now; evaluated on every request once access control
// arrives (see ARCHITECTURE.md, "Leave room"). The checks mirror what CreateKey and PutKeyPolicy refuse.

import { KmsError } from '../errors';

/** AWS: a key policy document is at most 32 KB (not adjustable). */
export const MAX_POLICY_BYTES = 32_768;

const ARN_PRINCIPAL = /^arn:aws:(iam|sts)::\d{12}:(root|user\/[\w+=,.@/-]+|role\/[\w+=,.@/-]+|assumed-role\/[\w+=,.@-]+\/[\w+=,.@-]+)$/;
const ACCOUNT_PRINCIPAL = /^\d{12}$/;
const SERVICE_PRINCIPAL = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com$/;

const malformed = (message: string) => new KmsError('MalformedPolicyDocumentException', message);

type Statement = Record<string, unknown>;

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

function principalsValid(principal: unknown): boolean {
  if (principal === '*') return true;
  if (typeof principal !== 'object' || principal === null || Array.isArray(principal)) return false;
  return Object.entries(principal as Record<string, unknown>).every(([type, values]) => {
    const list = asList(values);
    if (list.length === 0 || !list.every((v) => typeof v === 'string')) return false;
    if (type === 'AWS') return (list).every((v) => v === '*' || ARN_PRINCIPAL.test(v) || ACCOUNT_PRINCIPAL.test(v));
    if (type === 'Service') return (list).every((v) => SERVICE_PRINCIPAL.test(v));
    return false;
  });
}

function actionMatches(pattern: string, action: string): boolean {
  if (pattern === '*') return true;
  const regex = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');
  return regex.test(action);
}

function principalCovers(principal: unknown, callerArn: string, accountId: string): boolean {
  if (principal === '*') return true;
  const aws = asList((principal as Record<string, unknown>).AWS);
  return aws.some((p) => p === '*' || p === callerArn || p === accountId || p === `arn:aws:iam::${accountId}:root`);
}

/**
 * Parses and checks a key policy. Returns nothing on success; throws the AWS exception otherwise.
 * `lockoutCheck` applies AWS's safety check: the policy must let the caller change it later.
 */
export function validateKeyPolicy(policy: string, options: { callerArn: string; accountId: string; lockoutCheck: boolean }): void {
  if (new TextEncoder().encode(policy).length > MAX_POLICY_BYTES) {
    throw new KmsError('LimitExceededException', `The key policy exceeds the maximum size of ${MAX_POLICY_BYTES} bytes.`);
  }
  let document: unknown;
  try {
    document = JSON.parse(policy);
  } catch {
    throw malformed('The policy is not valid JSON.');
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) throw malformed('The policy must be a JSON object.');
  const statements = asList((document as Record<string, unknown>).Statement);
  if (statements.length === 0) throw malformed('The policy must contain at least one statement.');
  for (const statement of statements) {
    if (typeof statement !== 'object' || statement === null || Array.isArray(statement)) throw malformed('Each policy statement must be a JSON object.');
    const { Effect, Principal } = statement as Statement;
    if (Effect !== 'Allow' && Effect !== 'Deny') throw malformed('Each policy statement must have an Effect of Allow or Deny.');
    if (Principal === undefined) throw malformed('Policy statement is missing a Principal.');
    if (!principalsValid(Principal)) throw malformed('Policy contains a statement with one or more invalid principals.');
  }
  if (options.lockoutCheck) {
    const allowsUpdate = statements.some((s) => {
      const { Effect, Principal, Action } = s as Statement;
      return Effect === 'Allow' && principalCovers(Principal, options.callerArn, options.accountId) &&
        asList(Action).some((a) => typeof a === 'string' && actionMatches(a, 'kms:PutKeyPolicy'));
    });
    if (!allowsUpdate) {
      throw malformed('The new key policy will not allow you to update the key policy in the future.');
    }
  }
}
