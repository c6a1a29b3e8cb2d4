// Rotation operations: EnableKeyRotation, DisableKeyRotation, GetKeyRotationStatus,
// RotateKeyOnDemand, ListKeyRotations (SPEC ROT-1, ROT-3, ROT-4, CT-2). Timed behaviour is in
// clock.test.ts.

import { describe, expect, it } from 'vitest';
import { DAY_MS, START, newKms, utf8 } from '../testing/fixture';

type Rotations = {
  Rotations: Array<{ KeyId: string; KeyMaterialId: string; KeyMaterialState: string; RotationDate?: Date; RotationType?: string }>;
  Truncated: boolean;
  NextMarker?: string;
};

const currentMaterial = async (kms: { send: (op: string, input: Record<string, unknown>) => Promise<Record<string, unknown>> }, KeyId: string) =>
  ((await kms.send('DescribeKey', { KeyId })).KeyMetadata as { CurrentKeyMaterialId: string }).CurrentKeyMaterialId;

describe('EnableKeyRotation, DisableKeyRotation and GetKeyRotationStatus', () => {
  it('ROT-1 rotation is off by default; EnableKeyRotation turns it on for 365 days unless told otherwise', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    await expect(kms.send('GetKeyRotationStatus', { KeyId })).resolves.toEqual({ KeyRotationEnabled: false, KeyId: Arn });
    await expect(kms.send('EnableKeyRotation', { KeyId })).resolves.toEqual({});
    await expect(kms.send('GetKeyRotationStatus', { KeyId })).resolves.toEqual({
      KeyRotationEnabled: true,
      KeyId: Arn,
      RotationPeriodInDays: 365,
      NextRotationDate: new Date(START + 365 * DAY_MS),
    });
    await expect(kms.send('DisableKeyRotation', { KeyId })).resolves.toEqual({});
    await expect(kms.send('GetKeyRotationStatus', { KeyId })).resolves.toEqual({ KeyRotationEnabled: false, KeyId: Arn });
  });

  it.each([
    [90, true],
    [2560, true],
    [89, false],
    [2561, false],
  ])('ROT-1 RotationPeriodInDays %i accepted: %s', async (days, accepted) => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    const sent = kms.send('EnableKeyRotation', { KeyId, RotationPeriodInDays: days });
    if (accepted) {
      await expect(sent).resolves.toEqual({});
      await expect(kms.send('GetKeyRotationStatus', { KeyId })).resolves.toMatchObject({ RotationPeriodInDays: days, NextRotationDate: new Date(START + days * DAY_MS) });
    } else {
      await expect(sent).rejects.toMatchObject({ name: 'ValidationException' });
    }
  });

  it('ROT-1 changing the period keeps the schedule’s starting point', async () => {
    const { kms, clock, createKey } = await newKms();
    const { KeyId } = await createKey();
    await kms.send('EnableKeyRotation', { KeyId, RotationPeriodInDays: 365 });
    clock.advance(100 * DAY_MS);
    await kms.send('EnableKeyRotation', { KeyId, RotationPeriodInDays: 180 });
    await expect(kms.send('GetKeyRotationStatus', { KeyId })).resolves.toMatchObject({ RotationPeriodInDays: 180, NextRotationDate: new Date(START + 180 * DAY_MS) });
    await kms.send('EnableKeyRotation', { KeyId });
    await expect(kms.send('GetKeyRotationStatus', { KeyId })).resolves.toMatchObject({ RotationPeriodInDays: 180, NextRotationDate: new Date(START + 180 * DAY_MS) });
  });

  it('ROT-1 after DisableKeyRotation, enabling again starts a new schedule from now', async () => {
    const { kms, clock, createKey } = await newKms();
    const { KeyId } = await createKey();
    await kms.send('EnableKeyRotation', { KeyId, RotationPeriodInDays: 90 });
    await kms.send('DisableKeyRotation', { KeyId });
    clock.advance(30 * DAY_MS);
    await kms.send('EnableKeyRotation', { KeyId, RotationPeriodInDays: 90 });
    await expect(kms.send('GetKeyRotationStatus', { KeyId })).resolves.toMatchObject({ NextRotationDate: new Date(START + 120 * DAY_MS) });
  });
});

describe('RotateKeyOnDemand and ListKeyRotations', () => {
  it('ROT-3 RotateKeyOnDemand adds a key version now without changing the automatic schedule', async () => {
    const { kms, clock, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    await kms.send('EnableKeyRotation', { KeyId, RotationPeriodInDays: 90 });
    const before = await currentMaterial(kms, KeyId);
    clock.advance(DAY_MS);
    await expect(kms.send('RotateKeyOnDemand', { KeyId })).resolves.toEqual({ KeyId: Arn });
    const after = await currentMaterial(kms, KeyId);
    expect(after).not.toBe(before);
    const { Rotations } = (await kms.send('ListKeyRotations', { KeyId })) as Rotations;
    expect(Rotations).toEqual([{ KeyId: Arn, KeyMaterialId: after, KeyMaterialState: 'CURRENT', RotationDate: new Date(START + DAY_MS), RotationType: 'ON_DEMAND' }]);
    await expect(kms.send('GetKeyRotationStatus', { KeyId })).resolves.toMatchObject({ NextRotationDate: new Date(START + 90 * DAY_MS) });
  });

  it('ROT-3 a key takes at most 25 on-demand rotations (LimitExceededException)', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    for (let i = 0; i < 25; i++) await kms.send('RotateKeyOnDemand', { KeyId });
    await expect(kms.send('RotateKeyOnDemand', { KeyId })).rejects.toMatchObject({
      name: 'LimitExceededException',
      message: `${Arn} has reached the limit of 25 on-demand rotations.`,
    });
    expect(((await kms.send('ListKeyRotations', { KeyId, Limit: 1000 })) as Rotations).Rotations).toHaveLength(25);
  });

  it('ListKeyRotations lists rotations only by default, every key material with ALL_KEY_MATERIAL, and pages', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    const original = await currentMaterial(kms, KeyId);
    for (let i = 0; i < 3; i++) await kms.send('RotateKeyOnDemand', { KeyId });
    const rotations = (await kms.send('ListKeyRotations', { KeyId })) as Rotations;
    expect(rotations.Rotations.map((r) => r.KeyMaterialState)).toEqual(['NON_CURRENT', 'NON_CURRENT', 'CURRENT']);
    const all = (await kms.send('ListKeyRotations', { KeyId, IncludeKeyMaterial: 'ALL_KEY_MATERIAL' })) as Rotations;
    expect(all.Rotations).toHaveLength(4);
    expect(all.Rotations[0]).toEqual({ KeyId: expect.any(String) as unknown, KeyMaterialId: original, KeyMaterialState: 'NON_CURRENT' });
    const page = (await kms.send('ListKeyRotations', { KeyId, Limit: 2 })) as Rotations;
    expect(page).toMatchObject({ Truncated: true });
    const rest = (await kms.send('ListKeyRotations', { KeyId, Limit: 2, Marker: page.NextMarker })) as Rotations;
    expect([...page.Rotations, ...rest.Rotations]).toEqual(rotations.Rotations);
    await expect(kms.send('ListKeyRotations', { KeyId, Marker: 'x' })).rejects.toMatchObject({ name: 'InvalidMarkerException' });
  });
});

describe('ROT-4 what rotation changes', () => {
  it('ROT-4 CT-2 rotation changes only the key material: ID, ARN, aliases and policy stay; every older ciphertext decrypts', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId, Arn } = await createKey();
    await kms.send('CreateAlias', { AliasName: 'alias/rotating', TargetKeyId: KeyId });
    const policy = await kms.send('GetKeyPolicy', { KeyId });
    const sealed: Array<{ blob: unknown; material: string; text: string }> = [];
    for (let version = 0; version < 4; version++) {
      const text = `version ${version}`;
      const { CiphertextBlob } = await kms.send('Encrypt', { KeyId: 'alias/rotating', Plaintext: utf8(text) });
      sealed.push({ blob: CiphertextBlob, material: await currentMaterial(kms, KeyId), text });
      await kms.send('RotateKeyOnDemand', { KeyId });
    }
    expect(new Set(sealed.map((s) => s.material)).size).toBe(4);
    for (const { blob, material, text } of sealed) {
      await expect(kms.send('Decrypt', { CiphertextBlob: blob })).resolves.toEqual({
        KeyId: Arn,
        Plaintext: utf8(text),
        EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
        KeyMaterialId: material,
      });
    }
    await expect(kms.send('DescribeKey', { KeyId: 'alias/rotating' })).resolves.toMatchObject({ KeyMetadata: { KeyId, Arn } });
    await expect(kms.send('GetKeyPolicy', { KeyId })).resolves.toEqual(policy);
  });
});
