// What KMS is, the three kinds of keys, where keys live, and how KMS keeps them durable and available.

import { DOCS } from '../references';
import type { Question } from '../types';

export const fundamentals: Question[] = [
  {
    id: 'managed-key-service-choice',
    type: 'single',
    stem:
      'A startup stores customer files in Amazon S3, runs databases on Amazon EBS volumes, and encrypts a few fields in its own application code. ' +
      'It wants one managed service to create and control the encryption keys for all three, integrated with those AWS services, with the LEAST operational overhead. Which service should it use?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'AWS Key Management Service (AWS KMS)',
        correct: true,
        explanation: 'KMS is the managed service for creating and controlling keys, and S3, EBS and many other services integrate with it directly. The application can call the same keys through the KMS API.',
      },
      {
        id: 'b',
        text: 'AWS CloudHSM',
        correct: false,
        explanation: 'CloudHSM gives you a single-tenant HSM cluster that you size, operate and back up yourself. It meets control requirements, but it is the opposite of least operational overhead.',
      },
      {
        id: 'c',
        text: 'AWS Secrets Manager',
        correct: false,
        explanation: 'Secrets Manager stores and rotates secrets such as database passwords; it encrypts them with KMS keys. It does not create the keys that S3 or EBS use for encryption at rest.',
      },
      {
        id: 'd',
        text: 'AWS Certificate Manager (ACM)',
        correct: false,
        explanation: 'ACM issues and renews TLS certificates for encryption in transit. It does not manage keys for data at rest in S3 or EBS.',
      },
    ],
    topics: ['kms-basics'],
    difficulty: 'easy',
    seedClaims: ['S1'],
    references: [DOCS.conceptsIntro, DOCS.prescriptiveKms],
    explanation: 'When a scenario asks for managed keys that AWS services can use with little operational effort, the answer is KMS. CloudHSM is for explicit single-tenant HSM control.',
  },
  {
    id: 'aws-managed-key-rotation-schedule',
    type: 'single',
    stem:
      'An auditor reviews an Amazon RDS database that is encrypted with the AWS managed key `aws/rds`. She asks how often the key material rotates and whether the team can change that schedule. ' +
      'What should the solutions architect answer?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'AWS managed keys rotate only after the team enables automatic rotation on `aws/rds`.',
        correct: false,
        explanation: 'You cannot enable or disable rotation on AWS managed keys. KMS always rotates them, whatever the account does.',
      },
      {
        id: 'b',
        text: 'The team can set any rotation period from 90 to 2,560 days on `aws/rds`.',
        correct: false,
        explanation: 'The configurable 90–2,560-day period applies to customer managed keys. To control the period, the database would need a customer managed key.',
      },
      {
        id: 'c',
        text: 'AWS managed keys rotate every three years, and the team cannot change the schedule.',
        correct: false,
        explanation: 'Three years (about 1,095 days) was the schedule before May 2022. Study material that still says this is out of date.',
      },
      {
        id: 'd',
        text: 'AWS KMS rotates the key material of AWS managed keys every year, automatically; the team cannot enable, disable or change that rotation.',
        correct: true,
        explanation: 'Since May 2022, AWS managed keys rotate every year (about 365 days). Rotation of AWS managed keys is not configurable by the customer.',
      },
    ],
    topics: ['key-types', 'rotation'],
    difficulty: 'medium',
    seedClaims: ['S17'],
    references: [DOCS.enableKeyRotationApi, DOCS.rotateKeys],
    explanation: 'AWS managed keys rotate yearly and you cannot change that. If a requirement needs a different period or on-demand rotation, use a customer managed key.',
  },
  {
    id: 'share-secret-encrypted-with-aws-managed-key',
    type: 'multiple',
    stem:
      'A company keeps a database credential in AWS Secrets Manager, encrypted with the AWS managed key `aws/secretsmanager`. A partner AWS account must now read the secret. ' +
      'The secret\'s resource policy and the partner\'s IAM policies will be handled separately. Which TWO KMS-related changes must the company make in its own account? (Select TWO.)',
    selectCount: 2,
    options: [
      {
        id: 'a',
        text: 'In the new key\'s key policy, allow the partner account to use the key for decryption.',
        correct: true,
        explanation: 'Cross-account use needs the key policy in the owning account to allow the external account; the partner then delegates that permission to its own roles with IAM.',
      },
      {
        id: 'b',
        text: 'Ask AWS Support to add the partner account to the AWS managed key.',
        correct: false,
        explanation: 'AWS managed keys are scoped to the account they live in and cannot be shared; no support request changes that. Use a customer managed key instead.',
      },
      {
        id: 'c',
        text: 'Enable automatic rotation on `aws/secretsmanager`.',
        correct: false,
        explanation: 'Rotation has nothing to do with who may use a key, and AWS managed keys already rotate every year without your involvement.',
      },
      {
        id: 'd',
        text: 'Edit the key policy of `aws/secretsmanager` to add the partner account.',
        correct: false,
        explanation: 'The service controls the key policy of an AWS managed key; customers can view it but not change it.',
      },
      {
        id: 'e',
        text: 'Create a customer managed key and change the secret to use it.',
        correct: true,
        explanation: 'AWS managed keys cannot be used for cross-account access, so the secret must be encrypted under a key whose policy the company controls.',
      },
    ],
    topics: ['key-types', 'cross-account'],
    difficulty: 'medium',
    seedClaims: ['S7', 'S17'],
    references: [DOCS.secretsManagerCrossAccount, DOCS.crossAccount, DOCS.keys],
    explanation: 'Anything that must be shared across accounts needs a customer managed key: its key policy allows the other account, and the other account\'s IAM policies allow its principals.',
  },
  {
    id: 'aws-owned-key-choice',
    type: 'single',
    stem:
      'A team uses an AWS service that encrypts its data at rest by default. The team wants no key charges and no key management at all, and it has no requirement to see how the key is used in AWS CloudTrail. ' +
      'Which type of KMS key meets these requirements?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'An AWS managed key',
        correct: false,
        explanation: 'An AWS managed key lives in your account and its use appears in your CloudTrail. It costs nothing to exist, but the service that uses it charges for its use.',
      },
      {
        id: 'b',
        text: 'An AWS owned key',
        correct: true,
        explanation: 'AWS owned keys are owned and managed by the service, cost you nothing, and are invisible to you: no policy to manage and no CloudTrail records in your account.',
      },
      {
        id: 'c',
        text: 'A customer managed key with imported key material',
        correct: false,
        explanation: 'Importing key material adds work: you generate the material, keep a copy and watch its expiry. It is for teams that must control the material, not avoid management.',
      },
      {
        id: 'd',
        text: 'A customer managed key',
        correct: false,
        explanation: 'A customer managed key has a monthly charge plus request charges, and you manage its policy and lifecycle. That is more than the team wants.',
      },
    ],
    topics: ['key-types'],
    difficulty: 'easy',
    seedClaims: ['S17'],
    references: [DOCS.keys, DOCS.basicConcepts],
    explanation: 'Choose AWS owned keys for convenience, AWS managed keys when you want to see usage in CloudTrail without managing the key, and customer managed keys when you need control.',
  },
  {
    id: 'requirement-needs-customer-managed-key',
    type: 'single',
    stem:
      'A payments company encrypts data in several AWS services. A new internal standard says the key material protecting cardholder data must rotate every 180 days. ' +
      'Which key type must the company use to meet this standard?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'The AWS managed key of each service, with its rotation period set to 180 days',
        correct: false,
        explanation: 'AWS managed keys rotate every year and their rotation cannot be configured, so their period cannot be set to 180 days.',
      },
      {
        id: 'b',
        text: 'Any key type, because all KMS keys rotate every 180 days by default',
        correct: false,
        explanation: 'No KMS key rotates every 180 days by default. Customer managed keys do not rotate until you enable rotation (default period 365 days), and AWS managed keys rotate yearly.',
      },
      {
        id: 'c',
        text: 'A customer managed key with automatic rotation enabled and a rotation period of 180 days',
        correct: true,
        explanation: 'Customer managed symmetric keys accept a rotation period from 90 to 2,560 days, so 180 days is a supported setting.',
      },
      {
        id: 'd',
        text: 'An AWS owned key, which rotates more often than any key in the account',
        correct: false,
        explanation: 'The owning service decides how AWS owned keys rotate, and you cannot see or prove it. That cannot satisfy a standard the company must evidence.',
      },
    ],
    topics: ['key-types', 'rotation'],
    difficulty: 'medium',
    seedClaims: ['S16', 'S17'],
    references: [DOCS.enableKeyRotationApi, DOCS.rotatingKeysEnable],
    explanation: 'Only customer managed keys let you choose the rotation period (90–2,560 days) or rotate on demand; AWS managed keys are fixed at yearly.',
  },
  {
    id: 'single-region-key-decrypt-elsewhere',
    type: 'single',
    stem:
      'An application in us-east-1 encrypts a small record with the KMS `Encrypt` operation and a single-Region customer managed key. A copy of the ciphertext is sent to a service in eu-west-1, ' +
      'which calls `Decrypt` on the KMS endpoint in eu-west-1. What happens?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'The call fails. The ciphertext can only be decrypted by the key in us-east-1, so the service must call KMS in us-east-1 or the data must be re-encrypted under a key in eu-west-1.',
        correct: true,
        explanation: 'A single-Region key exists only in its Region and cannot be used through another Region\'s endpoint. KMS keeps each ciphertext decryptable by only one key.',
      },
      {
        id: 'b',
        text: 'The call succeeds, because key IDs are global within an AWS account.',
        correct: false,
        explanation: 'Key IDs, aliases and key policies are regional resources. The same key ID means nothing in another Region.',
      },
      {
        id: 'c',
        text: 'The call succeeds if the key policy allows principals in eu-west-1.',
        correct: false,
        explanation: 'A key policy controls who may use the key, not where it exists. It cannot make a us-east-1 key available in eu-west-1.',
      },
      {
        id: 'd',
        text: 'The call succeeds, because KMS copies every key to all Regions of the account.',
        correct: false,
        explanation: 'KMS never copies a single-Region key. Even multi-Region keys are copied only when you replicate them on purpose.',
      },
    ],
    topics: ['regional-scope'],
    difficulty: 'easy',
    seedClaims: ['S5'],
    references: [DOCS.mrkSecurity, DOCS.keyPolicies, DOCS.designGoals],
    explanation: 'KMS keys are regional. To use the same key material in two Regions on purpose, use multi-Region keys; otherwise decrypt in the key\'s Region.',
  },
  {
    id: 'kms-availability-in-a-region',
    type: 'multiple',
    stem:
      'A bank is writing its resilience assessment for a workload that depends on AWS KMS in one Region. Which TWO statements correctly describe how KMS itself is built for availability? (Select TWO.)',
    selectCount: 2,
    options: [
      {
        id: 'a',
        text: 'The bank must enable a Multi-AZ setting on each KMS key to survive the loss of an Availability Zone.',
        correct: false,
        explanation: 'There is no per-key Multi-AZ setting. Replication across AZs is part of the service for every key.',
      },
      {
        id: 'b',
        text: 'KMS is regionally isolated: an availability issue in one Region cannot affect KMS in another Region.',
        correct: true,
        explanation: 'KMS is a self-sustaining regional service by design, so a problem in one Region stays in that Region.',
      },
      {
        id: 'c',
        text: 'The KMS infrastructure is replicated in at least three Availability Zones in each Region.',
        correct: true,
        explanation: 'AWS states that KMS runs in at least three AZs per Region and can serve customer traffic from any of them, so a host or AZ failure does not stop it.',
      },
      {
        id: 'd',
        text: 'Each key lives in a single HSM in one Availability Zone and is backed up to Amazon S3 every night.',
        correct: false,
        explanation: 'Keys are stored encrypted in durable storage, and any HSM of the Region\'s fleet can use them. No nightly S3 backup is involved.',
      },
      {
        id: 'e',
        text: 'The bank must replicate every key to a second Region to survive the loss of one Availability Zone.',
        correct: false,
        explanation: 'An AZ failure is handled inside the Region. Multi-Region keys are for cross-Region use such as disaster recovery, not for AZ resilience.',
      },
    ],
    topics: ['durability-availability'],
    difficulty: 'medium',
    seedClaims: ['S3'],
    references: [DOCS.resilience],
    explanation: 'KMS spreads each Region across at least three AZs and keeps Regions independent of each other. You get that without configuration.',
  },
  {
    id: 'kms-key-durability',
    type: 'single',
    stem:
      'A CTO worries that if a KMS key were ever lost, ten years of encrypted archives would become unreadable, and asks whether the team must back up its KMS keys itself. ' +
      'The keys were created in KMS with key material generated by KMS. What is the BEST answer?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'KMS keys are designed for 99.9% durability, so a yearly loss is likely over ten years.',
        correct: false,
        explanation: 'That figure is made up. AWS designs key durability to match its most durable services.',
      },
      {
        id: 'b',
        text: 'Keys are durable only after they are converted into multi-Region keys.',
        correct: false,
        explanation: 'A single-Region key cannot be converted, and it does not need to be: every key gets the same durability design within its Region.',
      },
      {
        id: 'c',
        text: 'The team should export the key material every night and store it in a secure vault.',
        correct: false,
        explanation: 'KMS has no mechanism to export plaintext KMS key material, so this is impossible, and it would also defeat the purpose of the HSMs.',
      },
      {
        id: 'd',
        text: 'No backup is needed: KMS designs the durability of its keys to equal the most durable AWS services (the figure usually quoted is 99.999999999%, eleven nines).',
        correct: true,
        explanation: 'Durability is a design goal of KMS for keys whose material it generates. The main risk to plan for is deleting a key on purpose, not losing it.',
      },
    ],
    topics: ['durability-availability'],
    difficulty: 'easy',
    seedClaims: ['S2'],
    references: [DOCS.designGoals, DOCS.resilience],
    explanation: 'KMS-generated keys do not need customer backups. Imported key material is the exception: there, keeping a copy is your job.',
  },
  {
    id: 'fips-level-3-without-managing-hsms',
    type: 'single',
    stem:
      'A regulated insurer requires that the keys protecting its data be held in hardware security modules validated under FIPS 140-3 at Security Level 3. ' +
      'The security team does not want to operate HSM clusters and wants to keep using AWS service integrations. Which solution meets the requirement with the LEAST operational overhead?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'Generate keys on an EC2 instance and store them as secrets in AWS Secrets Manager.',
        correct: false,
        explanation: 'Keys generated and used on an instance never sit in a validated HSM, whatever stores them afterwards.',
      },
      {
        id: 'b',
        text: 'Deploy an AWS CloudHSM cluster, because KMS HSMs are validated only at Security Level 2.',
        correct: false,
        explanation: 'Older study notes say this, but today\'s KMS HSMs are validated under FIPS 140-3 at Level 3. CloudHSM would work, yet it adds the cluster operations the team wants to avoid.',
      },
      {
        id: 'c',
        text: 'Use customer managed keys in AWS KMS\'s default key store.',
        correct: true,
        explanation: 'KMS protects keys in its own HSMs, which are validated under FIPS 140-3 at Security Level 3. No cluster to operate, and every integrated service can use the keys.',
      },
      {
        id: 'd',
        text: 'Store the keys in an S3 bucket with SSE-S3 and Object Lock.',
        correct: false,
        explanation: 'That only protects the key files at rest. The keys would still be used outside any HSM.',
      },
    ],
    topics: ['hsm-fips', 'cloudhsm-custom-key-stores'],
    difficulty: 'medium',
    seedClaims: ['S6'],
    references: [DOCS.internals, DOCS.conceptsIntro],
    explanation: 'KMS HSMs are FIPS 140-3 Security Level 3 validated. Pick CloudHSM for single-tenant control or special interfaces, not for the validation level.',
  },
  {
    id: 'kms-key-material-never-leaves',
    type: 'multiple',
    stem:
      'A security architect is explaining to an audit committee how AWS KMS protects the key material of KMS keys in its default key store. Which TWO statements are correct? (Select TWO.)',
    selectCount: 2,
    options: [
      {
        id: 'a',
        text: 'Key administrators can download key material with an API call to keep an offline backup.',
        correct: false,
        explanation: 'No KMS operation returns KMS key material. Data keys are returned to you; the KMS keys that protect them never are.',
      },
      {
        id: 'b',
        text: 'Plaintext key material exists only inside the KMS HSMs, and only in memory for the time a cryptographic operation needs.',
        correct: true,
        explanation: 'Keys are used only on the HSMs and only for the duration of a request. Elsewhere they exist only in encrypted form.',
      },
      {
        id: 'c',
        text: 'A single AWS operator with the right credentials can export a key from the HSMs.',
        correct: false,
        explanation: 'Administrative actions on the HSMs require quorum-based approval by several Amazon employees, and there is still no path to export plaintext keys.',
      },
      {
        id: 'd',
        text: 'KMS stores the data keys it generates so that applications can fetch them again later.',
        correct: false,
        explanation: 'KMS does not store, manage or track data keys. The application keeps the encrypted copy and asks KMS to decrypt it when needed.',
      },
      {
        id: 'e',
        text: 'KMS has no mechanism to export plaintext KMS key material.',
        correct: true,
        explanation: 'This is one of KMS\'s design goals. You use a KMS key through API calls, never by taking its material out.',
      },
    ],
    topics: ['hsm-fips', 'data-keys'],
    difficulty: 'hard',
    seedClaims: ['S6', 'S11'],
    references: [DOCS.designGoals, DOCS.conceptsIntro, DOCS.dataKeys],
    explanation: 'KMS keys never leave the HSMs in plaintext; data keys are handed to you and are yours to keep safe.',
  },
  {
    id: 'alias-switch-key-without-code-change',
    type: 'single',
    stem:
      'Twelve microservices encrypt data by naming a KMS key in their configuration. The team wants every service to start using a new KMS key next quarter without changing or redeploying service code. ' +
      'What should the services reference?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'The key ARN, after the team creates the new key with the same ARN.',
        correct: false,
        explanation: 'Every key has its own ARN; you cannot create a key with an existing key\'s ARN.',
      },
      {
        id: 'b',
        text: 'An alias such as `alias/orders`, which the team later points to the new key with `UpdateAlias`.',
        correct: true,
        explanation: 'An alias is a separate resource that can be moved to another key of the same type and usage. Services that use the alias switch keys at once.',
      },
      {
        id: 'c',
        text: 'The key ID, which the team later changes to the new key\'s ID with `UpdateKeyDescription`.',
        correct: false,
        explanation: 'A key ID never changes, and `UpdateKeyDescription` changes only the description text.',
      },
      {
        id: 'd',
        text: 'A tag called `Name` on the key, which KMS API calls accept in place of a key ID.',
        correct: false,
        explanation: 'KMS operations accept a key ID, key ARN, alias name or alias ARN. Tags are for organizing keys and controlling access, not for naming them in calls.',
      },
    ],
    topics: ['kms-basics'],
    difficulty: 'easy',
    seedClaims: ['S1'],
    references: [DOCS.aliasUpdate],
    explanation: 'Reference keys by alias when you may need to swap them. Note that decrypting old data still needs the old key, so do not delete it.',
  },
  {
    id: 'survive-regional-kms-outage',
    type: 'single',
    stem:
      'A trading platform in us-east-1 must keep decrypting its data even if AWS KMS in us-east-1 becomes unavailable. The data is already replicated to us-west-2, ' +
      'where a standby copy of the application runs. Which design meets the requirement?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'Rely on KMS\'s replication across at least three Availability Zones in us-east-1.',
        correct: false,
        explanation: 'That protects against the loss of hosts or an Availability Zone, not against KMS being unavailable in the whole Region.',
      },
      {
        id: 'b',
        text: 'Encrypt under a multi-Region primary key in us-east-1 and replicate it to us-west-2, so the standby decrypts with the replica in its own Region.',
        correct: true,
        explanation: 'The replica shares the key material, and KMS Regions are isolated from each other, so us-west-2 keeps working when us-east-1 does not.',
      },
      {
        id: 'c',
        text: 'Point the standby application in us-west-2 at the KMS endpoint in us-east-1.',
        correct: false,
        explanation: 'The standby would depend on the very Region whose outage it is meant to survive.',
      },
      {
        id: 'd',
        text: 'Create a single-Region key in us-west-2 with the same alias as the key in us-east-1.',
        correct: false,
        explanation: 'A new key has new key material, so it cannot decrypt data encrypted under the us-east-1 key, whatever its alias.',
      },
    ],
    topics: ['durability-availability', 'multi-region-keys', 'regional-scope'],
    difficulty: 'medium',
    seedClaims: ['S3', 'S5'],
    references: [DOCS.resilience, DOCS.mrkHowItWorks],
    explanation: 'AZ failures are KMS\'s job within a Region; surviving the loss of a Region is your design, for example with multi-Region keys.',
  },
];
