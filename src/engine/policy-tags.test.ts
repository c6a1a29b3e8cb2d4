// Key policies (SPEC POL-1, POL-2) and tags (KEY-7): GetKeyPolicy, PutKeyPolicy, ListKeyPolicies,
// TagResource, UntagResource, ListResourceTags, and the same checks on CreateKey.

import { describe, expect, it } from 'vitest';
import { ACCOUNT, newKms } from '../testing/fixture';

// AWS's default key policy as GetKeyPolicy returns it (two-space indent, a space before each colon).
const DEFAULT_POLICY = `{
  "Version" : "2012-10-17",
  "Id" : "key-default-1",
  "Statement" : [ {
    "Sid" : "Enable IAM User Permissions",
    "Effect" : "Allow",
    "Principal" : {
      "AWS" : "arn:aws:iam::111122223333:root"
    },
    "Action" : "kms:*",
    "Resource" : "*"
  } ]
}`;

const ALICE = `arn:aws:iam::${ACCOUNT}:user/Alice`;
const ADMIN = `arn:aws:iam::${ACCOUNT}:user/Admin`;

const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
const allow = (principal: unknown, action: string | string[]) => ({ Effect: 'Allow', Principal: principal, Action: action, Resource: '*' });

type Tags = { Tags: Array<{ TagKey: string; TagValue: string }>; Truncated: boolean; NextMarker?: string };

describe('POL-1 key policies', () => {
  it('POL-1 a new key gets the default key policy byte for byte', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    await expect(kms.send('GetKeyPolicy', { KeyId })).resolves.toEqual({ Policy: DEFAULT_POLICY, PolicyName: 'default' });
    await expect(kms.send('GetKeyPolicy', { KeyId, PolicyName: 'default' })).resolves.toHaveProperty('Policy', DEFAULT_POLICY);
  });

  it('POL-1 ListKeyPolicies returns ["default"]; another PolicyName fails with NotFoundException', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    await expect(kms.send('ListKeyPolicies', { KeyId })).resolves.toEqual({ PolicyNames: ['default'], Truncated: false });
    await expect(kms.send('GetKeyPolicy', { KeyId, PolicyName: 'other' })).rejects.toMatchObject({ name: 'NotFoundException', message: 'No such policy exists' });
    await expect(kms.send('PutKeyPolicy', { KeyId, PolicyName: 'other', Policy: DEFAULT_POLICY })).rejects.toMatchObject({ name: 'NotFoundException' });
    await expect(kms.send('GetKeyPolicy', { KeyId, PolicyName: 'not-a-word' })).rejects.toMatchObject({ name: 'ValidationException' });
  });
});

describe('POL-2 policy documents', () => {
  it('POL-2 PutKeyPolicy stores a valid policy that GetKeyPolicy returns unchanged', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    const text = policy(allow({ AWS: ADMIN }, 'kms:*'), { Effect: 'Deny', Principal: '*', Action: 'kms:Decrypt', Resource: '*' });
    await expect(kms.send('PutKeyPolicy', { KeyId, Policy: text })).resolves.toEqual({});
    await expect(kms.send('GetKeyPolicy', { KeyId })).resolves.toHaveProperty('Policy', text);
  });

  it.each([
    ['not JSON', '{ "Statement": ', 'The policy is not valid JSON.'],
    ['a JSON array', '[]', 'The policy must be a JSON object.'],
    ['no statement', '{"Version":"2012-10-17","Statement":[]}', 'The policy must contain at least one statement.'],
    ['a statement without Effect', policy({ Principal: { AWS: ADMIN }, Action: 'kms:*' }), 'Each policy statement must have an Effect of Allow or Deny.'],
    ['a statement without Principal', policy({ Effect: 'Allow', Action: 'kms:*' }), 'Policy statement is missing a Principal.'],
    ['an invalid principal', policy(allow({ AWS: 'Bob' }, 'kms:*')), 'Policy contains a statement with one or more invalid principals.'],
    ['an unknown principal type', policy(allow({ Federated: 'cognito-identity.amazonaws.com' }, 'kms:*')), 'Policy contains a statement with one or more invalid principals.'],
  ])('POL-2 a policy with %s fails with MalformedPolicyDocumentException', async (_what, text, message) => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    await expect(kms.send('PutKeyPolicy', { KeyId, Policy: text })).rejects.toMatchObject({ name: 'MalformedPolicyDocumentException', message });
    await expect(kms.send('GetKeyPolicy', { KeyId })).resolves.toHaveProperty('Policy', DEFAULT_POLICY);
    await expect(kms.send('CreateKey', { Policy: text })).rejects.toMatchObject({ name: 'MalformedPolicyDocumentException', message });
  });

  it('POL-2 the lockout safety check refuses a policy the caller could not change later, unless bypassed', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    const lockout = policy(allow({ AWS: `arn:aws:iam::${ACCOUNT}:root` }, ['kms:Encrypt', 'kms:Decrypt']));
    const message = 'The new key policy will not allow you to update the key policy in the future.';
    await expect(kms.send('PutKeyPolicy', { KeyId, Policy: lockout })).rejects.toMatchObject({ name: 'MalformedPolicyDocumentException', message });
    await expect(kms.send('CreateKey', { Policy: lockout })).rejects.toMatchObject({ name: 'MalformedPolicyDocumentException', message });
    await expect(kms.send('PutKeyPolicy', { KeyId, Policy: lockout, BypassPolicyLockoutSafetyCheck: true })).resolves.toEqual({});
    await expect(kms.send('CreateKey', { Policy: lockout, BypassPolicyLockoutSafetyCheck: true })).resolves.toHaveProperty('KeyMetadata');
  });

  it('POL-2 the lockout check is about the caller: a policy for Admin locks Alice out', async () => {
    const { kms } = await newKms();
    const adminOnly = policy(allow({ AWS: ADMIN }, 'kms:PutKeyPolicy'));
    await expect(kms.send('CreateKey', { Policy: adminOnly }, { principal: ADMIN })).resolves.toHaveProperty('KeyMetadata');
    await expect(kms.send('CreateKey', { Policy: adminOnly }, { principal: ALICE })).rejects.toMatchObject({ name: 'MalformedPolicyDocumentException' });
    const wildcard = policy(allow('*', 'kms:Put*'));
    await expect(kms.send('CreateKey', { Policy: wildcard }, { principal: ALICE })).resolves.toHaveProperty('KeyMetadata');
  });

  it('POL-2 a policy over 32 KB fails with LimitExceededException', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    const big = policy({ ...allow({ AWS: ADMIN }, 'kms:*'), Sid: 'x'.repeat(33_000) });
    await expect(kms.send('PutKeyPolicy', { KeyId, Policy: big })).rejects.toMatchObject({
      name: 'LimitExceededException',
      message: 'The key policy exceeds the maximum size of 32768 bytes.',
    });
  });

  it('POL-2 policy text outside tab, newlines and U+0020–U+00FF fails with ValidationException', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    const text = policy({ ...allow({ AWS: ADMIN }, 'kms:*'), Sid: 'Euro€' });
    await expect(kms.send('PutKeyPolicy', { KeyId, Policy: text })).rejects.toMatchObject({ name: 'ValidationException' });
  });
});

describe('KEY-7 tags', () => {
  it('KEY-7 TagResource adds tags, a repeated key replaces its value, UntagResource removes them', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey({ Tags: [{ TagKey: 'team', TagValue: 'payments' }] });
    await expect(kms.send('TagResource', { KeyId, Tags: [{ TagKey: 'env', TagValue: '' }, { TagKey: 'team', TagValue: 'risk' }] })).resolves.toEqual({});
    await expect(kms.send('ListResourceTags', { KeyId })).resolves.toEqual({
      Tags: [{ TagKey: 'team', TagValue: 'risk' }, { TagKey: 'env', TagValue: '' }],
      Truncated: false,
    });
    await expect(kms.send('UntagResource', { KeyId, TagKeys: ['team', 'absent'] })).resolves.toEqual({});
    await expect(kms.send('ListResourceTags', { KeyId })).resolves.toHaveProperty('Tags', [{ TagKey: 'env', TagValue: '' }]);
  });

  it('KEY-7 tag keys may not start with aws: (TagException), on TagResource and CreateKey', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    const message = 'Tag keys cannot start with the reserved prefix aws:.';
    await expect(kms.send('TagResource', { KeyId, Tags: [{ TagKey: 'AWS:owner', TagValue: 'x' }] })).rejects.toMatchObject({ name: 'TagException', message });
    await expect(kms.send('CreateKey', { Tags: [{ TagKey: 'aws:owner', TagValue: 'x' }] })).rejects.toMatchObject({ name: 'TagException', message });
    expect(((await kms.send('ListKeys', {})) as { Keys: unknown[] }).Keys).toHaveLength(1);
  });

  it('KEY-7 a key has at most 50 tags (TagException)', async () => {
    const { kms, createKey } = await newKms();
    const tags = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ TagKey: `k${from + i}`, TagValue: 'v' }));
    const { KeyId } = await createKey({ Tags: tags(0, 49) });
    await expect(kms.send('TagResource', { KeyId, Tags: tags(49, 1) })).resolves.toEqual({});
    await expect(kms.send('TagResource', { KeyId, Tags: [{ TagKey: 'k0', TagValue: 'replaced' }] })).resolves.toEqual({});
    await expect(kms.send('TagResource', { KeyId, Tags: tags(50, 1) })).rejects.toMatchObject({ name: 'TagException', message: 'A KMS key can have at most 50 tags.' });
    await expect(kms.send('CreateKey', { Tags: tags(0, 51) })).rejects.toMatchObject({ name: 'TagException' });
    const first = (await kms.send('ListResourceTags', { KeyId, Limit: 20 })) as Tags;
    expect(first).toMatchObject({ Truncated: true });
    expect(first.Tags).toHaveLength(20);
    await expect(kms.send('ListResourceTags', { KeyId, Limit: 51 })).rejects.toMatchObject({ name: 'ValidationException' });
  });

  it('KEY-7 tag keys are 1–128 characters and values 0–256, as the model says (ValidationException)', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    const longKey = 'k'.repeat(129);
    await expect(kms.send('TagResource', { KeyId, Tags: [{ TagKey: longKey, TagValue: 'v' }] })).rejects.toMatchObject({
      name: 'ValidationException',
      message: `1 validation error detected: Value '${longKey}' at 'tags.1.member.tagKey' failed to satisfy constraint: Member must have length less than or equal to 128`,
    });
    await expect(kms.send('TagResource', { KeyId, Tags: [{ TagKey: 'ok', TagValue: 'v'.repeat(257) }] })).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(kms.send('TagResource', { KeyId, Tags: [{ TagKey: '', TagValue: 'v' }] })).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(kms.send('TagResource', { KeyId, Tags: [{ TagKey: 'k'.repeat(128), TagValue: 'v'.repeat(256) }] })).resolves.toEqual({});
  });
});
