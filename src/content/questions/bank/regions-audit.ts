// Multi-Region keys, and auditing key use with AWS CloudTrail.

import { DOCS } from '../references';
import type { Question } from '../types';

export const regionsAudit: Question[] = [
  {
    id: 'dr-decrypt-without-reencrypting',
    type: 'single',
    stem:
      'A company encrypts data in us-east-1 and replicates it to eu-west-1 for disaster recovery. During a failover, the application in eu-west-1 must decrypt the data without re-encrypting it ' +
      'and without calling KMS in us-east-1. What should the solutions architect use?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'A multi-Region primary key in us-east-1 with a replica key in eu-west-1',
        correct: true,
        explanation: 'Related multi-Region keys share key material and key ID, so ciphertext from one Region decrypts with the replica in the other, locally.',
      },
      {
        id: 'b',
        text: 'A single-Region key in us-east-1, called from eu-west-1 through the us-east-1 endpoint',
        correct: false,
        explanation: 'That is a cross-Region call, which the requirement rules out, and it fails if us-east-1 is the Region that is down.',
      },
      {
        id: 'c',
        text: 'Export the key material from us-east-1 and import it into a key in eu-west-1',
        correct: false,
        explanation: 'KMS-generated key material cannot be exported.',
      },
      {
        id: 'd',
        text: 'Two single-Region keys with the same alias in both Regions',
        correct: false,
        explanation: 'Aliases are regional names; two keys with the same alias still have different key material, so neither can decrypt the other\'s ciphertext.',
      },
    ],
    topics: ['multi-region-keys', 'regional-scope'],
    difficulty: 'medium',
    seedClaims: ['S5'],
    references: [DOCS.mrkHowItWorks, DOCS.mrkOverview],
    explanation: 'Multi-Region keys are the way to use the same key material in two Regions on purpose.',
  },
  {
    id: 'multi-region-shared-properties',
    type: 'multiple',
    stem: 'A primary multi-Region key in us-east-1 has a replica in ap-southeast-2. Which TWO properties are shared by the two keys? (Select TWO.)',
    selectCount: 2,
    options: [
      {
        id: 'a',
        text: 'The key policy',
        correct: false,
        explanation: 'Each multi-Region key is an independent resource with its own key policy, which you must maintain in each Region.',
      },
      {
        id: 'b',
        text: 'The enabled or disabled state',
        correct: false,
        explanation: 'Key state is independent: disabling the replica leaves the primary enabled.',
      },
      {
        id: 'c',
        text: 'The aliases',
        correct: false,
        explanation: 'Aliases, grants and tags are set per key and are not synchronized.',
      },
      {
        id: 'd',
        text: 'The key material',
        correct: true,
        explanation: 'Sharing the material is what lets one key decrypt what the other encrypted.',
      },
      {
        id: 'e',
        text: 'The key ID, which begins with `mrk-`',
        correct: true,
        explanation: 'Related multi-Region keys have the same key ID; their ARNs differ only in the Region.',
      },
    ],
    topics: ['multi-region-keys'],
    difficulty: 'hard',
    seedClaims: ['S5'],
    references: [DOCS.mrkHowItWorks, DOCS.mrkAuth],
    explanation: 'Shared: key ID, key material (and key spec, usage, rotation). Independent: policy, grants, aliases, tags, state.',
  },
  {
    id: 'convert-single-region-key',
    type: 'single',
    stem:
      'A company has years of data encrypted under a single-Region KMS key and now wants multi-Region keys for a new Region. Can it convert the existing key?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'Yes, with `UpdatePrimaryRegion`.',
        correct: false,
        explanation: '`UpdatePrimaryRegion` makes an existing replica the primary; it works only on multi-Region keys.',
      },
      {
        id: 'b',
        text: 'Yes, by giving the key an alias that starts with `mrk-`.',
        correct: false,
        explanation: 'The `mrk-` prefix is part of a multi-Region key\'s ID, not something an alias can add.',
      },
      {
        id: 'c',
        text: 'No. Whether a key is multi-Region is decided when it is created; the company must create a multi-Region key and re-encrypt data under it as needed.',
        correct: true,
        explanation: 'The MultiRegion property is fixed at creation and cannot be changed later.',
      },
      {
        id: 'd',
        text: 'Yes, by calling `ReplicateKey` on the single-Region key.',
        correct: false,
        explanation: '`ReplicateKey` accepts only multi-Region primary keys.',
      },
    ],
    topics: ['multi-region-keys'],
    difficulty: 'medium',
    seedClaims: ['S5'],
    references: [DOCS.mrkHowItWorks],
    explanation: 'Single-Region or multi-Region is chosen at CreateKey time, for good.',
  },
  {
    id: 'limit-multi-region-key-creation',
    type: 'single',
    stem:
      'A security team worries that developers will create multi-Region keys where single-Region keys would do, moving key material across Regions unnecessarily. ' +
      'How can it prevent developers from creating multi-Region keys?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'Turn off multi-Region keys in the KMS account settings.',
        correct: false,
        explanation: 'There is no such account setting.',
      },
      {
        id: 'b',
        text: 'Deny `kms:CreateKey` in the developers\' IAM policies when the `kms:MultiRegion` condition key is true.',
        correct: true,
        explanation: 'AWS recommends using authorization tools, such as the kms:MultiRegion condition key, to prevent multi-Region keys where a single-Region key suffices.',
      },
      {
        id: 'c',
        text: 'Disable automatic rotation on all keys.',
        correct: false,
        explanation: 'Rotation has nothing to do with whether a key is single-Region or multi-Region.',
      },
      {
        id: 'd',
        text: 'Add a Deny to the key policy of every key the developers might create.',
        correct: false,
        explanation: 'A key policy belongs to an existing key; it cannot govern keys not yet created. CreateKey is authorized by IAM policies.',
      },
    ],
    topics: ['multi-region-keys', 'key-policies-iam-grants'],
    difficulty: 'hard',
    seedClaims: ['S5', 'S7'],
    references: [DOCS.mrkAuth, DOCS.mrkSecurity],
    explanation: 'Use multi-Region keys only where needed, and enforce that with the kms:MultiRegion condition key.',
  },
  {
    id: 'who-used-which-key',
    type: 'single',
    stem:
      'A compliance officer must be able to show who used which KMS key, when, and for which record (the encryption context). Which AWS service provides this record?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'AWS CloudTrail',
        correct: true,
        explanation: 'CloudTrail records KMS API calls with the caller\'s identity, the time, the key, and the encryption context.',
      },
      {
        id: 'b',
        text: 'VPC Flow Logs',
        correct: false,
        explanation: 'Flow logs show network connections, not API calls or their parameters.',
      },
      {
        id: 'c',
        text: 'AWS Config',
        correct: false,
        explanation: 'Config records configuration changes of resources, not each use of a key.',
      },
      {
        id: 'd',
        text: 'Amazon CloudWatch metrics',
        correct: false,
        explanation: 'Metrics show counts and rates, not who made each call or with which context.',
      },
    ],
    topics: ['cloudtrail-audit'],
    difficulty: 'easy',
    seedClaims: ['S4'],
    references: [DOCS.cloudTrail],
    explanation: 'KMS audit = CloudTrail: who, when, which key, which context.',
  },
  {
    id: 'what-a-decrypt-record-shows',
    type: 'multiple',
    stem:
      'An auditor opens the CloudTrail record of a `Decrypt` call made by an application role. Which TWO pieces of information can she find in it? (Select TWO.)',
    selectCount: 2,
    options: [
      {
        id: 'a',
        text: 'The plaintext that the call returned',
        correct: false,
        explanation: 'KMS never logs plaintext; responseElements of cryptographic operations are empty.',
      },
      {
        id: 'b',
        text: 'The encryption context of the request, in plaintext',
        correct: true,
        explanation: 'The context is logged in the clear, which is why it must not contain secrets.',
      },
      {
        id: 'c',
        text: 'The ciphertext blob that was decrypted',
        correct: false,
        explanation: 'KMS leaves ciphertext out of its records; the record names the key and the context instead.',
      },
      {
        id: 'd',
        text: 'The identity that made the call',
        correct: true,
        explanation: 'The record\'s userIdentity names the role session, user or service that called KMS.',
      },
      {
        id: 'e',
        text: 'The decrypted data key',
        correct: false,
        explanation: 'A data key is plaintext like any other and is never written to CloudTrail.',
      },
    ],
    topics: ['cloudtrail-audit', 'encryption-context'],
    difficulty: 'medium',
    seedClaims: ['S4'],
    references: [DOCS.cloudTrail, DOCS.cloudTrailGenerateDataKey, DOCS.encryptionContext],
    explanation: 'CloudTrail shows who, when, which key and which context, never plaintext, data keys or ciphertext.',
  },
  {
    id: 'denied-cross-account-calls-logged-where',
    type: 'single',
    stem:
      'The security team of account A, which owns a KMS key, reviews CloudTrail and sees successful `Decrypt` calls from a role in account B, ' +
      'but none of the calls from account B that were denied access. Account B confirms that such denials happened. Why are they missing from account A\'s trail?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'KMS calls are data events, which account A has not enabled.',
        correct: false,
        explanation: 'KMS calls are management events. Account A already sees the successful ones.',
      },
      {
        id: 'b',
        text: 'Denied calls are logged only when the key has automatic rotation enabled.',
        correct: false,
        explanation: 'Rotation settings do not affect logging.',
      },
      {
        id: 'c',
        text: 'CloudTrail never records failed KMS calls.',
        correct: false,
        explanation: 'Failed calls are recorded in some scenarios, with an errorCode; the issue here is which account receives them.',
      },
      {
        id: 'd',
        text: 'Cross-account KMS requests that are rejected because access is denied are logged only in the caller\'s account.',
        correct: true,
        explanation: 'Successful cross-account operations appear in both accounts; access-denied ones only in the calling account, so account A must ask account B for them.',
      },
    ],
    topics: ['cloudtrail-audit', 'cross-account'],
    difficulty: 'hard',
    seedClaims: ['S4', 'S7'],
    references: [DOCS.cloudTrail],
    explanation: 'For cross-account use, the key owner sees successes; denied attempts stay in the caller\'s CloudTrail.',
  },
  {
    id: 'trail-excludes-kms-events',
    type: 'single',
    stem:
      'To cut log volume, an administrator configured the organization\'s trail to exclude AWS KMS events. A new audit requirement says every use of the customer managed keys must be delivered to the central log bucket. ' +
      'What should the administrator change?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'Enable automatic rotation on the keys.',
        correct: false,
        explanation: 'Rotation changes key material and has no effect on logging.',
      },
      {
        id: 'b',
        text: 'Enable S3 server access logging on the central log bucket.',
        correct: false,
        explanation: 'That logs requests to the bucket itself, not the use of KMS keys.',
      },
      {
        id: 'c',
        text: 'Enable data events for AWS KMS on the trail.',
        correct: false,
        explanation: 'KMS calls are management events, so data event selectors do not bring them back.',
      },
      {
        id: 'd',
        text: 'Update the trail\'s management event settings so that KMS events are no longer excluded.',
        correct: true,
        explanation: 'KMS operations are logged as management events by default; a trail can be set to exclude them, and that setting must be reverted.',
      },
    ],
    topics: ['cloudtrail-audit'],
    difficulty: 'medium',
    seedClaims: ['S4'],
    references: [DOCS.cloudTrail, DOCS.cloudTrailManagementEvents],
    explanation: 'KMS events are management events; excluding them from a trail is possible, so check that setting when audit matters.',
  },
  {
    id: 'audit-aws-managed-key-use',
    type: 'single',
    stem:
      'A company encrypts its EBS volumes with the AWS managed key `aws/ebs`. An auditor wants to see each use of that key. What should the solutions architect tell her?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'Use of AWS managed keys is recorded in the account\'s CloudTrail, just like use of customer managed keys.',
        correct: true,
        explanation: 'AWS managed keys live in your account, so you can view their policies and audit their use, even though you cannot manage them.',
      },
      {
        id: 'b',
        text: 'It is impossible: only customer managed keys are logged.',
        correct: false,
        explanation: 'AWS managed keys are logged too. It is AWS owned keys whose use you cannot see.',
      },
      {
        id: 'c',
        text: 'The team must enable KMS data events in CloudTrail.',
        correct: false,
        explanation: 'KMS calls are management events, logged by default.',
      },
      {
        id: 'd',
        text: 'The team must first convert the key into a customer managed key.',
        correct: false,
        explanation: 'Keys cannot change type, and no conversion is needed to audit an AWS managed key.',
      },
    ],
    topics: ['cloudtrail-audit', 'key-types'],
    difficulty: 'medium',
    seedClaims: ['S17', 'S4'],
    references: [DOCS.basicConcepts, DOCS.keys],
    explanation: 'You cannot manage AWS managed keys, but you can audit them in CloudTrail.',
  },
  {
    id: 'rotation-of-multi-region-keys',
    type: 'single',
    stem:
      'A team uses a symmetric multi-Region key with replicas in three Regions and must rotate its key material automatically every year. Where does it configure rotation?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'On each replica separately, in each Region.',
        correct: false,
        explanation: 'Replicas share the primary\'s key material and rotation status; you do not configure them one by one.',
      },
      {
        id: 'b',
        text: 'On the primary key; the setting and the new key material apply to all related replicas.',
        correct: true,
        explanation: 'Automatic rotation of related multi-Region keys is set on the primary, and rotation is synchronized to the replicas.',
      },
      {
        id: 'c',
        text: 'Nowhere: multi-Region keys cannot be rotated.',
        correct: false,
        explanation: 'Symmetric multi-Region keys support automatic rotation.',
      },
      {
        id: 'd',
        text: 'Only with on-demand rotation of each replica.',
        correct: false,
        explanation: 'Automatic rotation is available for symmetric multi-Region keys, and even on-demand rotation is started on the primary key, not on replicas.',
      },
    ],
    topics: ['multi-region-keys', 'rotation'],
    difficulty: 'medium',
    seedClaims: ['S5', 'S16'],
    references: [DOCS.enableKeyRotationApi, DOCS.rotatingKeysOnDemand],
    explanation: 'For multi-Region keys, rotation lives on the primary and follows to the replicas.',
  },
  {
    id: 'key-deletion-in-cloudtrail',
    type: 'single',
    stem:
      'An incident responder wants proof of the moment a KMS key was actually deleted at the end of its waiting period. Which CloudTrail record shows it?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'None: deletions at the end of a waiting period are not logged.',
        correct: false,
        explanation: 'KMS records an entry both when deletion is scheduled and when the key is actually deleted.',
      },
      {
        id: 'b',
        text: 'A `DisableKey` record, because deletion first disables the key.',
        correct: false,
        explanation: 'A key pending deletion is in the PendingDeletion state; no DisableKey call is made on your behalf.',
      },
      {
        id: 'c',
        text: 'A `DeleteKey` record written by KMS itself when the waiting period ended.',
        correct: true,
        explanation: 'KMS logs internal operations it performs for you, such as DeleteKey and RotateKey, as their own CloudTrail events.',
      },
      {
        id: 'd',
        text: 'The original `ScheduleKeyDeletion` record, which CloudTrail updates when the deletion happens.',
        correct: false,
        explanation: 'CloudTrail records are never updated after the fact; scheduling and deleting are two separate records.',
      },
    ],
    topics: ['cloudtrail-audit', 'key-states-deletion'],
    difficulty: 'medium',
    seedClaims: ['S4', 'S16'],
    references: [DOCS.cloudTrail, DOCS.scheduleKeyDeletion],
    explanation: 'KMS writes its own CloudTrail events for work it does for you: DeleteKey at the end of the waiting period, RotateKey on rotation.',
  },
];
