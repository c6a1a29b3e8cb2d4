// What an AWS exception means, in plain words, for the console's messages. KMS's own message (AWS's
// wording) is shown beside it, so these say what the name means rather than what this request was.

const MEANINGS: Record<string, string> = {
  DisabledException: 'The key is disabled, so KMS refuses to use it for cryptography. Enable the key and try again.',
  KMSInvalidStateException: 'The key is in a state that does not allow this operation (for example, it is pending deletion).',
  InvalidCiphertextException: 'The ciphertext, or the encryption context sent with it, is not what was encrypted. Decrypt needs exactly the same encryption context.',
  IncorrectKeyException: 'The ciphertext was encrypted under a different key than this one.',
  NotFoundException: 'KMS found no such key or alias in this Region.',
  AlreadyExistsException: 'That name is already taken in this Region: alias names are unique per account and Region.',
  InvalidAliasNameException: 'The alias name breaks the naming rules.',
  NotAuthorizedException: 'This name or action is reserved for AWS.',
  MalformedPolicyDocumentException: 'KMS rejected the key policy: it is not a valid policy document (bad JSON, a missing element or a principal that does not exist).',
  LimitExceededException: 'A KMS quota was reached (keys, aliases, tags, rotations or policy size).',
  TagException: 'A tag breaks the tagging rules (tag keys 1–128 characters, values up to 256, no aws: prefix).',
  ValidationException: 'KMS refused the request before doing any work: a value breaks a rule of the API.',
  UnsupportedOperationException: 'This key cannot do that operation.',
  ConflictException: 'Another change to this key is due or under way. Try again later.',
  AccessDeniedException: 'The acting identity is not allowed to do this with this key (key policy, IAM policy or grant).',
  DependencyTimeoutException: 'KMS could not reach what it depends on in time. Try again.',
  KMSInternalException: 'Something failed inside KMS itself.',
  ThrottlingException: 'Too many requests: KMS throttled this one. Try again.',
  EngineNotReady: 'The KMS engine is still starting.',
};

export function meaningOf(exceptionName: string): string {
  return MEANINGS[exceptionName] ?? 'KMS refused the request.';
}
