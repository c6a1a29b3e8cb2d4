import { describe, expect, it } from 'vitest';
import { createKms } from '../../engine/index';
import { defaultKeyPolicyText } from './default-policy';

describe('default key policy preview', () => {
  it('is, byte for byte, the policy KMS attaches to a key created without one', async () => {
    const kms = await createKms({ accountId: '444455556666' });
    const { KeyMetadata } = (await kms.send('CreateKey', {})) as { KeyMetadata: { KeyId: string } };
    const { Policy } = await kms.send('GetKeyPolicy', { KeyId: KeyMetadata.KeyId, PolicyName: 'default' });
    expect(defaultKeyPolicyText('444455556666')).toBe(Policy);
    kms.close();
  });

  it('names the account root in the "Enable IAM User Permissions" statement', () => {
    const policy = JSON.parse(defaultKeyPolicyText('111122223333')) as { Statement: Array<Record<string, unknown>> };
    expect(policy.Statement).toEqual([
      { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' },
    ]);
  });
});
