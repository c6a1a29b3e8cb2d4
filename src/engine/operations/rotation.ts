// Key rotation: EnableKeyRotation, DisableKeyRotation, GetKeyRotationStatus, RotateKeyOnDemand and
// ListKeyRotations. Rotation adds a key version (new backing key); the key ID, ARN, aliases and policy
// stay, and every older version stays to decrypt what it encrypted.

import { KmsError } from '../errors';
import { DAY_MS, currentVersion, type KeyRecord, type KeyVersion } from '../keys/key-record';
import { int, required, str } from '../shapes';
import { KEY_ID, LIMIT, MARKER, loggedParameters, paginate } from './common';
import { defineOperation } from './types';

export const DEFAULT_ROTATION_PERIOD_DAYS = 365;
/** AWS API reference: on-demand rotations per key (not adjustable). */
export const ON_DEMAND_ROTATIONS_PER_KEY = 25;
/** AWS refuses an on-demand rotation while an automatic one is due within 20 minutes. */
const CONFLICT_WINDOW_MS = 20 * 60 * 1000;

/** The key with one more version; shared by automatic and on-demand rotation. */
export function withNewVersion(key: KeyRecord, material: { token: Uint8Array; keyMaterialId: string }, now: number, origin: KeyVersion['origin']): KeyRecord {
  const version: KeyVersion = { keyMaterialId: material.keyMaterialId, token: material.token, createdAt: now, origin };
  return { ...key, versions: [...key.versions, version] };
}

/**
 * Rotation that fell due while it could not run (the key was disabled) is due now, once: KMS never
 * dates a rotation before the request that made it possible (SPEC ROT-2).
 */
export function dueNoEarlierThan(rotation: KeyRecord['rotation'], now: number): KeyRecord['rotation'] {
  return rotation.enabled && rotation.nextRotationDate !== undefined && rotation.nextRotationDate < now ? { ...rotation, nextRotationDate: now } : rotation;
}

interface EnableKeyRotationInput {
  KeyId: string;
  RotationPeriodInDays?: number;
}

export const EnableKeyRotation = defineOperation({
  name: 'EnableKeyRotation',
  action: 'kms:EnableKeyRotation',
  readOnly: false,
  mutates: true,
  members: { KeyId: required(KEY_ID), RotationPeriodInDays: int(90, 2560) },
  requestParameters: loggedParameters,
  run(ctx, input: EnableKeyRotationInput) {
    const key = ctx.resolveKey(input.KeyId, { aliases: false });
    ctx.requireState(key);
    const period = input.RotationPeriodInDays ?? (key.rotation.enabled ? key.rotation.periodInDays : DEFAULT_ROTATION_PERIOD_DAYS);
    // A new period keeps the schedule's starting point: the last rotation, or when rotation was enabled.
    const base = key.rotation.enabled && key.rotation.nextRotationDate !== undefined
      ? key.rotation.nextRotationDate - key.rotation.periodInDays * DAY_MS
      : ctx.now;
    // A shorter period that has already run out rotates now, not at a date before this request.
    ctx.tx.putKey({ ...key, rotation: dueNoEarlierThan({ enabled: true, periodInDays: period, nextRotationDate: base + period * DAY_MS }, ctx.now) });
    return Promise.resolve({});
  },
});

export const DisableKeyRotation = defineOperation({
  name: 'DisableKeyRotation',
  action: 'kms:DisableKeyRotation',
  readOnly: false,
  mutates: true,
  members: { KeyId: required(KEY_ID) },
  requestParameters: loggedParameters,
  run(ctx, input: { KeyId: string }) {
    const key = ctx.resolveKey(input.KeyId, { aliases: false });
    ctx.requireState(key);
    ctx.tx.putKey({ ...key, rotation: { enabled: false, periodInDays: key.rotation.periodInDays } });
    return Promise.resolve({});
  },
});

export const GetKeyRotationStatus = defineOperation({
  name: 'GetKeyRotationStatus',
  action: 'kms:GetKeyRotationStatus',
  readOnly: true,
  mutates: false,
  members: { KeyId: required(KEY_ID) },
  requestParameters: loggedParameters,
  run(ctx, input: { KeyId: string }) {
    const key = ctx.resolveKey(input.KeyId, { aliases: false });
    // A key pending deletion reports rotation off; cancelling the deletion brings the setting back.
    const enabled = key.rotation.enabled && key.keyState !== 'PendingDeletion';
    return Promise.resolve({
      KeyRotationEnabled: enabled,
      KeyId: key.arn,
      ...(enabled && { RotationPeriodInDays: key.rotation.periodInDays }),
      ...(enabled && key.rotation.nextRotationDate !== undefined && { NextRotationDate: new Date(key.rotation.nextRotationDate) }),
    });
  },
});

export const RotateKeyOnDemand = defineOperation({
  name: 'RotateKeyOnDemand',
  action: 'kms:RotateKeyOnDemand',
  readOnly: false,
  mutates: true,
  members: { KeyId: required(KEY_ID) },
  requestParameters: loggedParameters,
  async run(ctx, input: { KeyId: string }) {
    const key = ctx.resolveKey(input.KeyId, { aliases: false });
    ctx.requireState(key);
    if (key.versions.filter((v) => v.origin === 'ON_DEMAND').length >= ON_DEMAND_ROTATIONS_PER_KEY) {
      throw new KmsError('LimitExceededException', `${key.arn} has reached the limit of ${ON_DEMAND_ROTATIONS_PER_KEY} on-demand rotations.`);
    }
    const due = key.rotation.enabled ? key.rotation.nextRotationDate : undefined;
    if (due !== undefined && due - ctx.now <= CONFLICT_WINDOW_MS) {
      throw new KmsError('ConflictException', `${key.arn} has an automatic rotation due within 20 minutes. Try again later.`);
    }
    const material = await ctx.hsm({ op: 'GenerateKeyMaterial', keyArn: key.arn });
    ctx.tx.putKey(withNewVersion(key, material, ctx.now, 'ON_DEMAND'));
    return { KeyId: key.arn };
  },
});

interface ListKeyRotationsInput {
  KeyId: string;
  IncludeKeyMaterial?: 'ALL_KEY_MATERIAL' | 'ROTATIONS_ONLY';
  Limit?: number;
  Marker?: string;
}

export const ListKeyRotations = defineOperation({
  name: 'ListKeyRotations',
  action: 'kms:ListKeyRotations',
  readOnly: true,
  mutates: false,
  members: { KeyId: required(KEY_ID), IncludeKeyMaterial: str({ enum: ['ALL_KEY_MATERIAL', 'ROTATIONS_ONLY'] }), Limit: LIMIT, Marker: MARKER },
  requestParameters: loggedParameters,
  run(ctx, input: ListKeyRotationsInput) {
    const key = ctx.resolveKey(input.KeyId, { aliases: false });
    const current = currentVersion(key);
    const versions = input.IncludeKeyMaterial === 'ALL_KEY_MATERIAL' ? key.versions : key.versions.filter((v) => v.origin !== 'CREATE');
    const { page, truncated, nextMarker } = paginate(versions, input.Limit, input.Marker);
    return Promise.resolve({
      Rotations: page.map((version) => ({
        KeyId: key.arn,
        KeyMaterialId: version.keyMaterialId,
        KeyMaterialState: version === current ? 'CURRENT' : 'NON_CURRENT',
        ...(version.origin !== 'CREATE' && { RotationDate: new Date(version.createdAt), RotationType: version.origin }),
      })),
      Truncated: truncated,
      ...(nextMarker && { NextMarker: nextMarker }),
    });
  },
});
