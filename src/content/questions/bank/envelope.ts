// Envelope encryption, the 4 KB limit of Encrypt, data keys, and the encryption context.

import { DOCS } from '../references';
import type { Question } from '../types';

export const envelope: Question[] = [
  {
    id: 'encrypt-large-file-fails',
    type: 'single',
    stem:
      'A developer passes a 10 MB PDF to the KMS `Encrypt` operation with a symmetric customer managed key, and the call fails with a `ValidationException`. ' +
      'The PDF must be stored encrypted under that KMS key. What should the developer do?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'Split the PDF into 4 KB chunks and call `Encrypt` once per chunk.',
        correct: false,
        explanation: 'About 2,500 KMS calls per file would work, slowly and expensively, and use up the shared request quota. It is not how KMS is meant to be used for bulk data.',
      },
      {
        id: 'b',
        text: 'Create an RSA_4096 KMS key and encrypt the PDF with it.',
        correct: false,
        explanation: 'Asymmetric keys accept even less: an RSA_4096 key with RSAES_OAEP_SHA_256 takes at most 446 bytes.',
      },
      {
        id: 'c',
        text: 'Request a higher quota for `Encrypt` in Service Quotas.',
        correct: false,
        explanation: 'Quotas limit requests per second, not payload size. The 4,096-byte plaintext limit is part of the API and cannot be raised.',
      },
      {
        id: 'd',
        text: 'Call `GenerateDataKey`, encrypt the PDF locally with the plaintext data key, and store the encrypted data key with the encrypted PDF.',
        correct: true,
        explanation: '`Encrypt` accepts at most 4,096 bytes. Envelope encryption handles any size: the data key encrypts the file, and the KMS key protects the data key.',
      },
    ],
    topics: ['encrypt-4kb-limit', 'envelope-encryption'],
    difficulty: 'easy',
    seedClaims: ['S9', 'S10', 'S18'],
    references: [DOCS.encryptApi, DOCS.dataKeys, DOCS.enveloping],
    explanation: 'KMS encrypts at most 4 KB directly. For anything bigger, use a data key from KMS and encrypt locally: that is envelope encryption.',
  },
  {
    id: 'generate-data-key-returns',
    type: 'single',
    stem: 'An application calls the KMS `GenerateDataKey` operation with `KeySpec` set to `AES_256` and a symmetric KMS key. What does the response contain?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'A handle to a data key that stays inside KMS and is used in later `Encrypt` calls.',
        correct: false,
        explanation: 'KMS does not keep data keys or perform operations with them. The data key is returned to you for use outside KMS.',
      },
      {
        id: 'b',
        text: 'The KMS key\'s own key material, encrypted under a public key the caller supplies.',
        correct: false,
        explanation: 'KMS key material never leaves KMS. A data key is a fresh random key, unrelated to the KMS key\'s material.',
      },
      {
        id: 'c',
        text: 'A 256-bit data key in plaintext, and a copy of the same data key encrypted under the KMS key.',
        correct: true,
        explanation: 'The plaintext copy is for immediate use; the encrypted copy is the one you store with the data.',
      },
      {
        id: 'd',
        text: 'Only the data key encrypted under the KMS key.',
        correct: false,
        explanation: 'That is what `GenerateDataKeyWithoutPlaintext` returns. `GenerateDataKey` also returns the plaintext.',
      },
    ],
    topics: ['data-keys'],
    difficulty: 'easy',
    seedClaims: ['S12'],
    references: [DOCS.generateDataKeyApi, DOCS.dataKeys],
    explanation: 'GenerateDataKey gives you two copies of one new key: plaintext to use now, ciphertext to store.',
  },
  {
    id: 'envelope-encryption-steps',
    type: 'multiple',
    stem:
      'A developer is writing client-side code to encrypt files before uploading them to Amazon S3, using envelope encryption with a KMS key. ' +
      'Which THREE steps belong in a correct implementation? (Select THREE.)',
    selectCount: 3,
    options: [
      {
        id: 'a',
        text: 'Download the KMS key\'s material so the files can be decrypted offline.',
        correct: false,
        explanation: 'KMS key material cannot be exported. Offline decryption is neither possible nor wanted; KMS stays in the path so that every use is authorized and logged.',
      },
      {
        id: 'b',
        text: 'Save the plaintext data key in a DynamoDB table so the file can be decrypted without calling KMS.',
        correct: false,
        explanation: 'A stored plaintext data key bypasses the KMS key\'s access control and audit trail entirely.',
      },
      {
        id: 'c',
        text: 'Call `GenerateDataKey` and encrypt the file locally with the plaintext data key.',
        correct: true,
        explanation: 'This is the core of envelope encryption: the bulk data never goes to KMS; a data key does the work locally.',
      },
      {
        id: 'd',
        text: 'To read a file back, send the encrypted file to the KMS `Decrypt` operation.',
        correct: false,
        explanation: 'You send the encrypted data key to `Decrypt`, not the file. The file is decrypted locally with the returned plaintext data key.',
      },
      {
        id: 'e',
        text: 'Store the encrypted data key together with the encrypted file, for example in the object\'s metadata or header.',
        correct: true,
        explanation: 'Keeping the encrypted data key with the data means whoever can read the object and call `Decrypt` on the KMS key can read the data later.',
      },
      {
        id: 'f',
        text: 'Remove the plaintext data key from memory as soon as the file is encrypted.',
        correct: true,
        explanation: 'The plaintext data key is the one secret that unlocks the file. Keep it in memory for as short a time as possible.',
      },
    ],
    topics: ['envelope-encryption', 'data-keys'],
    difficulty: 'medium',
    seedClaims: ['S13', 'S14', 'S15', 'S18'],
    references: [DOCS.dataKeys, DOCS.clientSideEncryption, DOCS.enveloping],
    explanation: 'Generate, encrypt locally, wipe the plaintext key, store the encrypted key with the data; to read, Decrypt the data key and decrypt locally.',
  },
  {
    id: 'control-plane-never-sees-data-key',
    type: 'single',
    stem:
      'In a multi-tenant platform, a provisioning component creates storage containers and attaches an encrypted data key to each one. ' +
      'Later, a separate worker component decrypts that data key and encrypts tenant data into the container. The provisioning component must never hold a plaintext data key. ' +
      'Which KMS operation should the provisioning component call?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: '`GenerateDataKeyWithoutPlaintext`',
        correct: true,
        explanation: 'It returns only the encrypted copy of a new data key, so the provisioning component never sees key material. The worker calls `Decrypt` when it needs the key.',
      },
      {
        id: 'b',
        text: '`ReEncrypt` on an empty ciphertext',
        correct: false,
        explanation: '`ReEncrypt` re-wraps existing ciphertext under another key. It does not create data keys.',
      },
      {
        id: 'c',
        text: '`GenerateRandom`, then `Encrypt` on the random bytes',
        correct: false,
        explanation: 'The component would hold the random bytes, which are the plaintext key, before encrypting them.',
      },
      {
        id: 'd',
        text: '`GenerateDataKey`, discarding the plaintext copy immediately',
        correct: false,
        explanation: 'The plaintext still reaches the provisioning component, which the requirement forbids. Do not ask for what you must not have.',
      },
    ],
    topics: ['data-keys'],
    difficulty: 'medium',
    seedClaims: ['S12', 'S11'],
    references: [DOCS.generateDataKeyWithoutPlaintextApi, DOCS.dataKeys],
    explanation: 'Use GenerateDataKeyWithoutPlaintext when a component must prepare keys it will not use itself.',
  },
  {
    id: 'data-key-caching-for-throttling',
    type: 'single',
    stem:
      'A telemetry service encrypts millions of small messages per hour with envelope encryption and calls `GenerateDataKey` for every message. It now receives `ThrottlingException` from KMS. ' +
      'The security policy allows one data key to protect up to 10,000 messages or 5 minutes of traffic. Which change is MOST effective?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'Call `Encrypt` on each message directly instead of generating data keys.',
        correct: false,
        explanation: '`Encrypt` draws on the same shared quota for symmetric cryptographic operations, so the call count and the throttling stay the same.',
      },
      {
        id: 'b',
        text: 'Use the data key caching feature of the AWS Encryption SDK with limits of 10,000 messages and 5 minutes per data key.',
        correct: true,
        explanation: 'Reusing a data key within the allowed limits cuts GenerateDataKey calls by orders of magnitude. AWS suggests exactly this when the GenerateDataKey quota is the bottleneck.',
      },
      {
        id: 'c',
        text: 'Create one KMS key per message type so that each key has its own quota.',
        correct: false,
        explanation: 'The symmetric cryptographic quota is shared by all keys of the account in the Region. More keys do not add capacity.',
      },
      {
        id: 'd',
        text: 'Retry throttled calls immediately, without delay, until they succeed.',
        correct: false,
        explanation: 'Immediate retries add load and make throttling worse. If you retry, use exponential backoff, but the fix here is to make fewer calls.',
      },
    ],
    topics: ['envelope-encryption', 'quotas-throttling'],
    difficulty: 'hard',
    seedClaims: ['S10'],
    references: [DOCS.requestQuotas, DOCS.dataKeyCaching],
    explanation: 'When GenerateDataKey calls hit the quota, reuse data keys within safe limits (data key caching) rather than spreading calls across keys.',
  },
  {
    id: 'encryption-context-basics',
    type: 'single',
    stem:
      'A team is adding an encryption context to its KMS `Encrypt` and `Decrypt` calls. Which statement about the encryption context is correct?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'It is encrypted along with the data, so it never appears in CloudTrail.',
        correct: false,
        explanation: 'The encryption context is not encrypted. It appears in plaintext in CloudTrail, which is what makes it useful for audit.',
      },
      {
        id: 'b',
        text: 'It is a set of non-secret key–value pairs bound to the ciphertext as additional authenticated data; the same context must be supplied to decrypt.',
        correct: true,
        explanation: 'KMS binds the context to the ciphertext cryptographically. A different context on Decrypt makes the call fail.',
      },
      {
        id: 'c',
        text: 'It is a good place for sensitive values such as a customer\'s tax ID, because KMS protects it.',
        correct: false,
        explanation: 'Because the context is logged in the clear, it must never contain sensitive information. Describe the data instead, for example with an order ID.',
      },
      {
        id: 'd',
        text: 'It is optional on `Decrypt`: KMS ignores it if it does not match.',
        correct: false,
        explanation: 'A ciphertext made with a context can only be decrypted with exactly that context.',
      },
    ],
    topics: ['encryption-context'],
    difficulty: 'easy',
    seedClaims: ['S4'],
    references: [DOCS.encryptionContext],
    explanation: 'Encryption context: non-secret, bound to the ciphertext, logged in the clear, required again to decrypt.',
  },
  {
    id: 'tenant-isolation-with-encryption-context',
    type: 'multiple',
    stem:
      'A SaaS provider encrypts each tenant\'s records with one shared KMS key. Auditors want CloudTrail to show which tenant every `Decrypt` call was for, ' +
      'and each tenant\'s service role must be able to decrypt only that tenant\'s records. Which TWO measures meet these requirements? (Select TWO.)',
    selectCount: 2,
    options: [
      {
        id: 'a',
        text: 'Rotate the shared KMS key whenever a tenant is added.',
        correct: false,
        explanation: 'Rotation changes key material, not who may use the key or what CloudTrail shows.',
      },
      {
        id: 'b',
        text: 'Include the tenant ID in the encryption context when encrypting and decrypting each record.',
        correct: true,
        explanation: 'The context appears in every CloudTrail record in plaintext, and a record encrypted for one tenant cannot be decrypted with another tenant\'s context.',
      },
      {
        id: 'c',
        text: 'Put the tenant ID inside the plaintext of each record.',
        correct: false,
        explanation: 'Plaintext never reaches CloudTrail and is not checked by KMS, so neither requirement is met.',
      },
      {
        id: 'd',
        text: 'Enable CloudTrail data events for KMS to capture the tenant of each call.',
        correct: false,
        explanation: 'KMS calls are management events and are logged by default. What makes the tenant visible is the encryption context in the request.',
      },
      {
        id: 'e',
        text: 'Add a `kms:EncryptionContext:tenant` condition to each role\'s permissions so that it may decrypt only with its own tenant ID.',
        correct: true,
        explanation: 'The condition key allows the operation only when the request carries the expected context pair, so a role cannot use another tenant\'s context.',
      },
    ],
    topics: ['encryption-context', 'key-policies-iam-grants', 'cloudtrail-audit'],
    difficulty: 'hard',
    seedClaims: ['S4', 'S7'],
    references: [DOCS.encryptionContext, DOCS.conditionKeys],
    explanation: 'The encryption context gives you both audit (it is logged) and authorization (policy conditions can require it).',
  },
  {
    id: 'encryption-context-case-mismatch',
    type: 'single',
    stem:
      'A record was encrypted with the encryption context `{"project":"Alpha","dept":"eng"}`. A batch job calls `Decrypt` on it with `{"dept":"eng","project":"alpha"}` and gets `InvalidCiphertextException`. ' +
      'The key is enabled and the job has permission to use it. What is the cause?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'The pairs are in a different order than when the record was encrypted.',
        correct: false,
        explanation: 'Order does not matter; KMS compares the set of pairs.',
      },
      {
        id: 'b',
        text: 'The job did not pass the `KeyId` parameter, which `Decrypt` requires.',
        correct: false,
        explanation: 'For symmetric ciphertext, `KeyId` is optional: the ciphertext itself says which key made it.',
      },
      {
        id: 'c',
        text: 'The value `alpha` does not match `Alpha`: the context must match exactly, including case, although the order of the pairs does not matter.',
        correct: true,
        explanation: 'KMS requires an exact, case-sensitive match of keys and values. Pair order is irrelevant.',
      },
      {
        id: 'd',
        text: 'The key was rotated after the record was encrypted.',
        correct: false,
        explanation: 'Rotation keeps the old key material, and KMS uses it automatically to decrypt older ciphertext.',
      },
    ],
    topics: ['encryption-context'],
    difficulty: 'medium',
    seedClaims: ['S4'],
    references: [DOCS.encryptionContext],
    explanation: 'An InvalidCiphertextException on Decrypt with a context often means the context differs, even by one character or its case.',
  },
  {
    id: 'why-envelope-encryption',
    type: 'single',
    stem:
      'A team lead asks why the architecture uses envelope encryption for large datasets instead of sending all the data to KMS. What is the main benefit?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'Large data is encrypted locally and fast with a data key; only the small data key goes to KMS, where the KMS key protects it.',
        correct: true,
        explanation: 'You avoid sending bulk data over the network to KMS and avoid the 4 KB limit, while the KMS key still controls and audits access to each data key.',
      },
      {
        id: 'b',
        text: 'Envelope encryption means nothing has to be stored alongside the encrypted data.',
        correct: false,
        explanation: 'The encrypted data key must be stored with the data; without it the data cannot be decrypted.',
      },
      {
        id: 'c',
        text: 'Envelope encryption lets the KMS key be exported and used offline.',
        correct: false,
        explanation: 'KMS keys are never exported, with or without envelope encryption.',
      },
      {
        id: 'd',
        text: 'Envelope encryption removes the need for IAM or key policy permissions.',
        correct: false,
        explanation: 'Decrypting the data key still requires permission on the KMS key; that is what keeps the data protected.',
      },
    ],
    topics: ['envelope-encryption'],
    difficulty: 'easy',
    seedClaims: ['S18', 'S10'],
    references: [DOCS.enveloping, DOCS.dataKeys],
    explanation: 'Envelope encryption = data encrypted by a data key, data key encrypted by a KMS key.',
  },
  {
    id: 'kms-does-not-store-data-keys',
    type: 'single',
    stem:
      'During a design review, an engineer proposes deleting the encrypted data keys stored next to encrypted files "because KMS keeps a copy of every data key it generates". What is the correct response?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'Correct, but only for data keys generated after automatic rotation was enabled.',
        correct: false,
        explanation: 'Rotation concerns the KMS key\'s material. It does not make KMS remember data keys.',
      },
      {
        id: 'b',
        text: 'The files can still be decrypted by passing them to `Decrypt` with the KMS key ID.',
        correct: false,
        explanation: '`Decrypt` takes KMS ciphertext of at most 6,144 bytes, such as an encrypted data key. It cannot decrypt files that a data key encrypted.',
      },
      {
        id: 'c',
        text: 'Correct: KMS keeps every data key, and `ListDataKeys` returns them.',
        correct: false,
        explanation: 'There is no such operation, and KMS does not keep data keys.',
      },
      {
        id: 'd',
        text: 'KMS does not store, manage or track data keys; without the stored encrypted data key, the files cannot be decrypted.',
        correct: true,
        explanation: 'KMS generates, encrypts and decrypts data keys but keeps none of them. The encrypted copy next to the data is the only one.',
      },
    ],
    topics: ['data-keys'],
    difficulty: 'medium',
    seedClaims: ['S11', 'S14'],
    references: [DOCS.dataKeys],
    explanation: 'Store the encrypted data key with the data. KMS will not remember it for you.',
  },
  {
    id: 'rotation-and-stored-data-keys',
    type: 'single',
    stem:
      'A company enabled automatic rotation on the customer managed key that encrypts its data keys. An engineer plans a yearly job that decrypts and re-encrypts every stored data key after each rotation. ' +
      'Is the job needed?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'No. KMS keeps all previous key material of the key and automatically uses the right one to decrypt; new data keys are encrypted under the newest material.',
        correct: true,
        explanation: 'Rotation is transparent to callers: the ciphertext names its key material, and KMS keeps every version until the key itself is deleted.',
      },
      {
        id: 'b',
        text: 'No, because rotation does not change the key material at all; it only updates the key\'s metadata.',
        correct: false,
        explanation: 'Rotation does create new key material. What stays the same is the key ID, ARN, policy and aliases.',
      },
      {
        id: 'c',
        text: 'Yes. Data keys encrypted before a rotation can no longer be decrypted.',
        correct: false,
        explanation: 'That would make rotation unusable. Old material is retained precisely so that old ciphertext still decrypts.',
      },
      {
        id: 'd',
        text: 'Yes. KMS deletes old key material 30 days after each rotation.',
        correct: false,
        explanation: 'Old key material is kept for the life of the key; it is deleted only when the key is deleted.',
      },
    ],
    topics: ['rotation', 'data-keys'],
    difficulty: 'medium',
    seedClaims: ['S16'],
    references: [DOCS.rotatingKeysEnable, DOCS.rotateKeys],
    explanation: 'After rotation, old ciphertext still decrypts without any change; you do not need to re-encrypt data or data keys.',
  },
  {
    id: 'what-fits-in-encrypt',
    type: 'multiple',
    stem:
      'A team wants to use the KMS `Encrypt` operation with a symmetric KMS key directly, without envelope encryption, wherever that is possible. ' +
      'Which TWO items can it encrypt this way? (Select TWO.)',
    selectCount: 2,
    options: [
      {
        id: 'a',
        text: 'An 8 KB JSON configuration document',
        correct: false,
        explanation: '8 KB is twice the 4,096-byte limit, so `Encrypt` rejects it. Use a data key.',
      },
      {
        id: 'b',
        text: 'A 1 GB database backup',
        correct: false,
        explanation: 'Far beyond the limit. Encrypt it locally with a data key and store the encrypted data key with it.',
      },
      {
        id: 'c',
        text: 'A 50 MB video file',
        correct: false,
        explanation: 'Far beyond the limit; this needs envelope encryption.',
      },
      {
        id: 'd',
        text: 'A 256-bit (32-byte) key that the application uses elsewhere',
        correct: true,
        explanation: '32 bytes is far below the 4,096-byte limit; encrypting other keys is a common use of `Encrypt`.',
      },
      {
        id: 'e',
        text: 'A 2 KB database password file',
        correct: true,
        explanation: 'Small secrets up to 4,096 bytes are exactly what `Encrypt` is for.',
      },
    ],
    topics: ['encrypt-4kb-limit'],
    difficulty: 'easy',
    seedClaims: ['S9'],
    references: [DOCS.encryptApi],
    explanation: 'Encrypt takes 1 to 4,096 bytes. Passwords and keys fit; files and backups need envelope encryption.',
  },
  {
    id: 'envelope-read-path',
    type: 'single',
    stem:
      'An application stores each document encrypted with envelope encryption: the encrypted data key is kept in the document\'s header. Which sequence correctly reads a document back?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'Call `GenerateDataKey` again to obtain the same data key, then decrypt the document locally.',
        correct: false,
        explanation: '`GenerateDataKey` returns a new random key every time; it can never reproduce the key that encrypted the document.',
      },
      {
        id: 'b',
        text: 'Send the whole encrypted document to the KMS `Decrypt` operation.',
        correct: false,
        explanation: 'The document was encrypted locally with a data key, not by KMS, and `Decrypt` takes at most 6,144 bytes of KMS ciphertext.',
      },
      {
        id: 'c',
        text: 'Send the encrypted data key to the KMS `Decrypt` operation, decrypt the document locally with the returned plaintext key, then erase that key from memory.',
        correct: true,
        explanation: 'Only the small encrypted data key goes to KMS; KMS checks the caller\'s permission and logs the call, and the plaintext key lives only as long as it is needed.',
      },
      {
        id: 'd',
        text: 'Call `ReEncrypt` on the document to receive its plaintext.',
        correct: false,
        explanation: '`ReEncrypt` moves ciphertext from one KMS key to another inside KMS and never returns plaintext.',
      },
    ],
    topics: ['envelope-encryption', 'data-keys'],
    difficulty: 'medium',
    seedClaims: ['S15', 'S13', 'S14'],
    references: [DOCS.dataKeys, DOCS.clientSideEncryption, DOCS.reEncryptApi],
    explanation: 'Reading envelope-encrypted data: Decrypt the data key with KMS, decrypt the data locally, wipe the plaintext key.',
  },
];
