// Amazon S3 server-side encryption with KMS, S3 Bucket Keys, and KMS request quotas.

import { DOCS } from '../references';
import type { Question } from '../types';

export const s3: Question[] = [
  {
    id: 's3-encryption-at-rest-minimal-effort',
    type: 'single',
    stem:
      'A team creates a new S3 bucket for internal reports. Objects must be encrypted at rest, there is no requirement to audit or control key usage, and the team wants the LEAST effort and cost. What should it do?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'Nothing extra: S3 encrypts every new object with SSE-S3 by default.',
        correct: true,
        explanation: 'Since January 2023, SSE-S3 is the base level of encryption for every bucket, at no additional cost.',
      },
      {
        id: 'b',
        text: 'Configure SSE-KMS with a customer managed key.',
        correct: false,
        explanation: 'SSE-KMS adds key policy control and CloudTrail records of key use, plus KMS charges. None of that is required here.',
      },
      {
        id: 'c',
        text: 'Use SSE-C and supply a key with every request.',
        correct: false,
        explanation: 'SSE-C makes the team manage and send keys on every request, and it is disabled by default on new general purpose buckets.',
      },
      {
        id: 'd',
        text: 'Encrypt every report on the client before upload.',
        correct: false,
        explanation: 'Client-side encryption is for cases where data must be encrypted before it leaves the client; it is far more work than the requirement needs.',
      },
    ],
    topics: ['s3-encryption'],
    difficulty: 'easy',
    seedClaims: ['S19'],
    references: [DOCS.sseS3, DOCS.defaultEncryptionFaq],
    explanation: 'Encryption at rest with no further requirements: SSE-S3, which S3 already applies by default.',
  },
  {
    id: 's3-audit-every-key-use',
    type: 'single',
    stem:
      'A healthcare company stores patient documents in S3. Auditors require a record of every use of the key that protects the objects, and the security team must control who can decrypt them ' +
      'with a key policy it manages, separately from S3 permissions. Which encryption option meets these requirements?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'SSE-C',
        correct: false,
        explanation: 'With SSE-C, S3 uses a key you send with each request; KMS is not involved, so there is no KMS audit trail or key policy.',
      },
      {
        id: 'b',
        text: 'SSE-KMS with the AWS managed key `aws/s3`',
        correct: false,
        explanation: 'Its use is logged, but the key policy belongs to the service and cannot be edited, so the security team cannot control who decrypts.',
      },
      {
        id: 'c',
        text: 'SSE-KMS with a customer managed key',
        correct: true,
        explanation: 'Every use of the KMS key appears in CloudTrail, and the customer managed key\'s policy is a second, independent gate in front of the data.',
      },
      {
        id: 'd',
        text: 'SSE-S3',
        correct: false,
        explanation: 'S3 manages the keys entirely; there are no KMS key usage records and no key policy to control.',
      },
    ],
    topics: ['s3-encryption', 'cloudtrail-audit', 'key-types'],
    difficulty: 'medium',
    seedClaims: ['S19', 'S4', 'S17'],
    references: [DOCS.sseKms, DOCS.keys],
    explanation: 'Audit plus control of who decrypts = SSE-KMS with a customer managed key.',
  },
  {
    id: 'sse-c-blocked-on-new-bucket',
    type: 'single',
    stem:
      'In mid-2026 a team creates a new general purpose S3 bucket for a legacy application that uploads objects with SSE-C headers. Every upload fails with HTTP 403 `AccessDenied`, ' +
      'although the IAM and bucket policies allow `s3:PutObject`. What is the cause, and what is the fix that keeps the application unchanged?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'S3 never supported SSE-C for general purpose buckets; the application must be rewritten.',
        correct: false,
        explanation: 'SSE-C is still supported; it is blocked by default on new buckets and can be allowed again per bucket.',
      },
      {
        id: 'b',
        text: 'The KMS key policy must allow S3 to use the customer-provided key.',
        correct: false,
        explanation: 'SSE-C does not use KMS at all: S3 uses the key in the request and does not store it.',
      },
      {
        id: 'c',
        text: 'SSE-C requires S3 Bucket Keys to be enabled on the bucket.',
        correct: false,
        explanation: 'Bucket Keys apply to SSE-KMS only and have nothing to do with SSE-C.',
      },
      {
        id: 'd',
        text: 'Since April 2026, S3 disables SSE-C by default on new general purpose buckets; set the bucket\'s `BlockedEncryptionTypes` to `NONE` with `PutBucketEncryption`.',
        correct: true,
        explanation: 'SSE-C requests to a bucket that blocks SSE-C are rejected with 403 AccessDenied. Unblocking it is an explicit bucket setting; moving to SSE-KMS is the longer-term fix.',
      },
    ],
    topics: ['s3-encryption'],
    difficulty: 'medium',
    seedClaims: ['S19'],
    references: [DOCS.blockSseC, DOCS.sseC, DOCS.blockedEncryptionTypesApi],
    explanation: 'New general purpose buckets block SSE-C by default since April 2026; allowing it is a deliberate per-bucket choice.',
  },
  {
    id: 'cut-sse-kms-request-cost',
    type: 'single',
    stem:
      'A data lake writes and reads millions of SSE-KMS objects a day, and the KMS request charges have become significant. The team wants to reduce them with the least change to applications and without giving up KMS keys. ' +
      'What should it do?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'Request a higher KMS request quota.',
        correct: false,
        explanation: 'A quota increase prevents throttling; it does not lower the number of requests you pay for.',
      },
      {
        id: 'b',
        text: 'Enable S3 Bucket Keys for SSE-KMS on the bucket.',
        correct: true,
        explanation: 'S3 then uses a short-lived bucket-level key derived from the KMS key, which can cut S3-to-KMS requests by up to 99 percent.',
      },
      {
        id: 'c',
        text: 'Use a different KMS key for each prefix.',
        correct: false,
        explanation: 'Each object operation would still call KMS; spreading calls across keys does not reduce their number.',
      },
      {
        id: 'd',
        text: 'Switch the bucket to SSE-C.',
        correct: false,
        explanation: 'That gives up KMS entirely, and the applications would have to supply a key with every request.',
      },
    ],
    topics: ['s3-bucket-keys', 's3-encryption'],
    difficulty: 'easy',
    seedClaims: ['S19'],
    references: [DOCS.bucketKeys],
    explanation: 'S3 Bucket Keys are the standard answer to SSE-KMS cost and request volume.',
  },
  {
    id: 'bucket-key-changes-encryption-context',
    type: 'single',
    stem:
      'After a team enables S3 Bucket Keys on an SSE-KMS bucket, a key policy statement that allowed decryption only when `kms:EncryptionContext:aws:s3:arn` matched the requested object\'s ARN stops matching, ' +
      'and CloudTrail no longer shows object ARNs in the KMS records. Why?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'With a Bucket Key, the encryption context S3 sends to KMS is the bucket ARN, not the object ARN, so policies and log searches must use the bucket ARN.',
        correct: true,
        explanation: 'S3 calls KMS for the bucket-level key rather than per object, so the context names the bucket.',
      },
      {
        id: 'b',
        text: 'Bucket Keys require a new KMS key with a new ARN.',
        correct: false,
        explanation: 'The same KMS key keeps protecting the bucket.',
      },
      {
        id: 'c',
        text: 'Bucket Keys turn off CloudTrail logging for KMS.',
        correct: false,
        explanation: 'The KMS calls S3 still makes are logged as usual; there are simply far fewer of them, and they name the bucket.',
      },
      {
        id: 'd',
        text: 'Bucket Keys switch the bucket to SSE-S3.',
        correct: false,
        explanation: 'Objects are still protected by the KMS key; the bucket-level key is derived from it.',
      },
    ],
    topics: ['s3-bucket-keys', 'encryption-context', 'cloudtrail-audit'],
    difficulty: 'hard',
    seedClaims: ['S19', 'S4'],
    references: [DOCS.bucketKeys, DOCS.encryptionContext],
    explanation: 'Before enabling Bucket Keys, check policies and queries that rely on the object ARN in the encryption context.',
  },
  {
    id: 'changing-default-encryption-existing-objects',
    type: 'multiple',
    stem:
      'A bucket holding two million objects has used the default SSE-S3 encryption. The team changes the bucket\'s default encryption to SSE-KMS with a customer managed key. ' +
      'Which TWO statements are true? (Select TWO.)',
    selectCount: 2,
    options: [
      {
        id: 'a',
        text: 'To move existing objects to SSE-KMS, copy them in place, for example with an S3 Batch Operations copy job.',
        correct: true,
        explanation: 'Copying an object rewrites it with the requested encryption; Batch Operations does this at scale.',
      },
      {
        id: 'b',
        text: 'The bucket must be re-created to change its default encryption.',
        correct: false,
        explanation: 'Default encryption is a bucket setting you can change at any time with `PutBucketEncryption`.',
      },
      {
        id: 'c',
        text: 'Existing objects become unreadable until they are re-encrypted.',
        correct: false,
        explanation: 'They stay readable with SSE-S3, exactly as before.',
      },
      {
        id: 'd',
        text: 'S3 re-encrypts all existing objects with SSE-KMS within 24 hours.',
        correct: false,
        explanation: 'S3 never re-encrypts existing objects on its own after a default-encryption change.',
      },
      {
        id: 'e',
        text: 'Existing objects keep SSE-S3; only new objects are encrypted with SSE-KMS.',
        correct: true,
        explanation: 'Default encryption applies to objects written after the change. Existing objects are not touched.',
      },
    ],
    topics: ['s3-encryption'],
    difficulty: 'medium',
    seedClaims: ['S19'],
    references: [DOCS.specifyingSseS3, DOCS.serverSideEncryptionRuleApi],
    explanation: 'Default encryption is forward-looking; re-encrypt existing objects by copying them.',
  },
  {
    id: 'bucket-policy-require-specific-kms-key',
    type: 'single',
    stem:
      'A bucket must reject any upload that is not encrypted with SSE-KMS under one specific customer managed key, whatever the uploader requests. Which configuration enforces this?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'A key policy statement that denies `kms:GenerateDataKey` to Amazon S3.',
        correct: false,
        explanation: 'That would break all SSE-KMS uploads with that key instead of enforcing it.',
      },
      {
        id: 'b',
        text: 'An IAM policy on the uploaders\' roles that allows `s3:PutObject` with that key.',
        correct: false,
        explanation: 'An allow does not reject anything: other principals with other permissions could still upload differently.',
      },
      {
        id: 'c',
        text: 'Default encryption set to SSE-KMS with that key.',
        correct: false,
        explanation: 'Default encryption applies only when a request specifies no encryption; an uploader can still ask for SSE-S3 or another key explicitly.',
      },
      {
        id: 'd',
        text: 'A bucket policy that denies `s3:PutObject` when `s3:x-amz-server-side-encryption-aws-kms-key-id` does not equal that key\'s ARN.',
        correct: true,
        explanation: 'An explicit Deny in the bucket policy applies to every uploader and rejects requests that name another key or no key.',
      },
    ],
    topics: ['s3-encryption', 'key-policies-iam-grants'],
    difficulty: 'hard',
    seedClaims: ['S19', 'S7'],
    references: [DOCS.sseKms, DOCS.serverSideEncryptionByDefaultApi],
    explanation: 'To require an encryption setting, deny requests that lack it in the bucket policy; default encryption only fills in what requests leave out.',
  },
  {
    id: 'sse-kms-upload-permission',
    type: 'single',
    stem:
      'A user with `s3:PutObject` permission on a bucket tries to upload an object with SSE-KMS under a customer managed key, and gets `AccessDenied`. Which KMS permission on that key is she most likely missing?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: '`kms:Encrypt`',
        correct: false,
        explanation: 'S3 does not send object data to `Encrypt`; it uses a data key, so the permission it needs for uploads is `kms:GenerateDataKey`.',
      },
      {
        id: 'b',
        text: '`s3:PutEncryptionConfiguration`',
        correct: false,
        explanation: 'That permission changes a bucket\'s default encryption; it is not needed to upload an object.',
      },
      {
        id: 'c',
        text: '`kms:GenerateDataKey`',
        correct: true,
        explanation: 'S3 asks KMS for a data key under the user\'s identity when it writes an SSE-KMS object. Reading the object later requires `kms:Decrypt`.',
      },
      {
        id: 'd',
        text: '`kms:CreateGrant`',
        correct: false,
        explanation: 'Grants are how some services keep using a key for long-lived resources; a simple S3 upload does not need one.',
      },
    ],
    topics: ['s3-encryption', 'key-policies-iam-grants'],
    difficulty: 'medium',
    seedClaims: ['S19', 'S12'],
    references: [DOCS.sseKms],
    explanation: 'SSE-KMS uploads need kms:GenerateDataKey, downloads need kms:Decrypt, both on the key.',
  },
  {
    id: 'shared-quota-throttled-by-s3',
    type: 'single',
    stem:
      'A low-volume application calls KMS `Decrypt` a few times a second, yet it receives `ThrottlingException`. In the same account and Region, a busy data lake writes SSE-KMS objects to S3 with a different KMS key. ' +
      'What is the most likely explanation?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'Each IAM principal has its own quota of 10 requests per second.',
        correct: false,
        explanation: 'Request quotas are per account and Region, not per principal.',
      },
      {
        id: 'b',
        text: 'The symmetric cryptographic request quota is shared by all callers and keys in the account and Region, including requests AWS services such as S3 make on your behalf.',
        correct: true,
        explanation: 'S3\'s GenerateDataKey and Decrypt calls for SSE-KMS draw on the same per-account, per-Region quota as the application\'s own calls.',
      },
      {
        id: 'c',
        text: 'Each KMS key has its own quota, and the application\'s key is exhausted.',
        correct: false,
        explanation: 'Quotas for cryptographic operations are shared across keys; a few requests a second cannot exhaust anything by themselves.',
      },
      {
        id: 'd',
        text: 'CloudTrail throttles KMS when it logs too many events.',
        correct: false,
        explanation: 'CloudTrail logging does not throttle KMS calls.',
      },
    ],
    topics: ['quotas-throttling', 's3-encryption'],
    difficulty: 'medium',
    seedClaims: ['S19'],
    references: [DOCS.requestQuotas, DOCS.throttling],
    explanation: 'Calls services make for you count against your account\'s shared KMS quota; Bucket Keys or a quota increase relieve it.',
  },
  {
    id: 'symmetric-quota-us-west-2',
    type: 'single',
    stem:
      'A team plans a new workload in us-west-2 that will make about 30,000 `GenerateDataKey` requests per second at peak with symmetric KMS keys. Nothing else in the account uses KMS in that Region. ' +
      'Does the team need to request a quota increase before launch?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'Yes. The default is 10,000 requests per second for each key, so the team must use at least three keys.',
        correct: false,
        explanation: 'The quota is shared per account and Region, not per key, and in us-west-2 it is 100,000 by default.',
      },
      {
        id: 'b',
        text: 'Yes. The default quota is 5,500 requests per second.',
        correct: false,
        explanation: '5,500 per second was the default in many Regions years ago. Study material that still quotes it is stale.',
      },
      {
        id: 'c',
        text: 'No. The default shared quota for symmetric cryptographic operations in us-west-2 is 100,000 requests per second.',
        correct: true,
        explanation: 'us-east-1, us-west-2 and eu-west-1 default to 100,000 per second; several other Regions to 20,000; the rest to 10,000.',
      },
      {
        id: 'd',
        text: 'The workload is impossible: KMS cannot serve more than 10,000 requests per second in any Region.',
        correct: false,
        explanation: 'Defaults are higher in large Regions, and request quotas (except the CloudHSM key store quota) can be raised.',
      },
    ],
    topics: ['quotas-throttling'],
    difficulty: 'hard',
    seedClaims: [],
    references: [DOCS.requestQuotas],
    explanation: 'Know the current defaults: 10,000/s, 20,000/s in some Regions, 100,000/s in us-east-1, us-west-2 and eu-west-1, shared by all symmetric cryptographic operations.',
  },
  {
    id: 'reduce-kms-throttling',
    type: 'multiple',
    stem:
      'A company\'s applications and its SSE-KMS buckets together exceed the KMS request quota in one Region during peaks, and some requests are throttled. Which THREE actions help? (Select THREE.)',
    selectCount: 3,
    options: [
      {
        id: 'a',
        text: 'Use data key caching in the applications that do their own envelope encryption.',
        correct: true,
        explanation: 'Reusing data keys within safe limits reduces GenerateDataKey calls.',
      },
      {
        id: 'b',
        text: 'Request a quota increase through Service Quotas.',
        correct: true,
        explanation: 'KMS request quotas are adjustable (except the CloudHSM key store quota).',
      },
      {
        id: 'c',
        text: 'Spread the requests across more KMS keys in the same account and Region.',
        correct: false,
        explanation: 'The cryptographic quota is shared by all keys of the account in the Region, so more keys add no capacity.',
      },
      {
        id: 'd',
        text: 'Retry throttled requests immediately in a tight loop.',
        correct: false,
        explanation: 'Immediate retries add load. AWS SDKs retry with exponential backoff, which is the right approach.',
      },
      {
        id: 'e',
        text: 'Enable S3 Bucket Keys on the SSE-KMS buckets.',
        correct: true,
        explanation: 'Bucket Keys cut the number of KMS requests S3 makes on the company\'s behalf by up to 99 percent.',
      },
      {
        id: 'f',
        text: 'Replace `GenerateDataKey` calls with `Encrypt` calls.',
        correct: false,
        explanation: 'Both draw on the same shared quota, and `Encrypt` cannot take large data anyway.',
      },
    ],
    topics: ['quotas-throttling', 's3-bucket-keys', 'envelope-encryption'],
    difficulty: 'medium',
    seedClaims: ['S19'],
    references: [DOCS.requestQuotas, DOCS.bucketKeys, DOCS.throttling],
    explanation: 'Make fewer calls (Bucket Keys, data key caching) or raise the quota; spreading across keys does nothing.',
  },
  {
    id: 'dual-layer-server-side-encryption',
    type: 'single',
    stem:
      'A defense contractor must store files in S3 with two independent layers of server-side encryption, using keys managed in AWS KMS. Which option meets this requirement with the least custom code?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'SSE-KMS with two KMS keys listed in the upload request',
        correct: false,
        explanation: 'An SSE-KMS upload names one KMS key.',
      },
      {
        id: 'b',
        text: 'Dual-layer server-side encryption with AWS KMS keys (DSSE-KMS)',
        correct: true,
        explanation: 'DSSE-KMS (`aws:kms:dsse`) applies two layers of encryption on the server side, with the KMS key you choose.',
      },
      {
        id: 'c',
        text: 'SSE-S3 and SSE-C on the same object',
        correct: false,
        explanation: 'An object has one server-side encryption setting; the options cannot be stacked.',
      },
      {
        id: 'd',
        text: 'SSE-KMS with an S3 Bucket Key',
        correct: false,
        explanation: 'The Bucket Key reduces KMS calls; the object still has one layer of server-side encryption.',
      },
    ],
    topics: ['s3-encryption'],
    difficulty: 'medium',
    seedClaims: ['S19'],
    references: [DOCS.serverSideEncryptionByDefaultApi, DOCS.specifyingSseS3],
    explanation: 'Two layers of server-side encryption in S3 = DSSE-KMS.',
  },
  {
    id: 'cross-account-read-aws-managed-s3-key',
    type: 'single',
    stem:
      'Account A\'s bucket encrypts objects with SSE-KMS using the AWS managed key `aws/s3`. A role in account B is allowed `s3:GetObject` by the bucket policy, but its downloads fail with `AccessDenied`. ' +
      'What should the solutions architect do?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'Add account B to the key policy of `aws/s3`.',
        correct: false,
        explanation: 'You cannot change the key policy of an AWS managed key.',
      },
      {
        id: 'b',
        text: 'Switch the bucket to SSE-C and share the key with account B.',
        correct: false,
        explanation: 'This swaps a key-sharing problem for a harder one: account B would have to hold and send the raw key with every request.',
      },
      {
        id: 'c',
        text: 'Enable S3 Bucket Keys on the bucket.',
        correct: false,
        explanation: 'Bucket Keys change how often S3 calls KMS, not who may decrypt.',
      },
      {
        id: 'd',
        text: 'Encrypt the objects with a customer managed key whose key policy allows account B, and allow the role `kms:Decrypt` on that key in account B\'s IAM.',
        correct: true,
        explanation: 'AWS managed keys cannot be shared across accounts. A customer managed key lets both the key policy and account B\'s IAM policy grant the access.',
      },
    ],
    topics: ['cross-account', 's3-encryption', 'key-types'],
    difficulty: 'medium',
    seedClaims: ['S19', 'S17', 'S7'],
    references: [DOCS.keys, DOCS.crossAccount, DOCS.sseKms],
    explanation: 'Cross-account access to SSE-KMS objects needs a customer managed key; aws/s3 stays in its own account.',
  },
];
