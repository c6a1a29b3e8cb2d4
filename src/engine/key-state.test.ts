// SPEC KEY-2: AWS's key-state table (reference §3), operation by operation, for the states a
// symmetric AWS_KMS key can reach. The expectations are written out here from the reference, not
// read from keys/key-state.ts, so that a wrong row there fails here.

import { describe, expect, it } from 'vitest';
import { newKms, utf8, type Fixture, type KeyHandle } from '../testing/fixture';

type State = 'Enabled' | 'Disabled' | 'PendingDeletion';
/** ok; DisabledException "is disabled."; KMSInvalidStateException "is pending deletion." / "is not pending deletion …". */
type Outcome = 'ok' | 'disabled' | 'pending' | 'not-pending';

interface Scene {
  /** The key whose state is under test. */
  key: KeyHandle;
  /** An Enabled key for the other side of two-key operations. */
  other: KeyHandle;
  /** Made under `key` while it was Enabled. */
  ciphertext: Uint8Array;
}

const CRYPTO: Record<State, Outcome> = { Enabled: 'ok', Disabled: 'disabled', PendingDeletion: 'pending' };
const MANAGE: Record<State, Outcome> = { Enabled: 'ok', Disabled: 'ok', PendingDeletion: 'pending' };
const ANY: Record<State, Outcome> = { Enabled: 'ok', Disabled: 'ok', PendingDeletion: 'ok' };

/** Per row: the request, and the outcome in each state (reference §3 matrix and footnotes 1, 3, 4, 10). */
const TABLE: Record<string, { request: (scene: Scene) => [string, Record<string, unknown>]; outcomes: Record<State, Outcome> }> = {
  Encrypt: { request: ({ key }) => ['Encrypt', { KeyId: key.KeyId, Plaintext: utf8('x') }], outcomes: CRYPTO },
  Decrypt: { request: ({ ciphertext }) => ['Decrypt', { CiphertextBlob: ciphertext }], outcomes: CRYPTO },
  'ReEncrypt (source)': { request: ({ ciphertext, other }) => ['ReEncrypt', { CiphertextBlob: ciphertext, DestinationKeyId: other.KeyId }], outcomes: CRYPTO },
  GenerateDataKey: { request: ({ key }) => ['GenerateDataKey', { KeyId: key.KeyId, KeySpec: 'AES_256' }], outcomes: CRYPTO },
  GenerateDataKeyWithoutPlaintext: { request: ({ key }) => ['GenerateDataKeyWithoutPlaintext', { KeyId: key.KeyId, NumberOfBytes: 64 }], outcomes: CRYPTO },
  DescribeKey: { request: ({ key }) => ['DescribeKey', { KeyId: key.KeyId }], outcomes: ANY },
  EnableKey: { request: ({ key }) => ['EnableKey', { KeyId: key.KeyId }], outcomes: MANAGE },
  DisableKey: { request: ({ key }) => ['DisableKey', { KeyId: key.KeyId }], outcomes: MANAGE },
  UpdateKeyDescription: { request: ({ key }) => ['UpdateKeyDescription', { KeyId: key.KeyId, Description: 'd' }], outcomes: MANAGE },
  ScheduleKeyDeletion: { request: ({ key }) => ['ScheduleKeyDeletion', { KeyId: key.KeyId }], outcomes: MANAGE },
  CancelKeyDeletion: { request: ({ key }) => ['CancelKeyDeletion', { KeyId: key.KeyId }], outcomes: { Enabled: 'not-pending', Disabled: 'not-pending', PendingDeletion: 'ok' } },
  CreateAlias: { request: ({ key }) => ['CreateAlias', { AliasName: 'alias/new', TargetKeyId: key.KeyId }], outcomes: MANAGE },
  'UpdateAlias (destination)': { request: ({ key }) => ['UpdateAlias', { AliasName: 'alias/other', TargetKeyId: key.KeyId }], outcomes: MANAGE },
  'UpdateAlias (source)': { request: ({ other }) => ['UpdateAlias', { AliasName: 'alias/key', TargetKeyId: other.KeyId }], outcomes: ANY },
  DeleteAlias: { request: () => ['DeleteAlias', { AliasName: 'alias/key' }], outcomes: ANY },
  ListAliases: { request: ({ key }) => ['ListAliases', { KeyId: key.KeyId }], outcomes: ANY },
  EnableKeyRotation: { request: ({ key }) => ['EnableKeyRotation', { KeyId: key.KeyId }], outcomes: CRYPTO },
  DisableKeyRotation: { request: ({ key }) => ['DisableKeyRotation', { KeyId: key.KeyId }], outcomes: CRYPTO },
  GetKeyRotationStatus: { request: ({ key }) => ['GetKeyRotationStatus', { KeyId: key.KeyId }], outcomes: ANY },
  RotateKeyOnDemand: { request: ({ key }) => ['RotateKeyOnDemand', { KeyId: key.KeyId }], outcomes: CRYPTO },
  ListKeyRotations: { request: ({ key }) => ['ListKeyRotations', { KeyId: key.KeyId }], outcomes: ANY },
  TagResource: { request: ({ key }) => ['TagResource', { KeyId: key.KeyId, Tags: [{ TagKey: 'a', TagValue: 'b' }] }], outcomes: MANAGE },
  UntagResource: { request: ({ key }) => ['UntagResource', { KeyId: key.KeyId, TagKeys: ['a'] }], outcomes: MANAGE },
  ListResourceTags: { request: ({ key }) => ['ListResourceTags', { KeyId: key.KeyId }], outcomes: ANY },
  GetKeyPolicy: { request: ({ key }) => ['GetKeyPolicy', { KeyId: key.KeyId }], outcomes: ANY },
  PutKeyPolicy: {
    request: ({ key }) => [
      'PutKeyPolicy',
      { KeyId: key.KeyId, Policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'kms:*', Resource: '*' }] }) },
    ],
    outcomes: ANY,
  },
  ListKeyPolicies: { request: ({ key }) => ['ListKeyPolicies', { KeyId: key.KeyId }], outcomes: ANY },
};

async function sceneIn(state: State): Promise<Fixture & { scene: Scene }> {
  const fixture = await newKms();
  const { kms, createKey } = fixture;
  const key = await createKey();
  const other = await createKey();
  const { CiphertextBlob } = await kms.send('Encrypt', { KeyId: key.KeyId, Plaintext: utf8('secret') });
  await kms.send('CreateAlias', { AliasName: 'alias/key', TargetKeyId: key.KeyId });
  await kms.send('CreateAlias', { AliasName: 'alias/other', TargetKeyId: other.KeyId });
  if (state === 'Disabled') await kms.send('DisableKey', { KeyId: key.KeyId });
  if (state === 'PendingDeletion') await kms.send('ScheduleKeyDeletion', { KeyId: key.KeyId });
  return { ...fixture, scene: { key, other, ciphertext: CiphertextBlob as Uint8Array } };
}

const cells = Object.entries(TABLE).flatMap(([row, { request, outcomes }]) =>
  (Object.keys(outcomes) as State[]).map((state) => ({ row, state, request, outcome: outcomes[state] })),
);

describe('KEY-2 the key-state table', () => {
  it('KEY-2 covers every operation that names a key', async () => {
    const { kms } = await newKms();
    const keyless = new Set(['CreateKey', 'ListKeys', 'GenerateRandom']);
    const rows = new Set(Object.values(TABLE).map(({ request }) => request({ key: { KeyId: '', Arn: '' }, other: { KeyId: '', Arn: '' }, ciphertext: new Uint8Array() })[0]));
    expect([...rows].sort()).toEqual(kms.operations.filter((operation) => !keyless.has(operation)).sort());
  });

  it.each(cells)('KEY-2 $row on a $state key: $outcome', async ({ state, request, outcome }) => {
    const { kms, scene } = await sceneIn(state);
    const [operation, input] = request(scene);
    const sent = kms.send(operation, input);
    const arn = scene.key.Arn;
    if (outcome === 'ok') {
      await expect(sent).resolves.toBeTypeOf('object');
      return;
    }
    const expected = {
      disabled: { name: 'DisabledException', message: `${arn} is disabled.` },
      pending: { name: 'KMSInvalidStateException', message: `${arn} is pending deletion.` },
      'not-pending': { name: 'KMSInvalidStateException', message: `${arn} is not pending deletion (or pending replica deletion).` },
    }[outcome];
    await expect(sent).rejects.toMatchObject(expected);
    // REQ-4: the refusal changed nothing.
    expect(await kms.send('DescribeKey', { KeyId: scene.key.KeyId })).toHaveProperty('KeyMetadata.KeyState', state);
  });

  it('KEY-2 DescribeKey reports Enabled: true only in the Enabled state', async () => {
    for (const state of ['Enabled', 'Disabled', 'PendingDeletion'] as const) {
      const { kms, scene } = await sceneIn(state);
      expect(await kms.send('DescribeKey', { KeyId: scene.key.KeyId })).toMatchObject({ KeyMetadata: { KeyState: state, Enabled: state === 'Enabled' } });
    }
  });
});
