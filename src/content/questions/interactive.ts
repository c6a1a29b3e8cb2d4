// Interactive questions: tasks the learner answers by acting in the simulator (console, terminal or
// flow page), graded by the goal checker against the live engine. interactive.test.ts replays each
// solution and each wrong answer on a fresh engine.

import type { ApiCall } from '../goals/types';
import { DOCS } from './references';
import type { InteractiveQuestion } from './types';

/** CreateKey with a description, saved under `saveAs`, and an alias for it. */
function keyWithAlias(alias: string, description: string, saveAs: string): ApiCall[] {
  return [
    { operation: 'CreateKey', input: { Description: description }, saveAs },
    { operation: 'CreateAlias', input: { AliasName: alias, TargetKeyId: { $ref: `${saveAs}.KeyMetadata.KeyId` } } },
  ];
}

export const interactiveQuestions: InteractiveQuestion[] = [
  {
    id: 'do-data-key-bound-to-tenant',
    prompt:
      'The billing service has a key described "Billing service key" but no alias yet. Give it the alias `alias/billing`, then use `alias/billing` to generate a 256-bit data key ' +
      'that can only be decrypted when the caller presents the encryption context `tenant=acme`.',
    topics: ['encryption-context', 'data-keys', 'kms-basics'],
    seedClaims: ['S4', 'S12'],
    difficulty: 'easy',
    hints: [
      'CreateAlias takes the alias name and the key ID of the target key.',
      'GenerateDataKey takes an EncryptionContext map; the same map will be needed to decrypt the data key.',
    ],
    startState: [{ operation: 'CreateKey', input: { Description: 'Billing service key' }, saveAs: 'billing' }],
    goal: {
      kind: 'all',
      goals: [
        { kind: 'alias-exists', alias: 'alias/billing', targetKey: { description: 'Billing service key' } },
        { kind: 'trail-record', eventName: 'GenerateDataKey', key: { alias: 'alias/billing' }, encryptionContext: { tenant: 'acme' } },
      ],
    },
    solution: [
      { operation: 'CreateAlias', input: { AliasName: 'alias/billing', TargetKeyId: { $ref: 'billing.KeyMetadata.KeyId' } } },
      { operation: 'GenerateDataKey', input: { KeyId: 'alias/billing', KeySpec: 'AES_256', EncryptionContext: { tenant: 'acme' } } },
    ],
    wrongSolution: [
      { operation: 'CreateAlias', input: { AliasName: 'alias/billing', TargetKeyId: { $ref: 'billing.KeyMetadata.KeyId' } } },
      { operation: 'GenerateDataKey', input: { KeyId: 'alias/billing', KeySpec: 'AES_256' } },
    ],
    explanation:
      'The encryption context is bound to the encrypted data key, so Decrypt succeeds only with tenant=acme, and every use of the key shows the tenant in CloudTrail.',
    references: [DOCS.encryptionContext, DOCS.generateDataKeyApi],
  },
  {
    id: 'do-schedule-deletion-shortest',
    prompt: 'The key behind `alias/old` is no longer needed. Schedule its deletion with the shortest waiting period KMS allows.',
    topics: ['key-states-deletion'],
    seedClaims: ['S16'],
    difficulty: 'easy',
    hints: ['ScheduleKeyDeletion takes PendingWindowInDays.', 'The allowed range is 7–30 days; the default is 30.'],
    startState: keyWithAlias('alias/old', 'Retired reporting key', 'old'),
    goal: { kind: 'key-state', key: { alias: 'alias/old' }, state: 'PendingDeletion', pendingWindowInDays: 7 },
    solution: [{ operation: 'ScheduleKeyDeletion', input: { KeyId: { $ref: 'alias/old' }, PendingWindowInDays: 7 } }],
    wrongSolution: [{ operation: 'ScheduleKeyDeletion', input: { KeyId: { $ref: 'alias/old' } } }],
    explanation: 'Deletion always waits 7–30 days (default 30) in the PendingDeletion state, so that a mistake can still be cancelled.',
    references: [DOCS.scheduleKeyDeletion],
  },
  {
    id: 'do-disabled-key-decrypt-fails',
    prompt:
      'A receipt was encrypted under `alias/payments`. Disable that key, then have Alice try to decrypt the receipt, so that CloudTrail shows her Decrypt failing because the key is disabled.',
    topics: ['key-states-deletion', 'cloudtrail-audit'],
    seedClaims: ['S4', 'S16'],
    difficulty: 'medium',
    hints: [
      'DisableKey takes the key ID, not the alias.',
      'Send the Decrypt as Alice; look for its record and errorCode in CloudTrail.',
    ],
    startState: [
      ...keyWithAlias('alias/payments', 'Payments key', 'payments'),
      { operation: 'Encrypt', input: { KeyId: 'alias/payments', Plaintext: { $utf8: 'receipt #1042: 49.90 EUR' } }, context: { principal: 'Alice' }, saveAs: 'receipt' },
    ],
    goal: {
      kind: 'all',
      goals: [
        { kind: 'key-state', key: { alias: 'alias/payments' }, state: 'Disabled' },
        { kind: 'trail-record', eventName: 'Decrypt', key: { alias: 'alias/payments' }, error: 'DisabledException', user: 'Alice' },
      ],
    },
    solution: [
      { operation: 'DisableKey', input: { KeyId: { $ref: 'alias/payments' } } },
      { operation: 'Decrypt', input: { CiphertextBlob: { $ref: 'receipt.CiphertextBlob' } }, context: { principal: 'Alice' }, expectError: 'DisabledException' },
    ],
    wrongSolution: [{ operation: 'Decrypt', input: { CiphertextBlob: { $ref: 'receipt.CiphertextBlob' } }, context: { principal: 'Alice' } }],
    explanation:
      'A disabled key refuses every cryptographic operation with DisabledException, and CloudTrail records the failed attempt with the caller and the error: disabling is a reversible way to find out who still depends on a key.',
    references: [DOCS.keyState, DOCS.cloudTrail],
  },
  {
    id: 'do-envelope-for-5000-bytes',
    prompt:
      'A 5,000-byte contract must be protected by `alias/docs`. `Encrypt` cannot take it. Ask KMS for what you need to encrypt it yourself: a 256-bit data key whose plaintext you would use locally ' +
      'and whose encrypted copy you would store with the contract.',
    topics: ['encrypt-4kb-limit', 'envelope-encryption', 'data-keys'],
    seedClaims: ['S9', 'S10', 'S12', 'S18'],
    difficulty: 'easy',
    hints: ['Encrypt accepts at most 4,096 bytes of plaintext.', 'GenerateDataKey with KeySpec AES_256 returns a plaintext and an encrypted data key.'],
    startState: keyWithAlias('alias/docs', 'Contracts key', 'docs'),
    goal: {
      kind: 'any',
      goals: [
        { kind: 'trail-record', eventName: 'GenerateDataKey', key: { alias: 'alias/docs' }, parameters: { keySpec: 'AES_256' } },
        { kind: 'trail-record', eventName: 'GenerateDataKey', key: { alias: 'alias/docs' }, parameters: { numberOfBytes: 32 } },
      ],
    },
    solution: [{ operation: 'GenerateDataKey', input: { KeyId: 'alias/docs', KeySpec: 'AES_256' } }],
    wrongSolution: [{ operation: 'Encrypt', input: { KeyId: 'alias/docs', Plaintext: { $bytes: 5000 } }, expectError: 'ValidationException' }],
    explanation:
      'KMS encrypts at most 4,096 bytes directly. Envelope encryption handles any size: the data key encrypts the contract locally, and the KMS key protects the data key.',
    references: [DOCS.encryptApi, DOCS.dataKeys, DOCS.enveloping],
  },
  {
    id: 'do-rotate-on-demand-old-ciphertext',
    prompt:
      'A record was encrypted under `alias/app` yesterday. Rotate the key material of `alias/app` now (not on a schedule), then decrypt that record to show it still decrypts after the rotation.',
    topics: ['rotation'],
    seedClaims: ['S16'],
    difficulty: 'medium',
    hints: [
      'RotateKeyOnDemand takes the key ID.',
      'Order matters: rotate first, then decrypt the record that was encrypted before the rotation.',
    ],
    startState: [
      ...keyWithAlias('alias/app', 'Application key', 'app'),
      { operation: 'Encrypt', input: { KeyId: 'alias/app', Plaintext: { $utf8: 'customer 77: gold tier' } }, saveAs: 'record' },
    ],
    goal: {
      kind: 'all',
      goals: [
        { kind: 'key-rotations', key: { alias: 'alias/app' }, atLeast: 1, rotationType: 'ON_DEMAND' },
        {
          kind: 'trail-sequence',
          steps: [
            { eventName: 'RotateKeyOnDemand', key: { alias: 'alias/app' } },
            { eventName: 'Decrypt', key: { alias: 'alias/app' }, keyMaterial: 'previous' },
          ],
        },
      ],
    },
    solution: [
      { operation: 'RotateKeyOnDemand', input: { KeyId: { $ref: 'alias/app' } } },
      { operation: 'Decrypt', input: { CiphertextBlob: { $ref: 'record.CiphertextBlob' } } },
    ],
    wrongSolution: [
      { operation: 'Decrypt', input: { CiphertextBlob: { $ref: 'record.CiphertextBlob' } } },
      { operation: 'RotateKeyOnDemand', input: { KeyId: { $ref: 'alias/app' } } },
    ],
    explanation:
      'Rotation adds new key material but keeps the old: the key ID and alias stay, and KMS decrypts older ciphertext with the material that made it.',
    references: [DOCS.rotatingKeysOnDemand, DOCS.rotateKeys],
  },
  {
    id: 'do-rotation-every-180-days',
    prompt: 'Compliance requires the key material of `alias/ledger` to rotate automatically every 180 days. Configure it.',
    topics: ['rotation'],
    seedClaims: ['S16'],
    difficulty: 'easy',
    hints: ['EnableKeyRotation takes an optional RotationPeriodInDays (90–2,560).', 'Without it, the period is 365 days.'],
    startState: keyWithAlias('alias/ledger', 'Ledger key', 'ledger'),
    goal: { kind: 'key-rotation-status', key: { alias: 'alias/ledger' }, enabled: true, periodInDays: 180 },
    solution: [{ operation: 'EnableKeyRotation', input: { KeyId: { $ref: 'alias/ledger' }, RotationPeriodInDays: 180 } }],
    wrongSolution: [{ operation: 'EnableKeyRotation', input: { KeyId: { $ref: 'alias/ledger' } } }],
    explanation: 'Customer managed keys rotate on a period you choose between 90 and 2,560 days; the default is 365.',
    references: [DOCS.enableKeyRotationApi, DOCS.rotatingKeysEnable],
  },
  {
    id: 'do-cancel-deletion-make-usable',
    prompt: 'Someone scheduled the key behind `alias/legacy` for deletion by mistake. Make the key usable for encryption again.',
    topics: ['key-states-deletion'],
    seedClaims: ['S16'],
    difficulty: 'medium',
    hints: ['CancelKeyDeletion stops the deletion.', 'Look at the key state after cancelling: is the key usable yet?'],
    startState: [
      ...keyWithAlias('alias/legacy', 'Legacy archive key', 'legacy'),
      { operation: 'ScheduleKeyDeletion', input: { KeyId: { $ref: 'legacy.KeyMetadata.KeyId' }, PendingWindowInDays: 30 } },
    ],
    goal: { kind: 'key-state', key: { alias: 'alias/legacy' }, state: 'Enabled' },
    solution: [
      { operation: 'CancelKeyDeletion', input: { KeyId: { $ref: 'alias/legacy' } } },
      { operation: 'EnableKey', input: { KeyId: { $ref: 'alias/legacy' } } },
    ],
    wrongSolution: [{ operation: 'CancelKeyDeletion', input: { KeyId: { $ref: 'alias/legacy' } } }],
    explanation: 'CancelKeyDeletion leaves the key Disabled, not Enabled; EnableKey completes the recovery.',
    references: [DOCS.keyState, DOCS.scheduleKeyDeletion],
  },
  {
    id: 'do-key-in-recovery-region',
    prompt:
      'The recovery site runs in eu-west-1, and `alias/backup` exists only in us-east-1. Give eu-west-1 its own key with the alias `alias/backup` there, and encrypt a test value with it through the eu-west-1 endpoint.',
    topics: ['regional-scope'],
    seedClaims: ['S5'],
    difficulty: 'medium',
    hints: [
      'Keys and aliases are regional: send the calls to the eu-west-1 endpoint.',
      'A us-east-1 key cannot be used through eu-west-1, even by its ARN.',
    ],
    startState: keyWithAlias('alias/backup', 'Backup key (us-east-1)', 'primary'),
    goal: {
      kind: 'all',
      goals: [
        { kind: 'alias-exists', alias: 'alias/backup', region: 'eu-west-1' },
        { kind: 'trail-record', eventName: 'Encrypt', key: { alias: 'alias/backup' }, region: 'eu-west-1' },
      ],
    },
    solution: [
      { operation: 'CreateKey', input: { Description: 'Backup key (eu-west-1)' }, context: { region: 'eu-west-1' }, saveAs: 'recovery' },
      { operation: 'CreateAlias', input: { AliasName: 'alias/backup', TargetKeyId: { $ref: 'recovery.KeyMetadata.KeyId' } }, context: { region: 'eu-west-1' } },
      { operation: 'Encrypt', input: { KeyId: 'alias/backup', Plaintext: { $utf8: 'restore test' } }, context: { region: 'eu-west-1' } },
    ],
    wrongSolution: [
      {
        operation: 'Encrypt',
        input: { KeyId: { $ref: 'primary.KeyMetadata.Arn' }, Plaintext: { $utf8: 'restore test' } },
        context: { region: 'eu-west-1' },
        expectError: 'NotFoundException',
      },
    ],
    explanation:
      'A single-Region key never leaves its Region, and an alias names a key only in its own Region. Each Region needs its own key, or a multi-Region key replicated on purpose.',
    references: [DOCS.keyPolicies, DOCS.mrkSecurity],
  },
  {
    id: 'do-data-key-without-plaintext',
    prompt:
      'A provisioning service prepares encrypted data keys for workers under `alias/batch`, but it must never hold a plaintext data key. Get one data key for `alias/batch` the way that service should.',
    topics: ['data-keys'],
    seedClaims: ['S12', 'S11'],
    difficulty: 'medium',
    hints: ['One data key operation returns only the encrypted copy.', 'Asking for a plaintext and discarding it still hands the service a plaintext.'],
    startState: keyWithAlias('alias/batch', 'Batch jobs key', 'batch'),
    goal: {
      kind: 'all',
      goals: [
        { kind: 'trail-record', eventName: 'GenerateDataKeyWithoutPlaintext', key: { alias: 'alias/batch' } },
        {
          kind: 'not',
          goal: { kind: 'trail-record', eventName: 'GenerateDataKey', key: { alias: 'alias/batch' } },
          because: 'A GenerateDataKey call for alias/batch returned a plaintext data key, which the provisioning service must never hold.',
        },
      ],
    },
    solution: [{ operation: 'GenerateDataKeyWithoutPlaintext', input: { KeyId: 'alias/batch', KeySpec: 'AES_256' } }],
    wrongSolution: [{ operation: 'GenerateDataKey', input: { KeyId: 'alias/batch', KeySpec: 'AES_256' } }],
    explanation: 'GenerateDataKeyWithoutPlaintext returns only the encrypted data key; the worker that needs the key later calls Decrypt.',
    references: [DOCS.generateDataKeyWithoutPlaintextApi, DOCS.dataKeys],
  },
  {
    id: 'do-reencrypt-without-plaintext',
    prompt:
      'A secret was encrypted under `alias/old-app`. Move it under `alias/new-app` so that its plaintext never leaves KMS on the way.',
    topics: ['kms-basics', 'data-keys'],
    seedClaims: ['S11'],
    difficulty: 'hard',
    hints: [
      'Decrypt followed by Encrypt would bring the plaintext to the caller.',
      'ReEncrypt decrypts and encrypts again inside KMS, under a destination key you name.',
    ],
    startState: [
      ...keyWithAlias('alias/old-app', 'Old application key', 'oldApp'),
      ...keyWithAlias('alias/new-app', 'New application key', 'newApp'),
      { operation: 'Encrypt', input: { KeyId: 'alias/old-app', Plaintext: { $utf8: 'db-password: s3cr3t' } }, saveAs: 'secret' },
    ],
    goal: {
      kind: 'all',
      goals: [
        { kind: 'trail-record', eventName: 'ReEncrypt', key: { alias: 'alias/new-app' } },
        {
          kind: 'not',
          goal: { kind: 'trail-record', eventName: 'Decrypt', key: { alias: 'alias/old-app' } },
          because: 'A Decrypt call for alias/old-app returned the secret in plaintext to the caller; it should have stayed inside KMS.',
        },
      ],
    },
    solution: [{ operation: 'ReEncrypt', input: { CiphertextBlob: { $ref: 'secret.CiphertextBlob' }, DestinationKeyId: 'alias/new-app' } }],
    wrongSolution: [
      { operation: 'Decrypt', input: { CiphertextBlob: { $ref: 'secret.CiphertextBlob' } }, saveAs: 'opened' },
      { operation: 'Encrypt', input: { KeyId: 'alias/new-app', Plaintext: { $ref: 'opened.Plaintext' } } },
    ],
    explanation: 'ReEncrypt changes the key protecting ciphertext entirely inside KMS; it needs kms:ReEncryptFrom on the source key and kms:ReEncryptTo on the destination.',
    references: [DOCS.reEncryptApi, DOCS.reEncryptDetails],
  },
  {
    id: 'do-decrypt-with-matching-context',
    prompt:
      'A payroll record was encrypted under `alias/hr` with the encryption context `dept=finance`. Decrypt it successfully.',
    topics: ['encryption-context'],
    seedClaims: ['S4'],
    difficulty: 'easy',
    hints: ['The key is found from the ciphertext, but the context is not.', 'Pass the same EncryptionContext map to Decrypt.'],
    startState: [
      ...keyWithAlias('alias/hr', 'HR key', 'hr'),
      { operation: 'Encrypt', input: { KeyId: 'alias/hr', Plaintext: { $utf8: 'payroll 2026-03: 184,200' }, EncryptionContext: { dept: 'finance' } }, saveAs: 'payroll' },
    ],
    goal: { kind: 'trail-record', eventName: 'Decrypt', key: { alias: 'alias/hr' }, encryptionContext: { dept: 'finance' } },
    solution: [{ operation: 'Decrypt', input: { CiphertextBlob: { $ref: 'payroll.CiphertextBlob' }, EncryptionContext: { dept: 'finance' } } }],
    wrongSolution: [{ operation: 'Decrypt', input: { CiphertextBlob: { $ref: 'payroll.CiphertextBlob' } }, expectError: 'InvalidCiphertextException' }],
    explanation: 'The encryption context is bound to the ciphertext: Decrypt must present exactly the same pairs, or it fails with InvalidCiphertextException.',
    references: [DOCS.encryptionContext],
  },
  {
    id: 'do-key-policy-for-key-user',
    prompt:
      'Rewrite the key policy of `alias/reports` so that Alice may use the key for Encrypt, Decrypt and GenerateDataKey, but may not administer it (for example, she must not be able to schedule its deletion ' +
      'or change its policy). Keep the statement that lets the account\'s IAM policies work. (KMS Lab checks the statements of the policy document.)',
    topics: ['key-policies-iam-grants'],
    seedClaims: ['S7'],
    difficulty: 'hard',
    hints: [
      'Read the current policy with GetKeyPolicy: it has one statement for the account principal (root).',
      'Add a second statement with Alice\'s ARN as principal and only the cryptographic actions.',
      'kms:* for Alice would include ScheduleKeyDeletion and PutKeyPolicy.',
    ],
    startState: keyWithAlias('alias/reports', 'Reports key', 'reports'),
    goal: {
      kind: 'all',
      goals: [
        { kind: 'key-policy-allows', key: { alias: 'alias/reports' }, principal: 'Alice', action: 'kms:Encrypt' },
        { kind: 'key-policy-allows', key: { alias: 'alias/reports' }, principal: 'Alice', action: 'kms:Decrypt' },
        { kind: 'key-policy-allows', key: { alias: 'alias/reports' }, principal: 'Alice', action: 'kms:GenerateDataKey' },
        { kind: 'key-policy-allows', key: { alias: 'alias/reports' }, principal: 'root', action: 'kms:PutKeyPolicy' },
        {
          kind: 'not',
          goal: { kind: 'key-policy-allows', key: { alias: 'alias/reports' }, principal: 'Alice', action: 'kms:ScheduleKeyDeletion' },
          because: 'The policy lets Alice schedule the deletion of the key, which a key user must not be able to do.',
        },
        {
          kind: 'not',
          goal: { kind: 'key-policy-allows', key: { alias: 'alias/reports' }, principal: 'Alice', action: 'kms:PutKeyPolicy' },
          because: 'The policy lets Alice change the key policy, which a key user must not be able to do.',
        },
      ],
    },
    solution: [
      {
        operation: 'PutKeyPolicy',
        input: {
          KeyId: { $ref: 'alias/reports' },
          PolicyName: 'default',
          Policy: {
            $json: {
              Version: '2012-10-17',
              Statement: [
                { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: { $principal: 'root' } }, Action: 'kms:*', Resource: '*' },
                {
                  Sid: 'Allow use of the key',
                  Effect: 'Allow',
                  Principal: { AWS: { $principal: 'Alice' } },
                  Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
                  Resource: '*',
                },
              ],
            },
          },
        },
      },
    ],
    wrongSolution: [
      {
        operation: 'PutKeyPolicy',
        input: {
          KeyId: { $ref: 'alias/reports' },
          PolicyName: 'default',
          Policy: {
            $json: {
              Version: '2012-10-17',
              Statement: [
                { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: { $principal: 'root' } }, Action: 'kms:*', Resource: '*' },
                { Sid: 'Alice', Effect: 'Allow', Principal: { AWS: { $principal: 'Alice' } }, Action: 'kms:*', Resource: '*' },
              ],
            },
          },
        },
      },
    ],
    explanation:
      'Key users get the cryptographic actions only; administration stays with administrators. The account principal statement keeps IAM policies effective and the key manageable.',
    references: [DOCS.defaultKeyPolicy, DOCS.keyPolicies],
  },
];
