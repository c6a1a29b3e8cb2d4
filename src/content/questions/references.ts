// AWS documentation pages the questions cite, named once so that a moved page is fixed in one place.
// Each was found in shared/reference or confirmed with the documentation search (see the report of
// the commit that added this file).

import type { Reference } from './types';

const ref = (title: string, url: string): Reference => ({ title, url });

const KMS_GUIDE = 'https://docs.aws.amazon.com/kms/latest/developerguide';
const KMS_CRYPTO = 'https://docs.aws.amazon.com/kms/latest/cryptographic-details';
const S3_GUIDE = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide';

export const DOCS = {
  // Concepts and key types
  conceptsIntro: ref('AWS KMS concepts', `${KMS_GUIDE}/concepts-intro.html`),
  keys: ref('AWS KMS keys (customer managed, AWS managed and AWS owned keys)', `${KMS_GUIDE}/concepts.html`),
  enveloping: ref('Envelope encryption', `${KMS_GUIDE}/concepts.html#enveloping`),
  basicConcepts: ref('AWS KMS cryptographic details: basic concepts', `${KMS_CRYPTO}/basic-concepts`),
  designGoals: ref('AWS KMS design goals', `${KMS_CRYPTO}/design-goals.html`),
  internals: ref('AWS KMS internal operations (FIPS 140-3 Security Level 3 HSMs)', `${KMS_GUIDE}/kms-internals.md`),
  resilience: ref('Resilience in AWS Key Management Service', `${KMS_GUIDE}/disaster-recovery-resiliency.html`),
  aliasUpdate: ref('Update aliases', `${KMS_GUIDE}/alias-update.html`),
  prescriptiveKms: ref('Encryption best practices for AWS KMS (AWS Prescriptive Guidance)', 'https://docs.aws.amazon.com/prescriptive-guidance/latest/encryption-best-practices/kms.html'),

  // Data keys and envelope encryption
  dataKeys: ref('Generate data keys', `${KMS_GUIDE}/data-keys.html`),
  encryptApi: ref('Encrypt (AWS KMS API Reference)', 'https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html'),
  generateDataKeyApi: ref('GenerateDataKey (AWS KMS API Reference)', 'https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKey.html'),
  generateDataKeyWithoutPlaintextApi: ref('GenerateDataKeyWithoutPlaintext (AWS KMS API Reference)', 'https://docs.aws.amazon.com/goto/WebAPI/kms-2014-11-01/GenerateDataKeyWithoutPlaintext'),
  reEncryptApi: ref('ReEncrypt (AWS KMS API Reference)', 'https://docs.aws.amazon.com/goto/WebAPI/kms-2014-11-01/ReEncrypt'),
  reEncryptDetails: ref('AWS KMS cryptographic details: reencrypting an encrypted object', `${KMS_CRYPTO}/reencrypting-an-encrypted-object.html`),
  clientSideEncryption: ref('AWS KMS cryptographic details: client-side encryption', `${KMS_CRYPTO}/client-side-encryption.html`),
  dataKeyCaching: ref('Data key caching (AWS Encryption SDK)', 'https://docs.aws.amazon.com/encryption-sdk/latest/developer-guide/data-key-caching.html'),
  encryptionContext: ref('Encryption context', `${KMS_GUIDE}/encrypt_context.html`),

  // Access control
  keyPolicies: ref('Key policies in AWS KMS', `${KMS_GUIDE}/key-policies.html`),
  defaultKeyPolicy: ref('Default key policy', `${KMS_GUIDE}/key-policy-default.html`),
  crossAccount: ref('Allowing users in other accounts to use a KMS key', `${KMS_GUIDE}/key-policy-modifying-external-accounts.html`),
  grants: ref('Grants in AWS KMS', `${KMS_GUIDE}/grants`),
  grantToken: ref('Using a grant token', 'https://docs.aws.amazon.com/en_us/kms/latest/developerguide/using-grant-token.html'),
  conditionKeys: ref('AWS KMS condition keys', `${KMS_GUIDE}/conditions-kms.html`),
  policyConditions: ref('Condition keys for AWS KMS', `${KMS_GUIDE}/policy-conditions.html`),
  secretsManagerCrossAccount: ref('Access AWS Secrets Manager secrets from a different account', 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples_cross.html'),

  // Rotation, states and deletion, imported material
  enableKeyRotationApi: ref('EnableKeyRotation (AWS KMS API Reference)', 'https://docs.aws.amazon.com/goto/WebAPI/kms/EnableKeyRotation'),
  rotatingKeysEnable: ref('Enable automatic key rotation', `${KMS_GUIDE}/rotating-keys-enable.md`),
  rotateKeys: ref('Rotate AWS KMS keys', `${KMS_GUIDE}/rotate-keys.html`),
  rotatingKeysOnDemand: ref('Perform on-demand key rotation', `${KMS_GUIDE}/rotating-keys-on-demand.html`),
  rotateKeyOnDemandApi: ref('RotateKeyOnDemand (AWS KMS API Reference)', 'https://docs.aws.amazon.com/goto/WebAPI/kms-2014-11-01/RotateKeyOnDemand'),
  keyState: ref('Key states of AWS KMS keys', `${KMS_GUIDE}/key-state.html`),
  deletingKeys: ref('Delete an AWS KMS key', `${KMS_GUIDE}/deleting-keys.html`),
  scheduleKeyDeletion: ref('Schedule key deletion', `${KMS_GUIDE}/deleting-keys-scheduling-key-deletion.html`),
  keyDeletionDetails: ref('AWS KMS cryptographic details: deleting keys', `${KMS_CRYPTO}/key-deletion.html`),
  importingKeys: ref('Importing key material for AWS KMS keys', `${KMS_GUIDE}/importing-keys.html`),
  importingConsiderations: ref('Special considerations for imported key material', `${KMS_GUIDE}/importing-keys-considerations.html`),
  importKeyMaterialApi: ref('ImportKeyMaterial (AWS KMS API Reference)', 'https://docs.aws.amazon.com/en_us/kms/latest/APIReference/API_ImportKeyMaterial.html'),

  // Regions
  mrkHowItWorks: ref('How multi-Region keys work', `${KMS_GUIDE}/mrk-how-it-works.html`),
  mrkOverview: ref('Multi-Region keys in AWS KMS', `${KMS_GUIDE}/multi-region-keys-overview.html`),
  mrkAuth: ref('Control access to multi-Region keys', `${KMS_GUIDE}/multi-region-keys-auth.html`),
  mrkSecurity: ref('Security considerations for multi-Region keys', `${KMS_GUIDE}/mrk-when-to-use.html`),

  // Audit
  cloudTrail: ref('Logging AWS KMS API calls with AWS CloudTrail', `${KMS_GUIDE}/logging-using-cloudtrail.html`),
  cloudTrailGenerateDataKey: ref('CloudTrail log entry example: GenerateDataKey', `${KMS_GUIDE}/ct-generatedatakey.html`),
  cloudTrailManagementEvents: ref('Logging management events (AWS CloudTrail User Guide)', 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-management-events-with-cloudtrail.md'),

  // Quotas
  requestQuotas: ref('AWS KMS request quotas', `${KMS_GUIDE}/requests-per-second.html`),
  throttling: ref('Throttling AWS KMS requests', `${KMS_GUIDE}/throttling.html`),

  // Key stores and HSMs
  customKeyStores: ref('Custom key stores', `${KMS_GUIDE}/custom-key-store-overview.html`),
  createCloudHsmKeyStore: ref('Create an AWS CloudHSM key store', 'https://docs.aws.amazon.com/en_us/kms/latest/developerguide/create-keystore.html'),
  cloudHsmSdks: ref('AWS CloudHSM Client SDKs', 'https://docs.aws.amazon.com/cloudhsm/latest/userguide/use-hsm.html'),

  // Amazon S3
  sseS3: ref('Using server-side encryption with Amazon S3 managed keys (SSE-S3)', `${S3_GUIDE}/UsingServerSideEncryption.html`),
  sseKms: ref('Using server-side encryption with AWS KMS keys (SSE-KMS)', `${S3_GUIDE}/UsingKMSEncryption.html`),
  sseC: ref('Using server-side encryption with customer-provided keys (SSE-C)', `${S3_GUIDE}/ServerSideEncryptionCustomerKeys.html`),
  blockSseC: ref('Blocking or unblocking SSE-C for a general purpose bucket', `${S3_GUIDE}/blocking-unblocking-s3-c-encryption-gpb.html`),
  blockedEncryptionTypesApi: ref('BlockedEncryptionTypes (Amazon S3 API Reference)', 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_BlockedEncryptionTypes.html'),
  defaultEncryptionFaq: ref('Default encryption FAQ (Amazon S3)', `${S3_GUIDE}/default-encryption-faq.html`),
  specifyingSseS3: ref('Specifying server-side encryption with Amazon S3 managed keys (SSE-S3)', `${S3_GUIDE}/specifying-s3-encryption.html`),
  bucketKeys: ref('Reducing the cost of SSE-KMS with Amazon S3 Bucket Keys', `${S3_GUIDE}/bucket-key.html`),
  serverSideEncryptionRuleApi: ref('ServerSideEncryptionRule (Amazon S3 API Reference)', 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_ServerSideEncryptionRule.html'),
  serverSideEncryptionByDefaultApi: ref('ServerSideEncryptionByDefault (Amazon S3 API Reference)', 'https://docs.aws.amazon.com/goto/WebAPI/s3-2006-03-01/ServerSideEncryptionByDefault'),
  prescriptiveS3: ref('Encryption best practices for Amazon S3 (AWS Prescriptive Guidance)', 'https://docs.aws.amazon.com/prescriptive-guidance/latest/encryption-best-practices/s3.html'),
} as const satisfies Record<string, Reference>;
