// Where key material lives: KMS HSMs, AWS CloudHSM, and custom key stores.

import { DOCS } from '../references';
import type { Question } from '../types';

export const keyStores: Question[] = [
  {
    id: 'single-tenant-hsm-pkcs11',
    type: 'single',
    stem:
      'A company is moving an on-premises application that talks to its HSMs through the PKCS #11 standard, and its web servers offload TLS private-key operations to those HSMs. ' +
      'It needs single-tenant HSMs in AWS that only its own crypto users can administer. Which service meets these requirements?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'AWS KMS with customer managed keys',
        correct: false,
        explanation: 'KMS is multi-tenant and is used through the KMS API, not PKCS #11; it is the right default only when those interfaces are not required.',
      },
      {
        id: 'b',
        text: 'AWS Secrets Manager',
        correct: false,
        explanation: 'Secrets Manager stores secrets; it does not offer HSM interfaces or perform private-key operations.',
      },
      {
        id: 'c',
        text: 'AWS KMS with imported key material',
        correct: false,
        explanation: 'Importing changes where the key material comes from, not how applications talk to the HSM or who administers it.',
      },
      {
        id: 'd',
        text: 'AWS CloudHSM',
        correct: true,
        explanation: 'CloudHSM gives you dedicated HSMs in your VPC with PKCS #11, JCE, OpenSSL and Windows KSP/CNG interfaces, including TLS offload for web servers.',
      },
    ],
    topics: ['cloudhsm-custom-key-stores'],
    difficulty: 'medium',
    seedClaims: ['S6'],
    references: [DOCS.cloudHsmSdks, DOCS.customKeyStores],
    explanation: 'Single-tenant HSMs, PKCS #11 or TLS offload point to CloudHSM; otherwise KMS.',
  },
  {
    id: 'cloudhsm-key-store-facts',
    type: 'multiple',
    stem:
      'A company wants KMS keys that AWS services can use, with the key material kept in an AWS CloudHSM cluster it controls, so it creates a CloudHSM key store. ' +
      'Which TWO statements about this design are true? (Select TWO.)',
    selectCount: 2,
    options: [
      {
        id: 'a',
        text: 'Keys in the key store can be multi-Region keys.',
        correct: false,
        explanation: 'Multi-Region keys cannot be created in a custom key store.',
      },
      {
        id: 'b',
        text: 'The company takes on more responsibility for the availability and durability of the keys and for operating the HSMs.',
        correct: true,
        explanation: 'With a custom key store, cryptographic operations run in the company\'s own cluster, so its health is the company\'s job.',
      },
      {
        id: 'c',
        text: 'KMS rotates keys in the key store automatically once rotation is enabled.',
        correct: false,
        explanation: 'Automatic rotation is not available for keys in a custom key store.',
      },
      {
        id: 'd',
        text: 'Requests to the key store have no quota, because they run on the company\'s own HSMs.',
        correct: false,
        explanation: 'Each CloudHSM key store has its own request quota, and it is the one KMS request quota that cannot be raised.',
      },
      {
        id: 'e',
        text: 'The cluster must have at least two active HSMs in different Availability Zones to create KMS keys in the key store.',
        correct: true,
        explanation: 'KMS requires two active HSMs in different AZs for CreateKey in a CloudHSM key store, and the cluster must span private subnets in at least two AZs.',
      },
    ],
    topics: ['cloudhsm-custom-key-stores', 'quotas-throttling'],
    difficulty: 'hard',
    seedClaims: ['S6', 'S3'],
    references: [DOCS.customKeyStores, DOCS.createCloudHsmKeyStore, DOCS.requestQuotas],
    explanation: 'A CloudHSM key store buys control at the cost of operating the cluster, with fewer features (no automatic rotation, no multi-Region keys).',
  },
  {
    id: 'keys-must-stay-outside-aws',
    type: 'single',
    stem:
      'A regulator requires that an insurer\'s encryption keys be held in key managers the insurer operates outside AWS, while its data in AWS services is still encrypted through the usual KMS integrations. ' +
      'Which option meets this requirement?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'A KMS external key store backed by the insurer\'s key manager outside AWS',
        correct: true,
        explanation: 'An external key store is a custom key store whose keys stay in an external key manager; KMS forwards cryptographic requests to it.',
      },
      {
        id: 'b',
        text: 'SSE-C for all data',
        correct: false,
        explanation: 'SSE-C works only with S3 and does not integrate with other services; S3 still holds the key briefly for each request.',
      },
      {
        id: 'c',
        text: 'KMS keys with imported key material',
        correct: false,
        explanation: 'Importing puts a copy of the material into KMS, so the key is then held inside AWS.',
      },
      {
        id: 'd',
        text: 'A CloudHSM key store',
        correct: false,
        explanation: 'The keys would live in a CloudHSM cluster, which runs inside AWS.',
      },
    ],
    topics: ['cloudhsm-custom-key-stores', 'imported-key-material'],
    difficulty: 'medium',
    seedClaims: ['S8'],
    references: [DOCS.customKeyStores],
    explanation: 'Keys must never be in AWS: external key store. Keys in HSMs you control in AWS: CloudHSM key store.',
  },
  {
    id: 'where-kms-uses-key-material',
    type: 'single',
    stem: 'When an application calls `Decrypt` with a KMS key in the default key store, where is the plaintext key material of the KMS key used?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'In an Amazon S3 bucket managed by AWS',
        correct: false,
        explanation: 'KMS keeps keys only in encrypted form outside the HSMs; nothing is used from S3.',
      },
      {
        id: 'b',
        text: 'On the KMS web hosts that receive the request',
        correct: false,
        explanation: 'The front-end hosts authenticate and authorize requests and pass them to the HSMs; they never hold plaintext KMS keys.',
      },
      {
        id: 'c',
        text: 'Inside a KMS hardware security module, in memory only for the time the operation needs',
        correct: true,
        explanation: 'KMS keys are available only on the HSMs and only for as long as a request needs them.',
      },
      {
        id: 'd',
        text: 'In the AWS SDK on the application host, after it downloads the key',
        correct: false,
        explanation: 'KMS keys are never sent to clients. Only data keys are returned for use outside KMS.',
      },
    ],
    topics: ['hsm-fips', 'kms-basics'],
    difficulty: 'easy',
    seedClaims: ['S6', 'S11'],
    references: [DOCS.conceptsIntro, DOCS.designGoals],
    explanation: 'KMS keys work only inside KMS HSMs; that is the core security promise of KMS.',
  },
  {
    id: 'cloudhsm-key-store-quota',
    type: 'single',
    stem:
      'An application that uses a KMS key in a CloudHSM key store is throttled at peak. The team plans to open a request to raise the key store\'s KMS request quota. What should the solutions architect advise?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'Convert the key into a multi-Region key to spread requests across Regions.',
        correct: false,
        explanation: 'Keys cannot become multi-Region after creation, and custom key stores do not support multi-Region keys.',
      },
      {
        id: 'b',
        text: 'That quota cannot be raised; make fewer requests (for example with data key caching) or use a key in the default key store for high-volume work.',
        correct: true,
        explanation: 'All KMS request quotas are adjustable except the CloudHSM key store quota, so the design must stay within it.',
      },
      {
        id: 'c',
        text: 'Enable automatic rotation so that each key version gets its own quota.',
        correct: false,
        explanation: 'Automatic rotation is not available in custom key stores, and quotas are not per key version.',
      },
      {
        id: 'd',
        text: 'Request the increase in Service Quotas; it is approved like any other KMS quota.',
        correct: false,
        explanation: 'The CloudHSM key store request quota is the documented exception to adjustable KMS quotas.',
      },
    ],
    topics: ['cloudhsm-custom-key-stores', 'quotas-throttling'],
    difficulty: 'hard',
    seedClaims: [],
    references: [DOCS.requestQuotas],
    explanation: 'Custom key stores trade throughput and features for control; size workloads to their fixed quota.',
  },
  {
    id: 'why-default-key-store',
    type: 'multiple',
    stem:
      'A company with no requirement for single-tenant HSMs compares the KMS default key store with a CloudHSM key store for new customer managed keys. ' +
      'Which TWO are advantages of the default key store? (Select TWO.)',
    selectCount: 2,
    options: [
      {
        id: 'a',
        text: 'Keys can be exported in plaintext for offline backup.',
        correct: false,
        explanation: 'KMS never exports plaintext KMS keys, in any key store.',
      },
      {
        id: 'b',
        text: 'Only the company\'s own crypto officers can administer the HSMs.',
        correct: false,
        explanation: 'That describes CloudHSM, where you manage the crypto users. KMS HSMs are administered by AWS under quorum-based controls.',
      },
      {
        id: 'c',
        text: 'The HSMs are single-tenant and dedicated to the company.',
        correct: false,
        explanation: 'Dedicated, single-tenant HSMs are what CloudHSM offers. KMS\'s own HSMs serve many customers, with strong isolation between keys.',
      },
      {
        id: 'd',
        text: 'Symmetric keys support automatic rotation with a configurable period.',
        correct: true,
        explanation: 'Automatic rotation (90–2,560 days) is available in the default key store but not in custom key stores.',
      },
      {
        id: 'e',
        text: 'There is no HSM cluster for the company to size, operate or keep available.',
        correct: true,
        explanation: 'In the default key store, AWS runs the HSM fleet across the Region\'s Availability Zones.',
      },
    ],
    topics: ['cloudhsm-custom-key-stores', 'hsm-fips', 'rotation'],
    difficulty: 'medium',
    seedClaims: ['S6', 'S16'],
    references: [DOCS.customKeyStores, DOCS.enableKeyRotationApi, DOCS.designGoals],
    explanation: 'Default key store: no cluster to run, full feature set. Choose a custom key store only for a specific control requirement.',
  },
];
