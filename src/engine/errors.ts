// AWS KMS exceptions, by their AWS names. A failed request throws a KmsError whose `name` is the
// exception's name and whose `message` is the text AWS would send; `detail` is KMS Lab's own
// explanation for learners and never goes on the wire.

/** Exceptions the AWS model marks as server faults (HTTP 5xx, retryable). */
const SERVER_FAULTS = new Set(['KMSInternalException', 'DependencyTimeoutException', 'KeyUnavailableException']);

export type KmsExceptionName =
  | 'AccessDeniedException'
  | 'AlreadyExistsException'
  | 'ConflictException'
  | 'CustomKeyStoreNotFoundException'
  | 'DependencyTimeoutException'
  | 'DisabledException'
  | 'DryRunOperationException'
  | 'IncorrectKeyException'
  | 'InvalidAliasNameException'
  | 'InvalidArnException'
  | 'InvalidCiphertextException'
  | 'InvalidGrantTokenException'
  | 'InvalidKeyUsageException'
  | 'InvalidMarkerException'
  | 'KMSInternalException'
  | 'KMSInvalidStateException'
  | 'KeyUnavailableException'
  | 'LimitExceededException'
  | 'MalformedPolicyDocumentException'
  | 'NotAuthorizedException'
  | 'NotFoundException'
  | 'SerializationException'
  | 'TagException'
  | 'ThrottlingException'
  | 'UnknownOperationException'
  | 'UnrecognizedClientException'
  | 'UnsupportedOperationException'
  | 'ValidationException'
  // CloudTrail LookupEvents
  | 'InvalidLookupAttributesException'
  | 'InvalidTimeRangeException'
  | 'InvalidMaxResultsException'
  | 'InvalidNextTokenException'
  | 'InvalidEventCategoryException';

export class KmsError extends Error {
  override readonly name: KmsExceptionName;
  readonly fault: 'client' | 'server';
  readonly detail: string | undefined;

  constructor(name: KmsExceptionName, message: string, detail?: string) {
    super(message);
    this.name = name;
    this.fault = SERVER_FAULTS.has(name) ? 'server' : 'client';
    this.detail = detail;
  }

  /** The HTTP status AWS JSON 1.1 uses for this exception. */
  get statusCode(): number {
    return this.fault === 'server' ? 500 : 400;
  }
}

export function isKmsError(error: unknown): error is KmsError {
  return error instanceof KmsError;
}

// The texts below are AWS's (see ../../../shared/reference/kms-api.md §0 and §3); one helper each so
// that the engine never spells the same message two ways.
export const kmsErrors = {
  keyNotFound: (keyArn: string) => new KmsError('NotFoundException', `Key '${keyArn}' does not exist`),
  aliasNotFound: (aliasArn: string) => new KmsError('NotFoundException', `Alias '${aliasArn}' does not exist`),
  invalidKeyId: (keyId: string) => new KmsError('NotFoundException', `Invalid keyId ${keyId}`),
  disabled: (keyArn: string) => new KmsError('DisabledException', `${keyArn} is disabled.`),
  pendingDeletion: (keyArn: string) => new KmsError('KMSInvalidStateException', `${keyArn} is pending deletion.`),
  notPendingDeletion: (keyArn: string) =>
    new KmsError('KMSInvalidStateException', `${keyArn} is not pending deletion (or pending replica deletion).`),
  incorrectKey: () =>
    new KmsError(
      'IncorrectKeyException',
      'The key ID in the request does not identify a CMK that can perform this operation.',
      'The KeyId you named is not the key that encrypted this ciphertext. Omit KeyId, or name the key the ciphertext was made with.',
    ),
  invalidCiphertext: (detail: string) => new KmsError('InvalidCiphertextException', '', detail),
  ciphertextKeyUnknown: () =>
    new KmsError(
      'AccessDeniedException',
      'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
    ),
  dryRun: () =>
    new KmsError('DryRunOperationException', 'The request was rejected because the DryRun parameter was specified.'),
  throttled: () =>
    new KmsError('ThrottlingException', 'You have exceeded the rate at which you may call KMS. Reduce the frequency of your calls.'),
  internal: (detail: string) =>
    new KmsError('KMSInternalException', 'The request was rejected because an internal exception occurred. The request can be retried.', detail),
} as const;
