// The call runner behind start states and reference solutions: placeholders resolve, callers and
// Regions are honoured, and a call list that does not run as written stops loudly.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kms } from '../../engine/index';
import type { ApiCall } from './types';
import { testKms } from '../test-kms';
import { aliasesInTheWay, CallRunError, CONTENT_USER_AGENT, principalArn, runActions, runCalls } from './run-calls';

let kms: Kms;
beforeEach(async () => {
  ({ kms } = await testKms());
});
afterEach(() => kms.close());

describe('runCalls', () => {
  it('resolves $ref to an alias\'s key ID and to members of saved outputs', async () => {
    const { saved, outcomes } = await runCalls(kms, [
      { operation: 'CreateKey', input: { Description: 'k' }, saveAs: 'key' },
      { operation: 'CreateAlias', input: { AliasName: 'alias/k', TargetKeyId: { $ref: 'key.KeyMetadata.KeyId' } } },
      { operation: 'DescribeKey', input: { KeyId: { $ref: 'alias/k' } }, saveAs: 'described' },
    ]);
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect((saved.described!.KeyMetadata as { KeyId: string }).KeyId).toBe((saved.key!.KeyMetadata as { KeyId: string }).KeyId);
    // The look-up behind { $ref: 'alias/k' } is marked as the content layer's own request.
    expect(kms.trail.entries().filter((entry) => entry.record.userAgent === CONTENT_USER_AGENT).map((entry) => entry.record.eventName)).toEqual(['DescribeKey']);
  });

  it('turns $utf8 and $bytes into bytes, $principal into ARNs and $json into a string', async () => {
    const { saved } = await runCalls(kms, [
      { operation: 'CreateKey', input: {}, saveAs: 'key' },
      { operation: 'Encrypt', input: { KeyId: { $ref: 'key.KeyMetadata.KeyId' }, Plaintext: { $utf8: 'héllo' } }, saveAs: 'small' },
      { operation: 'Decrypt', input: { CiphertextBlob: { $ref: 'small.CiphertextBlob' } }, saveAs: 'opened' },
      { operation: 'Encrypt', input: { KeyId: { $ref: 'key.KeyMetadata.KeyId' }, Plaintext: { $bytes: 4096 } }, saveAs: 'big' },
      {
        operation: 'PutKeyPolicy',
        input: {
          KeyId: { $ref: 'key.KeyMetadata.KeyId' },
          PolicyName: 'default',
          Policy: { $json: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: [{ $principal: 'root' }, { $principal: 'Alice' }] }, Action: 'kms:*', Resource: '*' }] } },
        },
      },
      { operation: 'GetKeyPolicy', input: { KeyId: { $ref: 'key.KeyMetadata.KeyId' }, PolicyName: 'default' }, saveAs: 'policy' },
    ]);
    expect(new TextDecoder().decode(saved.opened!.Plaintext as Uint8Array)).toBe('héllo');
    expect((saved.big!.CiphertextBlob as Uint8Array).length).toBeGreaterThan(4096);
    expect(JSON.parse(saved.policy!.Policy as string)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::111122223333:root', 'arn:aws:iam::111122223333:user/Alice'] }, Action: 'kms:*', Resource: '*' }],
    });
  });

  it('sends each call as its caller, to its Region', async () => {
    await runCalls(kms, [{ operation: 'GenerateRandom', input: { NumberOfBytes: 8 }, context: { principal: 'Alice', region: 'eu-west-1' } }], { region: 'us-east-1' });
    const record = kms.trail.entries().at(-1)!.record;
    expect(record.userIdentity.userName).toBe('Alice');
    expect(record.awsRegion).toBe('eu-west-1');
  });

  it('accepts a failure only when it is the expected one', async () => {
    const { outcomes } = await runCalls(kms, [
      { operation: 'CreateKey', input: {}, saveAs: 'key' },
      { operation: 'Encrypt', input: { KeyId: { $ref: 'key.KeyMetadata.KeyId' }, Plaintext: { $bytes: 4097 } }, expectError: 'ValidationException' },
    ]);
    expect(outcomes[1]).toMatchObject({ ok: false, error: { name: 'ValidationException' } });

    await expect(runCalls(kms, [{ operation: 'DescribeKey', input: { KeyId: 'alias/missing' } }])).rejects.toThrow(CallRunError);
    await expect(runCalls(kms, [{ operation: 'DescribeKey', input: { KeyId: 'alias/missing' } }])).rejects.toThrow(/Call 1 \(DescribeKey\) failed with NotFoundException/);
    await expect(runCalls(kms, [{ operation: 'DescribeKey', input: { KeyId: 'alias/missing' }, expectError: 'DisabledException' }])).rejects.toThrow(/expected DisabledException/);
    await expect(runCalls(kms, [{ operation: 'GenerateRandom', input: { NumberOfBytes: 8 }, expectError: 'ValidationException' }])).rejects.toThrow(
      /was expected to fail with ValidationException, but it succeeded/,
    );
  });

  it('refuses a $ref to something never saved, and an identity KMS Lab does not know', async () => {
    await expect(runCalls(kms, [{ operation: 'Decrypt', input: { CiphertextBlob: { $ref: 'nothing.CiphertextBlob' } } }])).rejects.toThrow(/Nothing was saved as "nothing"/);
    expect(() => principalArn(kms, 'Mallory')).toThrow(/no identity called Mallory/);
    expect(principalArn(kms, 'arn:aws:iam::444455556666:root')).toBe('arn:aws:iam::444455556666:root');
  });
});

describe('runActions', () => {
  it('applies fleet changes between API calls, in order, and shares saved outputs across them', async () => {
    const { saved } = await runActions(kms, [
      { operation: 'CreateKey', input: { Description: 'k' }, saveAs: 'key' },
      { simulation: 'setAz', az: 'us-east-1a', state: 'down' },
      { simulation: 'setAz', az: 'us-east-1b', state: 'down' },
      { operation: 'CreateKey', input: {}, expectError: 'KMSInternalException' },
      { operation: 'Encrypt', input: { KeyId: { $ref: 'key.KeyMetadata.KeyId' }, Plaintext: { $utf8: 'still works' } } },
      { simulation: 'setAz', az: 'us-east-1a', state: 'up' },
      { operation: 'CreateKey', input: {} },
    ]);
    expect(saved.key).toBeDefined();
    expect(kms.simulation.health('us-east-1').azs.map((az) => az.state)).toEqual(['up', 'down', 'up']);
  });

  it('stops at a fleet change KMS Lab cannot make', async () => {
    await expect(runActions(kms, [{ simulation: 'setAz', az: 'mars-1a', state: 'down' }])).rejects.toThrow(/mars-1a/);
  });
});

describe('aliasesInTheWay', () => {
  it('names the aliases a call list would create that exist already, per Region, and looks without a trace', async () => {
    const setup: ApiCall[] = [
      { operation: 'CreateKey', input: { Description: 'k' }, saveAs: 'key' },
      { operation: 'CreateAlias', input: { AliasName: 'alias/app', TargetKeyId: { $ref: 'key.KeyMetadata.KeyId' } } },
      { operation: 'CreateAlias', input: { AliasName: 'alias/dr', TargetKeyId: { $ref: 'key.KeyMetadata.KeyId' } }, context: { region: 'eu-west-1' } },
    ];
    expect(await aliasesInTheWay(kms, setup)).toEqual([]);
    await runCalls(kms, setup.slice(0, 2));
    const before = kms.trail.entries().length;
    expect(await aliasesInTheWay(kms, setup)).toEqual([{ aliasName: 'alias/app', region: 'us-east-1' }]);
    // The same name in another Region is another alias.
    expect(await aliasesInTheWay(kms, setup, { region: 'eu-west-1' })).toEqual([]);
    expect(kms.trail.entries()).toHaveLength(before);
  });
});
