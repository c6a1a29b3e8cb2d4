// Tags and key policies: TagResource, UntagResource, ListResourceTags, GetKeyPolicy, PutKeyPolicy,
// ListKeyPolicies.

import { KmsError } from '../errors';
import type { Tag } from '../keys/key-record';
import { validateKeyPolicy } from '../policy/validate-policy';
import { bool, int, list, required, str, structure } from '../shapes';
import { KEY_ID, LIMIT, MARKER, loggedParameters, paginate } from './common';
import { defineOperation } from './types';
import { POLICY_NAME, POLICY_TEXT } from './policy-shapes';

export const TAGS = list(structure({ TagKey: required(str({ min: 1, max: 128 })), TagValue: required(str({ min: 0, max: 256 })) }));

/** AWS: at most 50 tags on a KMS key. */
export const MAX_TAGS = 50;

/** Adds tags over existing ones (a repeated key replaces the value), with AWS's tag rules. */
export function mergeTags(existing: readonly Tag[], added: readonly Tag[]): Tag[] {
  const merged = new Map(existing.map((tag) => [tag.TagKey, tag.TagValue]));
  for (const tag of added) {
    if (tag.TagKey.toLowerCase().startsWith('aws:')) throw new KmsError('TagException', 'Tag keys cannot start with the reserved prefix aws:.');
    merged.set(tag.TagKey, tag.TagValue);
  }
  if (merged.size > MAX_TAGS) throw new KmsError('TagException', `A KMS key can have at most ${MAX_TAGS} tags.`);
  return [...merged].map(([TagKey, TagValue]) => ({ TagKey, TagValue }));
}

export const TagResource = defineOperation({
  name: 'TagResource',
  action: 'kms:TagResource',
  readOnly: false,
  mutates: true,
  members: { KeyId: required(KEY_ID), Tags: required(TAGS) },
  requestParameters: loggedParameters,
  run(ctx, input: { KeyId: string; Tags: Tag[] }) {
    const key = ctx.resolveKey(input.KeyId, { aliases: false });
    ctx.requireState(key);
    ctx.tx.putKey({ ...key, tags: mergeTags(key.tags, input.Tags) });
    return Promise.resolve({});
  },
});

export const UntagResource = defineOperation({
  name: 'UntagResource',
  action: 'kms:UntagResource',
  readOnly: false,
  mutates: true,
  members: { KeyId: required(KEY_ID), TagKeys: required(list(str({ min: 1, max: 128 }))) },
  requestParameters: loggedParameters,
  run(ctx, input: { KeyId: string; TagKeys: string[] }) {
    const key = ctx.resolveKey(input.KeyId, { aliases: false });
    ctx.requireState(key);
    const removed = new Set(input.TagKeys);
    ctx.tx.putKey({ ...key, tags: key.tags.filter((tag) => !removed.has(tag.TagKey)) });
    return Promise.resolve({});
  },
});

export const ListResourceTags = defineOperation({
  name: 'ListResourceTags',
  action: 'kms:ListResourceTags',
  readOnly: true,
  mutates: false,
  members: { KeyId: required(KEY_ID), Limit: int(1, 50), Marker: MARKER },
  requestParameters: loggedParameters,
  run(ctx, input: { KeyId: string; Limit?: number; Marker?: string }) {
    const key = ctx.resolveKey(input.KeyId, { aliases: false });
    const { page, truncated, nextMarker } = paginate(key.tags, input.Limit, input.Marker, 50);
    return Promise.resolve({ Tags: page, Truncated: truncated, ...(nextMarker && { NextMarker: nextMarker }) });
  },
});

function requireDefaultPolicyName(name: string | undefined): void {
  if (name !== undefined && name !== 'default') throw new KmsError('NotFoundException', 'No such policy exists');
}

export const GetKeyPolicy = defineOperation({
  name: 'GetKeyPolicy',
  action: 'kms:GetKeyPolicy',
  readOnly: true,
  mutates: false,
  members: { KeyId: required(KEY_ID), PolicyName: POLICY_NAME },
  requestParameters: (input: { KeyId: string; PolicyName?: string }) => ({ keyId: input.KeyId, policyName: input.PolicyName ?? 'default' }),
  run(ctx, input: { KeyId: string; PolicyName?: string }) {
    const key = ctx.resolveKey(input.KeyId, { aliases: false });
    requireDefaultPolicyName(input.PolicyName);
    return Promise.resolve({ Policy: key.policy, PolicyName: 'default' });
  },
});

interface PutKeyPolicyInput {
  KeyId: string;
  PolicyName?: string;
  Policy: string;
  BypassPolicyLockoutSafetyCheck?: boolean;
}

export const PutKeyPolicy = defineOperation({
  name: 'PutKeyPolicy',
  action: 'kms:PutKeyPolicy',
  readOnly: false,
  mutates: true,
  members: { KeyId: required(KEY_ID), PolicyName: POLICY_NAME, Policy: required(POLICY_TEXT), BypassPolicyLockoutSafetyCheck: bool },
  requestParameters: loggedParameters,
  run(ctx, input: PutKeyPolicyInput) {
    const key = ctx.resolveKey(input.KeyId, { aliases: false });
    requireDefaultPolicyName(input.PolicyName);
    validateKeyPolicy(input.Policy, { callerArn: ctx.identity.arn, accountId: ctx.accountId, lockoutCheck: !input.BypassPolicyLockoutSafetyCheck });
    ctx.tx.putKey({ ...key, policy: input.Policy });
    return Promise.resolve({});
  },
});

export const ListKeyPolicies = defineOperation({
  name: 'ListKeyPolicies',
  action: 'kms:ListKeyPolicies',
  readOnly: true,
  mutates: false,
  members: { KeyId: required(KEY_ID), Limit: LIMIT, Marker: MARKER },
  requestParameters: loggedParameters,
  run(ctx, input: { KeyId: string; Limit?: number; Marker?: string }) {
    ctx.resolveKey(input.KeyId, { aliases: false });
    const { page, truncated, nextMarker } = paginate(['default'], input.Limit, input.Marker);
    return Promise.resolve({ PolicyNames: page, Truncated: truncated, ...(nextMarker && { NextMarker: nextMarker }) });
  },
});
