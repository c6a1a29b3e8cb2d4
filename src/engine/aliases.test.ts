// Aliases: CreateAlias, UpdateAlias, DeleteAlias, ListAliases (SPEC ALIAS-1 … ALIAS-4).

import { describe, expect, it } from 'vitest';
import { ACCOUNT, START, newKms, utf8 } from '../testing/fixture';

type AliasList = {
  Aliases: Array<{ AliasName: string; AliasArn: string; TargetKeyId: string; CreationDate: Date; LastUpdatedDate: Date }>;
  Truncated: boolean;
  NextMarker?: string;
};

const aliasArn = (name: string, region = 'us-east-1') => `arn:aws:kms:${region}:${ACCOUNT}:${name}`;

describe('ALIAS-1 alias names', () => {
  it.each([
    ['orders', 'ValidationException', 'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html'],
    [
      'alias/bad name',
      'ValidationException',
      "1 validation error detected: Value 'alias/bad name' at 'aliasName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$",
    ],
    ['alias/aws/s3', 'NotAuthorizedException', 'Cannot create, update or delete an alias with the reserved prefix alias/aws/.'],
    ['alias/', 'InvalidAliasNameException', 'Alias name must have a name after the "alias/" prefix.'],
  ])('ALIAS-1 CreateAlias refuses %j with %s', async (AliasName, name, message) => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    await expect(kms.send('CreateAlias', { AliasName, TargetKeyId: KeyId })).rejects.toMatchObject({ name, message });
    expect(((await kms.send('ListAliases', {})) as AliasList).Aliases).toEqual([]);
  });

  it('ALIAS-1 alias names are at most 256 characters', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    const longest = `alias/${'a'.repeat(250)}`;
    await expect(kms.send('CreateAlias', { AliasName: longest, TargetKeyId: KeyId })).resolves.toEqual({});
    await expect(kms.send('CreateAlias', { AliasName: `${longest}b`, TargetKeyId: KeyId })).rejects.toMatchObject({ name: 'ValidationException' });
  });

  it('ALIAS-1 UpdateAlias and DeleteAlias refuse the reserved alias/aws/ prefix with NotAuthorizedException', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    await expect(kms.send('UpdateAlias', { AliasName: 'alias/aws/ebs', TargetKeyId: KeyId })).rejects.toMatchObject({ name: 'NotAuthorizedException' });
    await expect(kms.send('DeleteAlias', { AliasName: 'alias/aws/ebs' })).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });
});

describe('ALIAS-2 uniqueness and quota', () => {
  it('ALIAS-2 an alias name is unique per account and Region (AlreadyExistsException)', async () => {
    const { kms, createKey } = await newKms();
    const one = await createKey();
    const two = await createKey();
    await kms.send('CreateAlias', { AliasName: 'alias/orders', TargetKeyId: one.KeyId });
    await expect(kms.send('CreateAlias', { AliasName: 'alias/orders', TargetKeyId: two.KeyId })).rejects.toMatchObject({
      name: 'AlreadyExistsException',
      message: `An alias with the name ${aliasArn('alias/orders')} already exists`,
    });
    const west = await createKey({}, { region: 'eu-west-1' });
    await expect(kms.send('CreateAlias', { AliasName: 'alias/orders', TargetKeyId: west.KeyId }, { region: 'eu-west-1' })).resolves.toEqual({});
  });

  it('ALIAS-2 a key has at most 50 aliases (LimitExceededException)', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    for (let i = 0; i < 50; i++) await kms.send('CreateAlias', { AliasName: `alias/a${i}`, TargetKeyId: KeyId });
    await expect(kms.send('CreateAlias', { AliasName: 'alias/a50', TargetKeyId: KeyId })).rejects.toMatchObject({
      name: 'LimitExceededException',
      message: 'A KMS key can have at most 50 aliases.',
    });
    const other = await createKey();
    await expect(kms.send('CreateAlias', { AliasName: 'alias/a50', TargetKeyId: other.KeyId })).resolves.toEqual({});
  });
});

describe('CreateAlias and DeleteAlias', () => {
  it('CreateAlias names a key that Encrypt, DescribeKey and ListAliases then find', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    await expect(kms.send('CreateAlias', { AliasName: 'alias/orders', TargetKeyId: Arn })).resolves.toEqual({});
    expect(await kms.send('Encrypt', { KeyId: 'alias/orders', Plaintext: utf8('x') })).toHaveProperty('KeyId', Arn);
    const { Aliases } = (await kms.send('ListAliases', {})) as AliasList;
    expect(Aliases).toEqual([{ AliasName: 'alias/orders', AliasArn: aliasArn('alias/orders'), TargetKeyId: KeyId, CreationDate: new Date(START), LastUpdatedDate: new Date(START) }]);
  });

  it('ID-2 CreateAlias takes a key ID or ARN as target, not another alias', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    await kms.send('CreateAlias', { AliasName: 'alias/one', TargetKeyId: KeyId });
    await expect(kms.send('CreateAlias', { AliasName: 'alias/two', TargetKeyId: 'alias/one' })).rejects.toMatchObject({ name: 'NotFoundException', message: 'Invalid keyId alias/one' });
    await expect(kms.send('CreateAlias', { AliasName: 'alias/two', TargetKeyId: '11111111-2222-4333-8444-555555555555' })).rejects.toMatchObject({ name: 'NotFoundException' });
  });

  it('ALIAS-3 CreateAlias refuses a target key pending deletion; DeleteAlias works in any key state', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    await kms.send('CreateAlias', { AliasName: 'alias/before', TargetKeyId: KeyId });
    await kms.send('ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 7 });
    await expect(kms.send('CreateAlias', { AliasName: 'alias/after', TargetKeyId: KeyId })).rejects.toMatchObject({
      name: 'KMSInvalidStateException',
      message: `${Arn} is pending deletion.`,
    });
    await expect(kms.send('DeleteAlias', { AliasName: 'alias/before' })).resolves.toEqual({});
    expect(((await kms.send('ListAliases', {})) as AliasList).Aliases).toEqual([]);
  });

  it('DeleteAlias removes the name; using or deleting it again fails with NotFoundException', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    await kms.send('CreateAlias', { AliasName: 'alias/gone', TargetKeyId: KeyId });
    await kms.send('DeleteAlias', { AliasName: 'alias/gone' });
    const message = `Alias '${aliasArn('alias/gone')}' does not exist`;
    await expect(kms.send('Encrypt', { KeyId: 'alias/gone', Plaintext: utf8('x') })).rejects.toMatchObject({ name: 'NotFoundException', message });
    await expect(kms.send('DeleteAlias', { AliasName: 'alias/gone' })).rejects.toMatchObject({ name: 'NotFoundException', message });
    expect(await kms.send('DescribeKey', { KeyId })).toHaveProperty('KeyMetadata.KeyState', 'Enabled');
  });
});

describe('UpdateAlias', () => {
  it('ALIAS-4 UpdateAlias moves an existing alias to another key', async () => {
    const { kms, clock, createKey } = await newKms();
    const one = await createKey();
    const two = await createKey();
    await kms.send('CreateAlias', { AliasName: 'alias/current', TargetKeyId: one.KeyId });
    clock.advance(60_000);
    await expect(kms.send('UpdateAlias', { AliasName: 'alias/current', TargetKeyId: two.Arn })).resolves.toEqual({});
    expect(await kms.send('Encrypt', { KeyId: 'alias/current', Plaintext: utf8('x') })).toHaveProperty('KeyId', two.Arn);
    const [alias] = ((await kms.send('ListAliases', {})) as AliasList).Aliases;
    expect(alias).toMatchObject({ TargetKeyId: two.KeyId, CreationDate: new Date(START), LastUpdatedDate: new Date(START + 60_000) });
  });

  it('ALIAS-4 only the new target state is checked: an alias may leave a key pending deletion, not move to one', async () => {
    const { kms, createKey } = await newKms();
    const doomed = await createKey();
    const fresh = await createKey();
    await kms.send('CreateAlias', { AliasName: 'alias/app', TargetKeyId: doomed.KeyId });
    await kms.send('ScheduleKeyDeletion', { KeyId: doomed.KeyId });
    await expect(kms.send('UpdateAlias', { AliasName: 'alias/app', TargetKeyId: fresh.KeyId })).resolves.toEqual({});
    await expect(kms.send('UpdateAlias', { AliasName: 'alias/app', TargetKeyId: doomed.KeyId })).rejects.toMatchObject({
      name: 'KMSInvalidStateException',
      message: `${doomed.Arn} is pending deletion.`,
    });
    await kms.send('DisableKey', { KeyId: fresh.KeyId });
    const other = await createKey();
    await kms.send('DisableKey', { KeyId: other.KeyId });
    await expect(kms.send('UpdateAlias', { AliasName: 'alias/app', TargetKeyId: other.KeyId })).resolves.toEqual({});
  });

  it('UpdateAlias of an alias that does not exist fails with NotFoundException', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    await expect(kms.send('UpdateAlias', { AliasName: 'alias/none', TargetKeyId: KeyId })).rejects.toMatchObject({
      name: 'NotFoundException',
      message: `Alias '${aliasArn('alias/none')}' does not exist`,
    });
  });
});

describe('ListAliases', () => {
  it('lists by name, filters by KeyId and pages with Limit and Marker', async () => {
    const { kms, createKey } = await newKms();
    const one = await createKey();
    const two = await createKey();
    for (const name of ['alias/c', 'alias/a', 'alias/b']) await kms.send('CreateAlias', { AliasName: name, TargetKeyId: one.KeyId });
    await kms.send('CreateAlias', { AliasName: 'alias/z', TargetKeyId: two.KeyId });
    const all = (await kms.send('ListAliases', {})) as AliasList;
    expect(all.Aliases.map((alias) => alias.AliasName)).toEqual(['alias/a', 'alias/b', 'alias/c', 'alias/z']);
    const filtered = (await kms.send('ListAliases', { KeyId: two.Arn })) as AliasList;
    expect(filtered.Aliases.map((alias) => alias.AliasName)).toEqual(['alias/z']);
    const first = (await kms.send('ListAliases', { Limit: 3 })) as AliasList;
    expect(first).toMatchObject({ Truncated: true, NextMarker: expect.any(String) as unknown });
    const rest = (await kms.send('ListAliases', { Limit: 3, Marker: first.NextMarker })) as AliasList;
    expect(rest.Aliases.map((alias) => alias.AliasName)).toEqual(['alias/z']);
    expect(rest.Truncated).toBe(false);
    await expect(kms.send('ListAliases', { Marker: 'nonsense' })).rejects.toMatchObject({ name: 'InvalidMarkerException' });
    await expect(kms.send('ListAliases', { KeyId: '11111111-2222-4333-8444-555555555555' })).rejects.toMatchObject({ name: 'NotFoundException' });
  });
});
