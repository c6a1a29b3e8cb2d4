// The lessons, as data. Each teaches ideas of KMS Lab's source article (seed claims S1–S19, cited in
// `seedClaims`) by having the learner do them on the live simulator; every goal is checked against the
// engine's state and its CloudTrail records. Lessons whose engine features are not built yet are
// listed as coming, with what they wait for. Facts follow shared/reference (kms-api.md, seed-claims.md).

import type { Action } from '../goals/types';
import type { CatalogueEntry, ComingLesson, Lesson } from './types';

const REGION = 'us-east-1';

/** CreateKey with a description (its output saved as `saveAs`) and an alias pointing to it. */
function keyWithAlias(alias: string, description: string, saveAs: string, region?: string): Action[] {
  const context = region === undefined ? {} : { context: { region } };
  return [
    { operation: 'CreateKey', input: { Description: description }, saveAs, ...context },
    { operation: 'CreateAlias', input: { AliasName: alias, TargetKeyId: { $ref: `${saveAs}.KeyMetadata.KeyId` } }, ...context },
  ];
}

const whatKmsIsFor: Lesson = {
  status: 'ready',
  id: 'what-kms-is-for',
  title: 'What KMS is for: create, name and use a key',
  summary: 'Make a customer managed key, give it an alias, and have KMS encrypt and decrypt a short secret with it.',
  objectives: [
    'Create a symmetric customer managed KMS key and say what KMS keeps for you.',
    'Refer to a key by an alias instead of its key ID.',
    'Encrypt and decrypt a small secret directly with KMS, bound to an encryption context.',
  ],
  seedClaims: ['S1', 'S16'],
  region: REGION,
  startState: [],
  steps: [
    {
      id: 'create-key',
      title: 'Create a key',
      instruction: 'Create a symmetric KMS key with the description "Invoices key". KMS generates its key material inside its HSMs and keeps it there; you get a key ID and an ARN.',
      hints: [
        'On the Engine page, type the description and press Create key. In the terminal: aws kms create-key.',
        'aws kms create-key --description "Invoices key"',
      ],
      goal: { kind: 'key-exists', key: { description: 'Invoices key' }, metadata: { KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT' } },
      goalText: 'A customer managed symmetric key described "Invoices key" exists in us-east-1.',
      where: ['/engine', '/terminal', '/keys'],
      solution: [{ operation: 'CreateKey', input: { Description: 'Invoices key' }, saveAs: 'invoices' }],
      takeaway:
        'This is a customer managed key: you created it, so you can enable, disable, rotate and schedule it for deletion, and you decide its key policy. KMS stores it and is the only place its key material exists.',
      wrong: [{ mistake: 'a key with another description', actions: [{ operation: 'CreateKey', input: { Description: 'Billing key' } }] }],
    },
    {
      id: 'alias',
      title: 'Name it with an alias',
      instruction: 'Give the key the alias alias/invoices, so applications can name it without hard-coding its key ID.',
      hints: [
        'Aliases always begin with alias/. CreateAlias takes the alias name and the target key ID.',
        'aws kms create-alias --alias-name alias/invoices --target-key-id <the key ID from create-key>',
      ],
      goal: { kind: 'alias-exists', alias: 'alias/invoices', targetKey: { description: 'Invoices key' } },
      goalText: 'alias/invoices points to the "Invoices key" key.',
      where: ['/terminal', '/keys'],
      solution: [{ operation: 'CreateAlias', input: { AliasName: 'alias/invoices', TargetKeyId: { $ref: 'invoices.KeyMetadata.KeyId' } } }],
      takeaway: 'An alias is a friendly name in one Region. You can later point it to a new key without changing the code that uses it.',
      wrong: [
        {
          mistake: 'the alias on a different key',
          actions: [
            { operation: 'CreateKey', input: { Description: 'Scratch key' }, saveAs: 'scratch' },
            { operation: 'CreateAlias', input: { AliasName: 'alias/invoices', TargetKeyId: { $ref: 'scratch.KeyMetadata.KeyId' } } },
          ],
        },
      ],
    },
    {
      id: 'encrypt',
      title: 'Encrypt a small secret',
      instruction: 'Encrypt a short text (under 4 KB) under alias/invoices with the encryption context purpose=invoices. KMS encrypts it inside the HSM and returns a ciphertext blob.',
      hints: [
        'On the Engine page, pick the key, type the text, and enter purpose=invoices as the encryption context.',
        'aws kms encrypt --key-id alias/invoices --plaintext fileb://secret.txt --encryption-context purpose=invoices',
      ],
      goal: { kind: 'trail-record', eventName: 'Encrypt', key: { alias: 'alias/invoices' }, encryptionContext: { purpose: 'invoices' } },
      goalText: 'CloudTrail shows a successful Encrypt under alias/invoices with encryption context purpose=invoices.',
      where: ['/engine', '/terminal'],
      solution: [{ operation: 'Encrypt', input: { KeyId: 'alias/invoices', Plaintext: { $utf8: 'IBAN DE89 3704 0044 0532 0130 00' }, EncryptionContext: { purpose: 'invoices' } }, saveAs: 'secret' }],
      takeaway: 'The encryption context is not secret, but it is bound to the ciphertext: Decrypt must present the same pairs, and CloudTrail shows them.',
      wrong: [{ mistake: 'encrypting without the encryption context', actions: [{ operation: 'Encrypt', input: { KeyId: 'alias/invoices', Plaintext: { $utf8: 'IBAN' } } }] }],
    },
    {
      id: 'decrypt',
      title: 'Decrypt it',
      instruction: 'Decrypt the ciphertext from the last step. The ciphertext names its own key, so Decrypt needs no key ID — but it does need the same encryption context.',
      hints: [
        'On the Engine page the Decrypt card takes the ciphertext (base64) and the context purpose=invoices.',
        'aws kms decrypt --ciphertext-blob fileb://secret.enc --encryption-context purpose=invoices',
      ],
      goal: { kind: 'trail-record', eventName: 'Decrypt', key: { alias: 'alias/invoices' }, encryptionContext: { purpose: 'invoices' } },
      goalText: 'CloudTrail shows a successful Decrypt under alias/invoices with encryption context purpose=invoices.',
      where: ['/engine', '/terminal'],
      solution: [{ operation: 'Decrypt', input: { CiphertextBlob: { $ref: 'secret.CiphertextBlob' }, EncryptionContext: { purpose: 'invoices' } } }],
      takeaway: 'KMS is a managed service that creates, stores and controls keys and uses them for you; AWS services such as S3 and EBS call it in exactly this way.',
      wrong: [
        {
          mistake: 'decrypting with a different encryption context',
          actions: [{ operation: 'Decrypt', input: { CiphertextBlob: { $ref: 'secret.CiphertextBlob' }, EncryptionContext: { purpose: 'payroll' } }, expectError: 'InvalidCiphertextException' }],
        },
      ],
    },
  ],
};

const durability: Lesson = {
  status: 'ready',
  id: 'durability-across-azs',
  title: 'Durability and availability across Availability Zones',
  summary: 'Take Availability Zones down in the simulated fleet and see which requests KMS still serves.',
  objectives: [
    'Explain that each KMS Region runs in at least three Availability Zones, with key material in each.',
    'Show that cryptographic calls keep working when one AZ is out.',
    'Show that changes need a majority of replicas, and that the fleet repairs itself.',
  ],
  seedClaims: ['S2', 'S3'],
  region: REGION,
  startState: keyWithAlias('alias/ledger', 'Ledger key', 'ledger'),
  steps: [
    {
      id: 'one-az-down',
      title: 'Lose one Availability Zone',
      instruction: 'On the Cluster page, take one Availability Zone of us-east-1 down.',
      hints: ['The Cluster page has controls for us-east-1a, us-east-1b and us-east-1c.', 'Press Take down for us-east-1a.'],
      goal: { kind: 'azs-down', atLeast: 1 },
      goalText: 'At least one Availability Zone of us-east-1 is out.',
      where: ['/cluster', '/flows'],
      solution: [{ simulation: 'setAz', az: 'us-east-1a', state: 'down' }],
      takeaway: 'An AZ is one or more data centres. KMS keeps a replica of every key and an HSM in each AZ of the Region.',
      wrong: [{ mistake: 'an AZ of another Region', actions: [{ simulation: 'setAz', az: 'eu-west-1a', state: 'down' }] }],
    },
    {
      id: 'still-serving',
      title: 'Keep encrypting',
      instruction: 'While that AZ is still out, encrypt a short text in us-east-1: under alias/ledger, or with the Try it panel of the Cluster page.',
      hints: ['Any page that encrypts will do: Cluster (Try it), Engine, Terminal or Flows.', 'aws kms encrypt --key-id alias/ledger --plaintext fileb://entry.txt'],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'azs-down', atLeast: 1 },
          { kind: 'trail-record', eventName: 'Encrypt' },
        ],
      },
      goalText: 'An AZ of us-east-1 is still out, and an Encrypt in us-east-1 succeeded.',
      where: ['/cluster', '/engine', '/terminal', '/flows'],
      solution: [{ operation: 'Encrypt', input: { KeyId: 'alias/ledger', Plaintext: { $utf8: 'ledger entry 1' } } }],
      takeaway: 'The request was routed to a healthy AZ. Losing one AZ costs a Region nothing you can see.',
      wrong: [
        {
          mistake: 'bringing the AZ back before encrypting',
          actions: [
            { simulation: 'setAz', az: 'us-east-1a', state: 'up' },
            { operation: 'Encrypt', input: { KeyId: 'alias/ledger', Plaintext: { $utf8: 'ledger entry 1' } } },
          ],
        },
      ],
    },
    {
      id: 'no-majority',
      title: 'Lose the majority',
      instruction: 'Take a second AZ of us-east-1 down, then try to create a key. A change must reach a majority (two of three) replicas, so KMS refuses it with a retryable KMSInternalException.',
      hints: ['Two of the three AZs must be out: press Take down for a second one.', 'Then Try it: Create key on the Cluster page, or aws kms create-key --description "During the outage"'],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'azs-down', atLeast: 2, writable: false },
          { kind: 'trail-record', eventName: 'CreateKey', error: 'KMSInternalException' },
        ],
      },
      goalText: 'Two AZs of us-east-1 are out and a CreateKey failed with KMSInternalException.',
      where: ['/cluster', '/terminal', '/engine'],
      solution: [
        { simulation: 'setAz', az: 'us-east-1b', state: 'down' },
        { operation: 'CreateKey', input: { Description: 'During the outage' }, expectError: 'KMSInternalException' },
      ],
      takeaway: 'Reads and cryptographic calls still work from the last AZ; only changes wait. Nothing acknowledged is ever lost, which is how KMS keeps keys durable.',
      wrong: [{ mistake: 'creating the key with only one AZ out', actions: [{ operation: 'CreateKey', input: { Description: 'During the outage' } }] }],
    },
    {
      id: 'recover',
      title: 'Recover',
      instruction: 'Bring every AZ of us-east-1 back up, then create a key. The returning replicas copy what they missed from a current peer before they serve again.',
      hints: ['Press Bring up for each AZ that is out on the Cluster page.', 'Then Try it: Create key, or aws kms create-key --description "After the outage"'],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'azs-down', atMost: 0 },
          { kind: 'trail-record', eventName: 'CreateKey' },
        ],
      },
      goalText: 'Every AZ of us-east-1 is up and a CreateKey succeeded.',
      where: ['/cluster', '/terminal', '/engine'],
      solution: [
        { simulation: 'setAz', az: 'us-east-1a', state: 'up' },
        { simulation: 'setAz', az: 'us-east-1b', state: 'up' },
        { operation: 'CreateKey', input: { Description: 'After the outage' } },
      ],
      takeaway:
        'AWS designs KMS keys for the durability of its most durable services (the usual figure is 99.999999999%, eleven nines) and replicates KMS in at least three AZs per Region; an outage in one Region never affects another.',
      wrong: [
        {
          mistake: 'leaving one AZ down',
          actions: [
            { simulation: 'setAz', az: 'us-east-1a', state: 'up' },
            { operation: 'CreateKey', input: { Description: 'After the outage' } },
          ],
        },
      ],
    },
  ],
};

const audit: Lesson = {
  status: 'ready',
  id: 'cloudtrail-audit',
  title: 'CloudTrail: who used which key, when, and for what',
  summary: 'Act as two different identities and read back, in CloudTrail, who did what with a key and with which encryption context.',
  objectives: [
    'Find the caller, time, key and encryption context of a KMS call in its CloudTrail record.',
    'See that failed calls are recorded too, with their error code.',
    'Know that CloudTrail never records plaintext or key material.',
  ],
  seedClaims: ['S4'],
  region: REGION,
  startState: keyWithAlias('alias/payroll', 'Payroll key', 'payroll'),
  steps: [
    {
      id: 'alice-encrypts',
      title: 'Alice encrypts',
      instruction: 'Acting as Alice, encrypt a short text under alias/payroll with the encryption context department=payroll.',
      hints: [
        'Choose Alice as the acting identity in the header, or add --profile alice to a terminal command.',
        'aws kms encrypt --profile alice --key-id alias/payroll --plaintext fileb://salary.txt --encryption-context department=payroll',
      ],
      goal: { kind: 'trail-record', eventName: 'Encrypt', key: { alias: 'alias/payroll' }, user: 'Alice', encryptionContext: { department: 'payroll' } },
      goalText: 'CloudTrail shows Alice encrypting under alias/payroll with department=payroll.',
      where: ['/terminal', '/engine'],
      solution: [
        {
          operation: 'Encrypt',
          input: { KeyId: 'alias/payroll', Plaintext: { $utf8: 'March salary run: 42 employees' }, EncryptionContext: { department: 'payroll' } },
          context: { principal: 'Alice' },
          saveAs: 'salary',
        },
      ],
      takeaway: 'The record names the caller (userIdentity), the time (eventTime), the key (resources) and the purpose (requestParameters.encryptionContext) — but not the plaintext.',
      wrong: [
        {
          mistake: 'encrypting as Admin instead of Alice',
          actions: [{ operation: 'Encrypt', input: { KeyId: 'alias/payroll', Plaintext: { $utf8: 'x' }, EncryptionContext: { department: 'payroll' } } }],
        },
        {
          mistake: 'Alice encrypting without the encryption context',
          actions: [{ operation: 'Encrypt', input: { KeyId: 'alias/payroll', Plaintext: { $utf8: 'x' } }, context: { principal: 'Alice' } }],
        },
      ],
    },
    {
      id: 'bob-fails',
      title: 'Bob tries with the wrong context',
      instruction: 'Acting as Bob, try to decrypt Alice’s ciphertext with the encryption context department=hr. KMS refuses it, and CloudTrail records Bob’s failed attempt.',
      hints: [
        'Save Alice’s ciphertext first (--query CiphertextBlob --output text | base64 --decode > salary.enc).',
        'aws kms decrypt --profile bob --ciphertext-blob fileb://salary.enc --encryption-context department=hr',
      ],
      goal: { kind: 'trail-record', eventName: 'Decrypt', user: 'Bob', error: 'InvalidCiphertextException' },
      goalText: 'CloudTrail shows a Decrypt by Bob that failed with InvalidCiphertextException.',
      where: ['/terminal', '/engine', '/trail'],
      solution: [
        {
          operation: 'Decrypt',
          input: { CiphertextBlob: { $ref: 'salary.CiphertextBlob' }, EncryptionContext: { department: 'hr' } },
          context: { principal: 'Bob' },
          expectError: 'InvalidCiphertextException',
        },
      ],
      takeaway: 'Failed attempts are evidence too. Open the CloudTrail page to see both records side by side: who, when, which key, which context, and the error.',
      wrong: [
        {
          mistake: 'Bob decrypting with the right context (it succeeds)',
          actions: [{ operation: 'Decrypt', input: { CiphertextBlob: { $ref: 'salary.CiphertextBlob' }, EncryptionContext: { department: 'payroll' } }, context: { principal: 'Bob' } }],
        },
      ],
    },
  ],
};

const regional: Lesson = {
  status: 'ready',
  id: 'keys-are-regional',
  title: 'Keys are regional',
  summary: 'Try to use a us-east-1 key from eu-west-1, then make a key where the data lives.',
  objectives: [
    'Explain that a KMS key (other than a multi-Region key) exists in one Region and never leaves it.',
    'Recognise the NotFoundException another Region’s endpoint gives, even for a full key ARN.',
    'Create and use a key in the Region of the data.',
  ],
  seedClaims: ['S5'],
  region: REGION,
  startState: keyWithAlias('alias/orders', 'Orders key', 'orders'),
  steps: [
    {
      id: 'cross-region',
      title: 'Use it from another Region',
      instruction: 'Switch to eu-west-1 and try to encrypt with the full key ARN of the us-east-1 key behind alias/orders.',
      hints: [
        'Copy the key ARN from us-east-1 (aws kms describe-key --key-id alias/orders), then change the Region.',
        'aws kms encrypt --region eu-west-1 --key-id <the key ARN> --plaintext fileb://order.txt',
      ],
      goal: { kind: 'trail-record', eventName: 'Encrypt', error: 'NotFoundException', region: 'eu-west-1' },
      goalText: 'CloudTrail in eu-west-1 shows an Encrypt that failed with NotFoundException.',
      where: ['/terminal', '/engine'],
      solution: [
        { operation: 'Encrypt', input: { KeyId: { $ref: 'orders.KeyMetadata.Arn' }, Plaintext: { $utf8: 'order 1042' } }, context: { region: 'eu-west-1' }, expectError: 'NotFoundException' },
      ],
      takeaway: 'Even an ARN that names us-east-1 finds nothing through the eu-west-1 endpoint: each Region’s KMS is separate, and its keys never leave it.',
      wrong: [{ mistake: 'encrypting in us-east-1 instead', actions: [{ operation: 'Encrypt', input: { KeyId: { $ref: 'orders.KeyMetadata.Arn' }, Plaintext: { $utf8: 'order 1042' } } }] }],
    },
    {
      id: 'local-key',
      title: 'Make a key in eu-west-1',
      instruction: 'In eu-west-1, create a key described "Orders key (Ireland)" for the European orders.',
      hints: ['Choose eu-west-1 in the Region selector, or add --region eu-west-1.', 'aws kms create-key --region eu-west-1 --description "Orders key (Ireland)"'],
      goal: { kind: 'key-exists', key: { description: 'Orders key (Ireland)' }, region: 'eu-west-1' },
      goalText: 'A key described "Orders key (Ireland)" exists in eu-west-1.',
      where: ['/engine', '/terminal', '/keys'],
      solution: [{ operation: 'CreateKey', input: { Description: 'Orders key (Ireland)' }, context: { region: 'eu-west-1' }, saveAs: 'ireland' }],
      takeaway: 'Each Region gets its own keys, with their own IDs, policies and aliases. The same alias name can exist in every Region for a different key.',
      wrong: [{ mistake: 'creating it in us-east-1', actions: [{ operation: 'CreateKey', input: { Description: 'Orders key (Ireland)' } }] }],
    },
    {
      id: 'use-local',
      title: 'Encrypt in eu-west-1',
      instruction: 'Encrypt a short text with the new key, in eu-west-1.',
      hints: ['Pick the "Orders key (Ireland)" key on the Engine page with eu-west-1 selected.', 'aws kms encrypt --region eu-west-1 --key-id <its key ID> --plaintext fileb://order.txt'],
      goal: { kind: 'trail-record', eventName: 'Encrypt', key: { description: 'Orders key (Ireland)' }, region: 'eu-west-1' },
      goalText: 'CloudTrail in eu-west-1 shows a successful Encrypt under the "Orders key (Ireland)" key.',
      where: ['/engine', '/terminal'],
      solution: [{ operation: 'Encrypt', input: { KeyId: { $ref: 'ireland.KeyMetadata.KeyId' }, Plaintext: { $utf8: 'order 2001' } }, context: { region: 'eu-west-1' } }],
      takeaway: 'For data that must be readable in two Regions, AWS offers multi-Region keys (replicas sharing key material on purpose); KMS Lab lists that lesson as coming.',
      wrong: [{ mistake: 'encrypting under the us-east-1 key', actions: [{ operation: 'Encrypt', input: { KeyId: 'alias/orders', Plaintext: { $utf8: 'order 2001' } } }] }],
    },
  ],
};

const hsm: Lesson = {
  status: 'ready',
  id: 'hsm-key-material',
  title: 'Key material stays in the HSMs',
  summary: 'Look at a key from outside: its metadata, its data keys and its rotations — never its key material.',
  objectives: [
    'State that KMS keys live in FIPS 140-3 Level 3 validated HSMs and their material never leaves them unencrypted.',
    'See that KMS returns metadata and data keys, not the KMS key itself.',
    'Rotate key material without ever seeing it.',
  ],
  seedClaims: ['S6', 'S11', 'S16'],
  region: REGION,
  startState: keyWithAlias('alias/vault', 'Vault key', 'vault'),
  steps: [
    {
      id: 'describe',
      title: 'Describe the key',
      instruction: 'Describe alias/vault. Look at Origin (AWS_KMS: material generated by KMS in its HSMs) and notice there is no member that holds the key material.',
      hints: ['DescribeKey accepts an alias.', 'aws kms describe-key --key-id alias/vault'],
      goal: { kind: 'trail-record', eventName: 'DescribeKey', key: { alias: 'alias/vault' } },
      goalText: 'CloudTrail shows a DescribeKey of alias/vault.',
      where: ['/terminal', '/keys'],
      solution: [{ operation: 'DescribeKey', input: { KeyId: 'alias/vault' } }],
      takeaway: 'No KMS API returns a KMS key’s material. It exists in plaintext only inside the HSMs; outside them it is stored only wrapped under the Region’s domain key.',
      wrong: [{ mistake: 'listing keys instead', actions: [{ operation: 'ListKeys', input: {} }] }],
    },
    {
      id: 'data-key',
      title: 'Get a data key instead',
      instruction: 'Generate a 256-bit data key under alias/vault, then open the Engine page to see what crossed the HSM boundary.',
      hints: ['GenerateDataKey with KeySpec AES_256.', 'aws kms generate-data-key --key-id alias/vault --key-spec AES_256'],
      goal: { kind: 'trail-record', eventName: 'GenerateDataKey', key: { alias: 'alias/vault' }, parameters: { keySpec: 'AES_256' } },
      goalText: 'CloudTrail shows a GenerateDataKey under alias/vault with keySpec AES_256.',
      where: ['/terminal', '/flows', '/engine'],
      solution: [{ operation: 'GenerateDataKey', input: { KeyId: 'alias/vault', KeySpec: 'AES_256' } }],
      takeaway: 'The data key leaves KMS (in plaintext and encrypted); the KMS key does not. KMS neither stores nor uses the data key after returning it.',
      wrong: [{ mistake: 'random bytes that no KMS key protects', actions: [{ operation: 'GenerateRandom', input: { NumberOfBytes: 32 } }] }],
    },
    {
      id: 'rotate',
      title: 'Rotate the material',
      instruction: 'Rotate the key material of alias/vault now, on demand. The HSMs make new material; the key ID, ARN and aliases stay the same.',
      hints: ['RotateKeyOnDemand takes the key ID, not an alias.', 'aws kms rotate-key-on-demand --key-id <the key ID of alias/vault>'],
      goal: { kind: 'key-rotations', key: { alias: 'alias/vault' }, atLeast: 1, rotationType: 'ON_DEMAND' },
      goalText: 'alias/vault has at least one on-demand rotation.',
      where: ['/terminal', '/keys'],
      solution: [{ operation: 'RotateKeyOnDemand', input: { KeyId: { $ref: 'alias/vault' } } }],
      takeaway: 'Old material is kept, so old ciphertexts still decrypt. You can also turn on automatic rotation with a period of 90 to 2,560 days.',
      wrong: [{ mistake: 'turning on automatic rotation instead', actions: [{ operation: 'EnableKeyRotation', input: { KeyId: { $ref: 'alias/vault' } } }] }],
    },
  ],
};

const control: Lesson = {
  status: 'ready',
  id: 'who-can-use-a-key',
  title: 'Controlling who can use a key',
  summary: 'Stop a key’s use for everyone by disabling it, see the refusal in CloudTrail, then write a key policy that names who may use it.',
  objectives: [
    'Disable and re-enable a customer managed key, and see that a disabled key refuses cryptographic calls.',
    'Read a DisabledException failure in CloudTrail.',
    'Write a key policy statement that allows one identity to use the key.',
  ],
  seedClaims: ['S7', 'S16', 'S4'],
  region: REGION,
  startState: keyWithAlias('alias/reports', 'Reports key', 'reports'),
  steps: [
    {
      id: 'disable',
      title: 'Disable the key',
      instruction: 'Disable the key behind alias/reports.',
      hints: ['On the Engine page, pick the key and press Disable key.', 'aws kms disable-key --key-id <the key ID of alias/reports>'],
      goal: { kind: 'key-state', key: { alias: 'alias/reports' }, state: 'Disabled' },
      goalText: 'alias/reports is Disabled.',
      where: ['/engine', '/terminal', '/keys'],
      solution: [{ operation: 'DisableKey', input: { KeyId: { $ref: 'alias/reports' } } }],
      takeaway: 'Disabling is reversible, unlike deletion: a safe way to find out who still depends on a key.',
      wrong: [{ mistake: 'scheduling the key for deletion instead', actions: [{ operation: 'ScheduleKeyDeletion', input: { KeyId: { $ref: 'alias/reports' }, PendingWindowInDays: 7 } }] }],
    },
    {
      id: 'alice-refused',
      title: 'Alice is refused',
      instruction: 'Acting as Alice, try to encrypt a short text under alias/reports.',
      hints: ['Choose Alice as the acting identity, or add --profile alice.', 'aws kms encrypt --profile alice --key-id alias/reports --plaintext fileb://report.txt'],
      goal: { kind: 'trail-record', eventName: 'Encrypt', key: { alias: 'alias/reports' }, user: 'Alice', error: 'DisabledException' },
      goalText: 'CloudTrail shows Alice’s Encrypt under alias/reports failing with DisabledException.',
      where: ['/terminal', '/engine'],
      solution: [{ operation: 'Encrypt', input: { KeyId: 'alias/reports', Plaintext: { $utf8: 'Q3 report' } }, context: { principal: 'Alice' }, expectError: 'DisabledException' }],
      takeaway: 'CloudTrail shows who was refused and why. A disabled key refuses everyone, whatever the policies say.',
      wrong: [{ mistake: 'trying as Admin instead of Alice', actions: [{ operation: 'Encrypt', input: { KeyId: 'alias/reports', Plaintext: { $utf8: 'Q3 report' } }, expectError: 'DisabledException' }] }],
    },
    {
      id: 'policy',
      title: 'Enable it and name who may use it',
      instruction:
        'Enable the key again, then replace its key policy with one that keeps the account’s full access (the root statement) and adds a statement allowing Alice kms:Encrypt and kms:Decrypt. KMS Lab validates and stores the policy; it does not enforce key policies yet.',
      hints: [
        'aws kms enable-key, then aws kms put-key-policy --policy-name default --policy file://policy.json.',
        'Two statements: Allow arn:aws:iam::111122223333:root kms:*, and Allow arn:aws:iam::111122223333:user/Alice ["kms:Encrypt","kms:Decrypt"], both on Resource "*".',
      ],
      goal: {
        kind: 'all',
        goals: [
          { kind: 'key-state', key: { alias: 'alias/reports' }, state: 'Enabled' },
          { kind: 'key-policy-allows', key: { alias: 'alias/reports' }, principal: 'Alice', action: 'kms:Decrypt' },
        ],
      },
      goalText: 'alias/reports is Enabled and its key policy allows Alice to call kms:Decrypt.',
      where: ['/terminal', '/keys'],
      solution: [
        { operation: 'EnableKey', input: { KeyId: { $ref: 'alias/reports' } } },
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
                  { Sid: 'Allow use by Alice', Effect: 'Allow', Principal: { AWS: { $principal: 'Alice' } }, Action: ['kms:Encrypt', 'kms:Decrypt'], Resource: '*' },
                ],
              },
            },
          },
        },
      ],
      takeaway:
        'The key policy is the primary control: without it, no IAM policy gives access. IAM policies and grants add to it. Evaluating them on every request is a lesson still to come.',
      wrong: [
        {
          mistake: 'a policy that names Bob, not Alice',
          actions: [
            { operation: 'EnableKey', input: { KeyId: { $ref: 'alias/reports' } } },
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
                      { Sid: 'Allow use by Bob', Effect: 'Allow', Principal: { AWS: { $principal: 'Bob' } }, Action: ['kms:Encrypt', 'kms:Decrypt'], Resource: '*' },
                    ],
                  },
                },
              },
            },
          ],
        },
      ],
    },
  ],
};

const fourKb: Lesson = {
  status: 'ready',
  id: 'encrypt-4kb-limit',
  title: 'The 4 KB limit of Encrypt, and why data keys exist',
  summary: 'Hit the 4,096-byte limit of Encrypt, then ask KMS for a data key to encrypt large data yourself.',
  objectives: [
    'State that Encrypt takes at most 4,096 bytes of plaintext.',
    'Explain that KMS is not meant to encrypt bulk data: data keys do that outside KMS.',
    'Generate a data key under a KMS key.',
  ],
  seedClaims: ['S9', 'S10'],
  region: REGION,
  startState: keyWithAlias('alias/contracts', 'Contracts key', 'contracts'),
  steps: [
    {
      id: 'too-big',
      title: 'Go over 4,096 bytes',
      instruction: 'Try to encrypt more than 4,096 bytes under alias/contracts.',
      hints: [
        'On the Engine page, pick the Contracts key; the Encrypt card can fill in 4,097 bytes — one byte over the limit.',
        'In the terminal, any file over 4 KB: aws kms encrypt --key-id alias/contracts --plaintext fileb://contract.pdf',
      ],
      goal: { kind: 'trail-record', eventName: 'Encrypt', error: 'ValidationException' },
      goalText: 'CloudTrail shows an Encrypt that failed with ValidationException.',
      where: ['/engine', '/terminal'],
      solution: [{ operation: 'Encrypt', input: { KeyId: 'alias/contracts', Plaintext: { $bytes: 5000 } }, expectError: 'ValidationException' }],
      takeaway: 'AWS says: "Member must have length less than or equal to 4096". Encrypt is for small secrets such as passwords or keys, not files.',
      wrong: [{ mistake: 'encrypting exactly 4,096 bytes (that is allowed)', actions: [{ operation: 'Encrypt', input: { KeyId: 'alias/contracts', Plaintext: { $bytes: 4096 } } }] }],
    },
    {
      id: 'data-key',
      title: 'Ask for a data key',
      instruction: 'Generate a 256-bit data key under alias/contracts. With it you can encrypt a contract of any size yourself.',
      hints: ['GenerateDataKey with KeySpec AES_256 (or NumberOfBytes 32).', 'aws kms generate-data-key --key-id alias/contracts --key-spec AES_256'],
      goal: {
        kind: 'any',
        goals: [
          { kind: 'trail-record', eventName: 'GenerateDataKey', key: { alias: 'alias/contracts' }, parameters: { keySpec: 'AES_256' } },
          { kind: 'trail-record', eventName: 'GenerateDataKey', key: { alias: 'alias/contracts' }, parameters: { numberOfBytes: 32 } },
        ],
      },
      goalText: 'CloudTrail shows a GenerateDataKey for a 256-bit key under alias/contracts.',
      where: ['/terminal', '/files', '/flows'],
      solution: [{ operation: 'GenerateDataKey', input: { KeyId: 'alias/contracts', KeySpec: 'AES_256' } }],
      takeaway: 'KMS keys generate, encrypt and decrypt data keys; data keys encrypt your data, outside KMS, at any size and speed.',
      wrong: [
        { mistake: 'a 128-bit data key', actions: [{ operation: 'GenerateDataKey', input: { KeyId: 'alias/contracts', KeySpec: 'AES_128' } }] },
        { mistake: 'random bytes from KMS that no KMS key protects', actions: [{ operation: 'GenerateRandom', input: { NumberOfBytes: 32 } }] },
      ],
    },
  ],
};

const twoKeys: Lesson = {
  status: 'ready',
  id: 'generate-data-key',
  title: 'GenerateDataKey and the two keys it returns',
  summary: 'Get a data key in plaintext and encrypted, bound to an encryption context, and see when to ask for the encrypted copy only.',
  objectives: [
    'Name the two copies GenerateDataKey returns: Plaintext and CiphertextBlob.',
    'Bind a data key to an encryption context.',
    'Use GenerateDataKeyWithoutPlaintext when the data key is needed only later.',
  ],
  seedClaims: ['S12', 'S10'],
  region: REGION,
  startState: keyWithAlias('alias/app', 'Application key', 'app'),
  steps: [
    {
      id: 'both',
      title: 'Both copies',
      instruction: 'Generate a 256-bit data key under alias/app with the encryption context purpose=invoices. Look at the two blobs in the response.',
      hints: ['GenerateDataKey takes KeyId, KeySpec and EncryptionContext.', 'aws kms generate-data-key --key-id alias/app --key-spec AES_256 --encryption-context purpose=invoices'],
      goal: { kind: 'trail-record', eventName: 'GenerateDataKey', key: { alias: 'alias/app' }, encryptionContext: { purpose: 'invoices' } },
      goalText: 'A GenerateDataKey record exists for alias/app with encryption context purpose=invoices.',
      where: ['/terminal', '/flows'],
      solution: [{ operation: 'GenerateDataKey', input: { KeyId: 'alias/app', KeySpec: 'AES_256', EncryptionContext: { purpose: 'invoices' } } }],
      takeaway: 'Plaintext is the data key to use now and then erase; CiphertextBlob is the same key encrypted under alias/app, safe to store beside the data.',
      wrong: [
        { mistake: 'no encryption context', actions: [{ operation: 'GenerateDataKey', input: { KeyId: 'alias/app', KeySpec: 'AES_256' } }] },
        {
          mistake: 'another KMS key',
          actions: [
            ...keyWithAlias('alias/other', 'Other key', 'other'),
            { operation: 'GenerateDataKey', input: { KeyId: 'alias/other', KeySpec: 'AES_256', EncryptionContext: { purpose: 'invoices' } } },
          ],
        },
      ],
    },
    {
      id: 'without-plaintext',
      title: 'Only the encrypted copy',
      instruction: 'A batch job will encrypt invoices tomorrow. Today, get only the encrypted data key under alias/app, with the same encryption context.',
      hints: ['There is a variant of GenerateDataKey that leaves the plaintext out.', 'aws kms generate-data-key-without-plaintext --key-id alias/app --key-spec AES_256 --encryption-context purpose=invoices'],
      goal: { kind: 'trail-record', eventName: 'GenerateDataKeyWithoutPlaintext', key: { alias: 'alias/app' }, encryptionContext: { purpose: 'invoices' } },
      goalText: 'A GenerateDataKeyWithoutPlaintext record exists for alias/app with purpose=invoices.',
      where: ['/terminal', '/flows'],
      solution: [{ operation: 'GenerateDataKeyWithoutPlaintext', input: { KeyId: 'alias/app', KeySpec: 'AES_256', EncryptionContext: { purpose: 'invoices' } } }],
      takeaway: 'No plaintext key exists until the job calls Decrypt on the encrypted copy, so nothing sensitive sits in memory meanwhile.',
      wrong: [{ mistake: 'GenerateDataKey again (it returns the plaintext too)', actions: [{ operation: 'GenerateDataKey', input: { KeyId: 'alias/app', KeySpec: 'AES_256', EncryptionContext: { purpose: 'invoices' } } }] }],
    },
  ],
};

const wipe: Lesson = {
  status: 'ready',
  id: 'plaintext-key-out-of-memory',
  title: 'Removing the plaintext data key from memory',
  summary: 'Encrypt a file with a data key that the page erases straight after use, then hold a data key with no plaintext at all until it is needed.',
  objectives: [
    'Use the plaintext data key, then erase it from memory as soon as possible.',
    'Keep only the encrypted data key between uses, and Decrypt it when needed.',
  ],
  seedClaims: ['S13', 'S12', 'S15'],
  region: REGION,
  startState: keyWithAlias('alias/uploads', 'Uploads key', 'uploads'),
  steps: [
    {
      id: 'seal-file',
      title: 'Encrypt a file',
      instruction:
        'On the Files page, encrypt any file under alias/uploads. Watch its journey: the plaintext data key encrypts the file, then the page overwrites it with zeros — KMS cannot do that for you, your code must.',
      hints: ['Pick a file, choose the Uploads key and seal it.', 'The page calls GenerateDataKey with KeySpec AES_256 for you.'],
      goal: { kind: 'trail-record', eventName: 'GenerateDataKey', key: { alias: 'alias/uploads' }, parameters: { keySpec: 'AES_256' } },
      goalText: 'CloudTrail shows a GenerateDataKey (AES_256) under alias/uploads.',
      where: ['/files', '/flows'],
      solution: [{ operation: 'GenerateDataKey', input: { KeyId: 'alias/uploads', KeySpec: 'AES_256', EncryptionContext: { file: 'notes.txt' } } }],
      takeaway: 'KMS never sees what your code does with the plaintext key. Wiping it (filling the buffer with zeros) right after use limits what a memory dump or a crash report could leak.',
      wrong: [{ mistake: 'encrypting the file with Encrypt directly', actions: [{ operation: 'Encrypt', input: { KeyId: 'alias/uploads', Plaintext: { $utf8: 'small file' } } }] }],
    },
    {
      id: 'later',
      title: 'No plaintext until it is needed',
      instruction:
        'Get a data key under alias/uploads without its plaintext, then Decrypt that encrypted data key — the moment your job actually needs it.',
      hints: [
        'GenerateDataKeyWithoutPlaintext, save its CiphertextBlob, then Decrypt it.',
        'aws kms generate-data-key-without-plaintext --key-id alias/uploads --key-spec AES_256 --query CiphertextBlob --output text | base64 --decode > key.enc; aws kms decrypt --ciphertext-blob fileb://key.enc',
      ],
      goal: {
        kind: 'trail-sequence',
        steps: [
          { eventName: 'GenerateDataKeyWithoutPlaintext', key: { alias: 'alias/uploads' } },
          { eventName: 'Decrypt', key: { alias: 'alias/uploads' } },
        ],
      },
      goalText: 'CloudTrail shows GenerateDataKeyWithoutPlaintext, then a successful Decrypt, under alias/uploads.',
      where: ['/terminal', '/flows'],
      solution: [
        { operation: 'GenerateDataKeyWithoutPlaintext', input: { KeyId: 'alias/uploads', KeySpec: 'AES_256' }, saveAs: 'later' },
        { operation: 'Decrypt', input: { CiphertextBlob: { $ref: 'later.CiphertextBlob' } } },
      ],
      takeaway: 'The shorter a plaintext key lives, the less there is to leak. Ask for it late, use it, erase it.',
      wrong: [
        {
          mistake: 'decrypting before the data key exists',
          actions: [
            { operation: 'Encrypt', input: { KeyId: 'alias/uploads', Plaintext: { $utf8: 'x' } }, saveAs: 'small' },
            { operation: 'Decrypt', input: { CiphertextBlob: { $ref: 'small.CiphertextBlob' } } },
            { operation: 'GenerateDataKeyWithoutPlaintext', input: { KeyId: 'alias/uploads', KeySpec: 'AES_256' } },
          ],
        },
      ],
    },
  ],
};

const storeWithData: Lesson = {
  status: 'ready',
  id: 'store-encrypted-key-with-data',
  title: 'Storing the encrypted data key with the data',
  summary: 'Seal a file into a package that carries its own encrypted data key, then open it with nothing but the package and KMS.',
  objectives: [
    'Store the encrypted data key next to (here: inside) the encrypted data.',
    'Open the data later by asking KMS to Decrypt the stored data key.',
  ],
  seedClaims: ['S14', 'S15', 'S18'],
  region: REGION,
  startState: keyWithAlias('alias/archive', 'Archive key', 'archive'),
  steps: [
    {
      id: 'seal',
      title: 'Seal a file',
      instruction: 'On the Files page, encrypt a file under alias/archive with the encryption context case=4711. The package’s header holds the encrypted data key and the context.',
      hints: ['Choose the Archive key and enter case=4711 as the encryption context.', 'The page calls GenerateDataKey for you and writes the CiphertextBlob into the package.'],
      goal: { kind: 'trail-record', eventName: 'GenerateDataKey', key: { alias: 'alias/archive' }, encryptionContext: { case: '4711' } },
      goalText: 'CloudTrail shows a GenerateDataKey under alias/archive with case=4711.',
      where: ['/files', '/terminal'],
      solution: [{ operation: 'GenerateDataKey', input: { KeyId: 'alias/archive', KeySpec: 'AES_256', EncryptionContext: { case: '4711' } }, saveAs: 'sealed' }],
      takeaway: 'Keeping the encrypted data key with the data means you never lose track of which key opens what. It is useless without KMS and permission to use the KMS key.',
      wrong: [{ mistake: 'another encryption context', actions: [{ operation: 'GenerateDataKey', input: { KeyId: 'alias/archive', KeySpec: 'AES_256', EncryptionContext: { case: '4712' } } }] }],
    },
    {
      id: 'open',
      title: 'Open the package',
      instruction: 'Open the package on the Files page. The page reads the encrypted data key from the header and asks KMS to Decrypt it, with the context case=4711.',
      hints: ['Use the Open panel with the .kmslab package you downloaded.', 'In the terminal: aws kms decrypt --ciphertext-blob fileb://datakey.enc --encryption-context case=4711'],
      goal: { kind: 'trail-record', eventName: 'Decrypt', key: { alias: 'alias/archive' }, encryptionContext: { case: '4711' } },
      goalText: 'CloudTrail shows a successful Decrypt under alias/archive with case=4711.',
      where: ['/files', '/terminal'],
      solution: [{ operation: 'Decrypt', input: { CiphertextBlob: { $ref: 'sealed.CiphertextBlob' }, EncryptionContext: { case: '4711' } } }],
      takeaway: 'Decrypt returns the plaintext data key; the app decrypts the data locally and erases the key again.',
      wrong: [
        {
          mistake: 'decrypting with the wrong context',
          actions: [{ operation: 'Decrypt', input: { CiphertextBlob: { $ref: 'sealed.CiphertextBlob' }, EncryptionContext: { case: '4712' } }, expectError: 'InvalidCiphertextException' }],
        },
      ],
    },
  ],
};

const decryptDataKey: Lesson = {
  status: 'ready',
  id: 'decrypt-the-data-key',
  title: 'Decrypting the data key',
  summary: 'Decrypt a stored data key with KMS, and see that its encryption context must match exactly.',
  objectives: [
    'Decrypt an encrypted data key: the ciphertext names its KMS key, so no key ID is needed.',
    'Explain why the encryption context must match, and what failure it causes when it does not.',
  ],
  seedClaims: ['S15', 'S12', 'S4'],
  region: REGION,
  startState: keyWithAlias('alias/orders', 'Orders key', 'orders'),
  steps: [
    {
      id: 'generate',
      title: 'Make a data key to store',
      instruction: 'Generate a data key under alias/orders with the encryption context order=1042 and save its CiphertextBlob to a file.',
      hints: ['--query CiphertextBlob --output text | base64 --decode > key.enc saves the encrypted copy.', 'aws kms generate-data-key --key-id alias/orders --key-spec AES_256 --encryption-context order=1042 --query CiphertextBlob --output text | base64 --decode > key.enc'],
      goal: { kind: 'trail-record', eventName: 'GenerateDataKey', key: { alias: 'alias/orders' }, encryptionContext: { order: '1042' } },
      goalText: 'CloudTrail shows a GenerateDataKey under alias/orders with order=1042.',
      where: ['/terminal'],
      solution: [{ operation: 'GenerateDataKey', input: { KeyId: 'alias/orders', KeySpec: 'AES_256', EncryptionContext: { order: '1042' } }, saveAs: 'stored' }],
      takeaway: 'In a real application the plaintext copy would encrypt the order now and be erased; the encrypted copy is what you keep.',
      wrong: [{ mistake: 'a data key without context', actions: [{ operation: 'GenerateDataKey', input: { KeyId: 'alias/orders', KeySpec: 'AES_256' } }] }],
    },
    {
      id: 'wrong-context',
      title: 'Decrypt with the wrong context',
      instruction: 'Try to decrypt the stored data key with the encryption context order=1043.',
      hints: ['The context is authenticated data: one wrong character is enough.', 'aws kms decrypt --ciphertext-blob fileb://key.enc --encryption-context order=1043'],
      goal: { kind: 'trail-record', eventName: 'Decrypt', error: 'InvalidCiphertextException' },
      goalText: 'CloudTrail shows a Decrypt that failed with InvalidCiphertextException.',
      where: ['/terminal'],
      solution: [{ operation: 'Decrypt', input: { CiphertextBlob: { $ref: 'stored.CiphertextBlob' }, EncryptionContext: { order: '1043' } }, expectError: 'InvalidCiphertextException' }],
      takeaway: 'KMS does not say which part was wrong: an InvalidCiphertextException covers a wrong context, a damaged blob and a ciphertext from elsewhere.',
      wrong: [{ mistake: 'decrypting with the right context (it succeeds)', actions: [{ operation: 'Decrypt', input: { CiphertextBlob: { $ref: 'stored.CiphertextBlob' }, EncryptionContext: { order: '1042' } } }] }],
    },
    {
      id: 'right-context',
      title: 'Decrypt with the right context',
      instruction: 'Now decrypt it with order=1042. The Plaintext in the response is the data key you would use to decrypt the order.',
      hints: ['Same command, context order=1042.', 'aws kms decrypt --ciphertext-blob fileb://key.enc --encryption-context order=1042'],
      goal: { kind: 'trail-record', eventName: 'Decrypt', key: { alias: 'alias/orders' }, encryptionContext: { order: '1042' } },
      goalText: 'CloudTrail shows a successful Decrypt under alias/orders with order=1042.',
      where: ['/terminal'],
      solution: [{ operation: 'Decrypt', input: { CiphertextBlob: { $ref: 'stored.CiphertextBlob' }, EncryptionContext: { order: '1042' } } }],
      takeaway: 'Decrypt needed no key ID: the ciphertext names its key. Passing KeyId anyway is a good habit — it makes KMS refuse a ciphertext from an unexpected key.',
      wrong: [{ mistake: 'leaving the context out', actions: [{ operation: 'Decrypt', input: { CiphertextBlob: { $ref: 'stored.CiphertextBlob' } }, expectError: 'InvalidCiphertextException' }] }],
    },
  ],
};

const envelope: Lesson = {
  status: 'ready',
  id: 'envelope-encryption',
  title: 'Envelope encryption, end to end',
  summary: 'Run envelope encryption and decryption for real on the Flows page and follow every call between the app, KMS and the HSM.',
  objectives: [
    'Describe envelope encryption: data under a data key, the data key under a KMS key.',
    'Follow the calls in order: GenerateDataKey, local encryption, erase, store; fetch, Decrypt, local decryption, erase.',
  ],
  seedClaims: ['S18', 'S10', 'S12', 'S13', 'S14', 'S15'],
  region: REGION,
  startState: keyWithAlias('alias/notes', 'Notes key', 'notes'),
  steps: [
    {
      id: 'seal',
      title: 'Envelope-encrypt',
      instruction: 'On the Flows page, run the envelope encryption flow with the Notes key and the encryption context app=notes.',
      hints: ['Choose the "Envelope encryption" flow, the Notes key, and enter app=notes.', 'The flow calls GenerateDataKey, encrypts locally, erases the key and stores the package.'],
      goal: { kind: 'trail-record', eventName: 'GenerateDataKey', key: { alias: 'alias/notes' }, encryptionContext: { app: 'notes' } },
      goalText: 'CloudTrail shows a GenerateDataKey under alias/notes with app=notes.',
      where: ['/flows', '/files'],
      solution: [{ operation: 'GenerateDataKey', input: { KeyId: 'alias/notes', KeySpec: 'AES_256', EncryptionContext: { app: 'notes' } }, saveAs: 'envelope' }],
      takeaway: 'One KMS call per object: the bulk work happens locally with AES-256-GCM, so size and speed do not depend on KMS.',
      wrong: [{ mistake: 'encrypting directly with Encrypt', actions: [{ operation: 'Encrypt', input: { KeyId: 'alias/notes', Plaintext: { $utf8: 'notes' }, EncryptionContext: { app: 'notes' } } }] }],
    },
    {
      id: 'open',
      title: 'Open the envelope',
      instruction: 'Run "Decrypt the envelope": the flow fetches the package, asks KMS to Decrypt the data key, opens the data and erases the key.',
      hints: ['The flow is available once the envelope exists.', 'It calls Decrypt with the same context, app=notes.'],
      goal: { kind: 'trail-record', eventName: 'Decrypt', key: { alias: 'alias/notes' }, encryptionContext: { app: 'notes' } },
      goalText: 'CloudTrail shows a successful Decrypt under alias/notes with app=notes.',
      where: ['/flows', '/files'],
      solution: [{ operation: 'Decrypt', input: { CiphertextBlob: { $ref: 'envelope.CiphertextBlob' }, EncryptionContext: { app: 'notes' } } }],
      takeaway: 'That is envelope encryption: the data key protects the data, the KMS key protects the data key, and the KMS key never leaves the HSMs.',
      wrong: [
        {
          mistake: 'a Decrypt that fails for a wrong context',
          actions: [{ operation: 'Decrypt', input: { CiphertextBlob: { $ref: 'envelope.CiphertextBlob' }, EncryptionContext: { app: 'mail' } }, expectError: 'InvalidCiphertextException' }],
        },
      ],
    },
  ],
};

const coming: ComingLesson[] = [
  {
    status: 'coming',
    id: 'key-policies-and-grants',
    title: 'Key policies, IAM policies and grants in force',
    summary: 'Give Alice use of a key through its key policy, Bob through a grant, and watch requests allowed or denied with the reason.',
    seedClaims: ['S7', 'S16'],
    needs: 'The engine stores key policies but does not evaluate policies or grants on requests yet.',
  },
  {
    status: 'coming',
    id: 'aws-managed-keys',
    title: 'AWS managed keys',
    summary: 'A service creates aws/… keys on first use; you can audit them in CloudTrail but not manage them; they rotate every year.',
    seedClaims: ['S17'],
    needs: 'The engine creates customer managed keys only.',
  },
  {
    status: 'coming',
    id: 'imported-key-material',
    title: 'Importing your own key material',
    summary: 'Import key material, let it expire, and restore the key by importing the same material again from your copy.',
    seedClaims: ['S8'],
    needs: 'The engine refuses keys with origin EXTERNAL and has no GetParametersForImport or ImportKeyMaterial yet.',
  },
  {
    status: 'coming',
    id: 's3-server-side-encryption',
    title: 'S3 server-side encryption with KMS',
    summary: 'SSE-S3, SSE-KMS and S3 Bucket Keys: what each costs in KMS calls and what it gives you in audit and control.',
    seedClaims: ['S19'],
    needs: 'KMS Lab does not simulate S3 yet.',
  },
  {
    status: 'coming',
    id: 'multi-region-keys',
    title: 'Multi-Region keys',
    summary: 'Replicate a key’s material to another Region on purpose and decrypt there what was encrypted here.',
    seedClaims: ['S5'],
    needs: 'The engine refuses multi-Region keys for now.',
  },
];

/** Every playable lesson, in the order the catalogue suggests them. */
export const LESSONS: readonly Lesson[] = [
  whatKmsIsFor,
  hsm,
  regional,
  durability,
  audit,
  control,
  fourKb,
  twoKeys,
  wipe,
  storeWithData,
  decryptDataKey,
  envelope,
];

/** The whole catalogue: playable lessons first, then those still to come. */
export const CATALOGUE: readonly CatalogueEntry[] = [...LESSONS, ...coming];

export function findLesson(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}

export function findCatalogueEntry(id: string): CatalogueEntry | undefined {
  return CATALOGUE.find((entry) => entry.id === id);
}
