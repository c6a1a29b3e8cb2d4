// One sentence for each command, and an example for the ones lessons lean on. Written for KMS Lab
// (short, in our words); the option lists come from the engine's request shapes, not from here.

export const DESCRIPTIONS: Record<string, string> = {
  CreateKey: 'Creates a KMS key (symmetric encryption, SYMMETRIC_DEFAULT, in KMS Lab) and returns its metadata.',
  DescribeKey: 'Shows a KMS key\'s metadata: ARN, state, key spec, usage, creation and deletion dates.',
  ListKeys: 'Lists the key IDs and ARNs of the KMS keys in the Region.',
  UpdateKeyDescription: 'Replaces the description of a KMS key.',
  EnableKey: 'Enables a disabled KMS key so it can be used in cryptographic operations again.',
  DisableKey: 'Disables a KMS key; Encrypt and Decrypt then fail with DisabledException.',
  ScheduleKeyDeletion: 'Schedules a KMS key for deletion after a waiting period of 7–30 days (default 30).',
  CancelKeyDeletion: 'Cancels a scheduled deletion; the key returns in the Disabled state.',
  Encrypt: 'Encrypts up to 4096 bytes of data under a symmetric KMS key and returns the ciphertext blob.',
  Decrypt: 'Decrypts a ciphertext blob made by Encrypt or GenerateDataKey; the blob names its KMS key.',
  ReEncrypt: 'Decrypts a ciphertext and encrypts it again under another KMS key, without exposing the plaintext.',
  GenerateDataKey: 'Returns a data key in plaintext and encrypted under a KMS key, for envelope encryption.',
  GenerateDataKeyWithoutPlaintext: 'Returns only the encrypted copy of a new data key.',
  GenerateRandom: 'Returns random bytes from the HSM.',
  CreateAlias: 'Creates an alias (alias/name) for a KMS key.',
  UpdateAlias: 'Points an existing alias at another KMS key.',
  DeleteAlias: 'Deletes an alias; the KMS key is not affected.',
  ListAliases: 'Lists the aliases in the Region, or those of one KMS key.',
  EnableKeyRotation: 'Turns on automatic rotation of the key material (every 365 days by default).',
  DisableKeyRotation: 'Turns off automatic rotation of the key material.',
  GetKeyRotationStatus: 'Tells whether automatic rotation is enabled, its period and the next rotation date.',
  RotateKeyOnDemand: 'Rotates the key material now.',
  ListKeyRotations: 'Lists the completed rotations of a KMS key.',
  TagResource: 'Adds or replaces tags on a KMS key.',
  UntagResource: 'Removes tags from a KMS key by tag key.',
  ListResourceTags: 'Lists the tags of a KMS key.',
  GetKeyPolicy: 'Returns the key policy (the policy named "default").',
  PutKeyPolicy: 'Replaces the key policy.',
  ListKeyPolicies: 'Lists the names of a key\'s policies (always "default").',
  LookupEvents: 'Looks up CloudTrail management events of the last 90 days, newest first, by one attribute and a time range.',
};

export const EXAMPLES: Record<string, string[]> = {
  CreateKey: ['aws kms create-key --description "demo" --tags TagKey=Purpose,TagValue=Test'],
  CreateAlias: ['aws kms create-alias --alias-name alias/demo --target-key-id 1234abcd-12ab-34cd-56ef-1234567890ab'],
  Encrypt: [
    'echo -n "Hello, KMS" > plaintext.txt',
    'aws kms encrypt --key-id alias/demo --plaintext fileb://plaintext.txt --output text --query CiphertextBlob | base64 --decode > ciphertext.bin',
  ],
  Decrypt: ['aws kms decrypt --ciphertext-blob fileb://ciphertext.bin --output text --query Plaintext | base64 --decode'],
  GenerateDataKey: ['aws kms generate-data-key --key-id alias/demo --key-spec AES_256 --encryption-context purpose=demo'],
  ScheduleKeyDeletion: ['aws kms schedule-key-deletion --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --pending-window-in-days 7'],
  LookupEvents: ['aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=Encrypt --max-results 5'],
  DescribeKey: ['aws kms describe-key --key-id alias/demo --output table'],
  ListAliases: ["aws kms list-aliases --query 'Aliases[?starts_with(AliasName, `alias/demo`)].TargetKeyId' --output text"],
};

export const BLOB_NOTE =
  'Blob values: AWS CLI v2 reads a plain value as base64 text. To pass a file\'s raw bytes, use fileb://file ' +
  '(the usual way: --plaintext fileb://plaintext.txt, --ciphertext-blob fileb://ciphertext.bin). file://x reads a file as text. ' +
  'Output blobs are base64; pipe `--output text --query CiphertextBlob` into `base64 --decode` to get the bytes.';
