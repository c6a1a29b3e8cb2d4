// SPEC ID-4: keys and aliases are regional. A key or alias of one Region cannot be listed,
// described or used through another Region's endpoint, by ID, ARN, alias name or alias ARN.

import { describe, expect, it } from 'vitest';
import { ACCOUNT, newKms, utf8 } from '../testing/fixture';

const ACCESS_DENIED = 'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.';
const EAST = { region: 'us-east-1' };
const WEST = { region: 'eu-west-1' };

async function eastKey() {
  const fixture = await newKms();
  const key = await fixture.createKey({}, EAST);
  await fixture.kms.send('CreateAlias', { AliasName: 'alias/shared-name', TargetKeyId: key.KeyId }, EAST);
  return { ...fixture, key };
}

describe('ID-4 regional isolation', () => {
  it('ID-4 a us-east-1 key is unknown in eu-west-1 by key ID, key ARN, alias name and alias ARN', async () => {
    const { kms, key } = await eastKey();
    const eastAliasArn = `arn:aws:kms:us-east-1:${ACCOUNT}:alias/shared-name`;
    const cases: Array<[string, string]> = [
      [key.KeyId, `Key 'arn:aws:kms:eu-west-1:${ACCOUNT}:key/${key.KeyId}' does not exist`],
      [key.Arn, `Key '${key.Arn}' does not exist`],
      ['alias/shared-name', `Alias 'arn:aws:kms:eu-west-1:${ACCOUNT}:alias/shared-name' does not exist`],
      [eastAliasArn, `Alias '${eastAliasArn}' does not exist`],
    ];
    for (const [KeyId, message] of cases) {
      await expect(kms.send('DescribeKey', { KeyId }, WEST)).rejects.toMatchObject({ name: 'NotFoundException', message });
      await expect(kms.send('Encrypt', { KeyId, Plaintext: utf8('x') }, WEST)).rejects.toMatchObject({ name: 'NotFoundException', message });
      await expect(kms.send('GenerateDataKey', { KeyId, KeySpec: 'AES_256' }, WEST)).rejects.toMatchObject({ name: 'NotFoundException' });
    }
    await expect(kms.send('DisableKey', { KeyId: key.KeyId }, WEST)).rejects.toMatchObject({ name: 'NotFoundException' });
    await expect(kms.send('ScheduleKeyDeletion', { KeyId: key.Arn }, WEST)).rejects.toMatchObject({ name: 'NotFoundException' });
    await expect(kms.send('CreateAlias', { AliasName: 'alias/x', TargetKeyId: key.Arn }, WEST)).rejects.toMatchObject({ name: 'NotFoundException' });
    await expect(kms.send('DescribeKey', { KeyId: key.KeyId }, EAST)).resolves.toHaveProperty('KeyMetadata.KeyState', 'Enabled');
  });

  it('ID-4 ciphertext from us-east-1 fails in eu-west-1 with AccessDeniedException', async () => {
    const { kms, key, createKey } = await eastKey();
    const { CiphertextBlob } = await kms.send('Encrypt', { KeyId: key.KeyId, Plaintext: utf8('stay home') }, EAST);
    await expect(kms.send('Decrypt', { CiphertextBlob }, WEST)).rejects.toMatchObject({ name: 'AccessDeniedException', message: ACCESS_DENIED });
    const west = await createKey({}, WEST);
    await expect(kms.send('ReEncrypt', { CiphertextBlob, DestinationKeyId: west.KeyId }, WEST)).rejects.toMatchObject({ name: 'AccessDeniedException', message: ACCESS_DENIED });
    await expect(kms.send('Decrypt', { CiphertextBlob }, EAST)).resolves.toHaveProperty('Plaintext', utf8('stay home'));
  });

  it('ID-4 ListKeys and ListAliases list one Region only; alias names are per Region', async () => {
    const { kms, key, createKey } = await eastKey();
    const west = await createKey({}, WEST);
    await kms.send('CreateAlias', { AliasName: 'alias/shared-name', TargetKeyId: west.KeyId }, WEST);
    const keysIn = async (region: string) => ((await kms.send('ListKeys', {}, { region })) as { Keys: Array<{ KeyArn: string }> }).Keys.map((k) => k.KeyArn);
    expect(await keysIn('us-east-1')).toEqual([key.Arn]);
    expect(await keysIn('eu-west-1')).toEqual([west.Arn]);
    expect(await keysIn('us-west-2')).toEqual([]);
    expect(await keysIn('ap-southeast-2')).toEqual([]);
    const aliasesIn = async (region: string) => ((await kms.send('ListAliases', {}, { region })) as { Aliases: Array<{ AliasArn: string; TargetKeyId: string }> }).Aliases;
    expect(await aliasesIn('us-east-1')).toMatchObject([{ AliasArn: `arn:aws:kms:us-east-1:${ACCOUNT}:alias/shared-name`, TargetKeyId: key.KeyId }]);
    expect(await aliasesIn('eu-west-1')).toMatchObject([{ AliasArn: `arn:aws:kms:eu-west-1:${ACCOUNT}:alias/shared-name`, TargetKeyId: west.KeyId }]);
    expect((await kms.send('Encrypt', { KeyId: 'alias/shared-name', Plaintext: utf8('x') }, WEST)).KeyId).toBe(west.Arn);
  });

  it('ID-4 a key ARN naming another account is unknown too', async () => {
    const { kms, key } = await eastKey();
    const foreign = key.Arn.replace(ACCOUNT, '444455556666');
    await expect(kms.send('DescribeKey', { KeyId: foreign }, EAST)).rejects.toMatchObject({ name: 'NotFoundException', message: `Key '${foreign}' does not exist` });
  });

  it('ID-4 each Region records its own requests in CloudTrail', async () => {
    const { kms } = await eastKey();
    await kms.send('ListKeys', {}, WEST);
    expect(kms.trail.entries().map((entry) => entry.record.awsRegion)).toEqual(['us-east-1', 'us-east-1', 'eu-west-1']);
    const west = await kms.lookupEvents({}, WEST);
    expect(west.Events.map((event) => event.EventName)).toEqual(['ListKeys']);
    expect(JSON.parse(west.Events[0]!.CloudTrailEvent)).toMatchObject({ awsRegion: 'eu-west-1', tlsDetails: { clientProvidedHostHeader: 'kms.eu-west-1.amazonaws.com' } });
  });
});
