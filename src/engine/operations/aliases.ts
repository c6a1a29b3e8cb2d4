// Aliases: CreateAlias, UpdateAlias, DeleteAlias, ListAliases. An alias is a Regional name for one
// customer managed key in the same account and Region.

import { KmsError, kmsErrors } from '../errors';
import { aliasArn } from '../ids';
import type { AliasRecord } from '../keys/key-record';
import { required, str } from '../shapes';
import { KEY_ID, LIMIT, MARKER, loggedParameters, paginate } from './common';
import { defineOperation, type OperationContext } from './types';

/** AWS: at most 50 aliases per KMS key. */
export const ALIASES_PER_KEY = 50;

const ALIAS_NAME = str({ min: 1, max: 256, pattern: /^[a-zA-Z0-9:/_-]+$/ });

function checkAliasName(aliasName: string): void {
  if (!aliasName.startsWith('alias/')) {
    throw new KmsError('ValidationException', 'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html');
  }
  if (aliasName.length === 'alias/'.length) throw new KmsError('InvalidAliasNameException', 'Alias name must have a name after the "alias/" prefix.');
  if (aliasName.startsWith('alias/aws/')) throw new KmsError('NotAuthorizedException', 'Cannot create, update or delete an alias with the reserved prefix alias/aws/.');
}

function existingAlias(ctx: OperationContext, aliasName: string): AliasRecord {
  const alias = ctx.view.alias(aliasName);
  if (!alias) throw kmsErrors.aliasNotFound(aliasArn(ctx.region, ctx.accountId, aliasName));
  return alias;
}

interface AliasInput {
  AliasName: string;
  TargetKeyId: string;
}

export const CreateAlias = defineOperation({
  name: 'CreateAlias',
  action: 'kms:CreateAlias',
  readOnly: false,
  mutates: true,
  members: { AliasName: required(ALIAS_NAME), TargetKeyId: required(KEY_ID) },
  requestParameters: loggedParameters,
  run(ctx, input: AliasInput) {
    checkAliasName(input.AliasName);
    const key = ctx.resolveKey(input.TargetKeyId, { aliases: false });
    ctx.requireState(key);
    if (ctx.view.alias(input.AliasName)) {
      throw new KmsError('AlreadyExistsException', `An alias with the name ${aliasArn(ctx.region, ctx.accountId, input.AliasName)} already exists`);
    }
    if (ctx.view.aliases().filter((alias) => alias.targetKeyId === key.keyId).length >= ALIASES_PER_KEY) {
      throw new KmsError('LimitExceededException', `A KMS key can have at most ${ALIASES_PER_KEY} aliases.`);
    }
    ctx.tx.putAlias({ aliasName: input.AliasName, region: ctx.region, targetKeyId: key.keyId, creationDate: ctx.now, lastUpdatedDate: ctx.now });
    return Promise.resolve({});
  },
});

export const UpdateAlias = defineOperation({
  name: 'UpdateAlias',
  action: 'kms:UpdateAlias',
  readOnly: false,
  mutates: true,
  members: { AliasName: required(ALIAS_NAME), TargetKeyId: required(KEY_ID) },
  requestParameters: loggedParameters,
  run(ctx, input: AliasInput) {
    checkAliasName(input.AliasName);
    const alias = existingAlias(ctx, input.AliasName);
    const current = ctx.view.key(alias.targetKeyId);
    if (current) ctx.noteKey(current, 'alias-name', 'source');
    const target = ctx.resolveKey(input.TargetKeyId, { aliases: false, role: 'destination' });
    // SPEC ALIAS-4: only the new target's state matters; an alias may leave a key pending deletion.
    ctx.requireState(target);
    ctx.tx.putAlias({ ...alias, targetKeyId: target.keyId, lastUpdatedDate: ctx.now });
    return Promise.resolve({});
  },
});

export const DeleteAlias = defineOperation({
  name: 'DeleteAlias',
  action: 'kms:DeleteAlias',
  readOnly: false,
  mutates: true,
  members: { AliasName: required(ALIAS_NAME) },
  requestParameters: loggedParameters,
  run(ctx, input: { AliasName: string }) {
    checkAliasName(input.AliasName);
    const alias = existingAlias(ctx, input.AliasName);
    const key = ctx.view.key(alias.targetKeyId);
    if (key) ctx.noteKey(key, 'alias-name');
    ctx.tx.deleteAlias(alias);
    return Promise.resolve({});
  },
});

export const ListAliases = defineOperation({
  name: 'ListAliases',
  action: 'kms:ListAliases',
  readOnly: true,
  mutates: false,
  members: { KeyId: KEY_ID, Limit: LIMIT, Marker: MARKER },
  requestParameters: loggedParameters,
  run(ctx, input: { KeyId?: string; Limit?: number; Marker?: string }) {
    const keyId = input.KeyId === undefined ? undefined : ctx.resolveKey(input.KeyId, { aliases: false }).keyId;
    const aliases = ctx.view
      .aliases()
      .filter((alias) => keyId === undefined || alias.targetKeyId === keyId)
      .sort((a, b) => (a.aliasName < b.aliasName ? -1 : 1));
    const { page, truncated, nextMarker } = paginate(aliases, input.Limit, input.Marker, 50);
    return Promise.resolve({
      Aliases: page.map((alias) => ({
        AliasName: alias.aliasName,
        AliasArn: aliasArn(ctx.region, ctx.accountId, alias.aliasName),
        TargetKeyId: alias.targetKeyId,
        CreationDate: new Date(alias.creationDate),
        LastUpdatedDate: new Date(alias.lastUpdatedDate),
      })),
      Truncated: truncated,
      ...(nextMarker && { NextMarker: nextMarker }),
    });
  },
});
