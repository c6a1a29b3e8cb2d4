// AWS KMS exception names in plain words, for learners: one table for every view that shows a failed
// request (engine panel, key console, cluster view, …). KMS's own message (AWS's wording) and the
// engine's detail are shown beside these, so each entry says what the name means, not what one
// request was.

const MEANINGS: Readonly<Record<string, string>> = {
  DisabledException: 'The key is disabled, so KMS refuses to use it for cryptography. Enable the key and try again.',
  KMSInvalidStateException: 'The key is in a state that does not allow this operation (for example, it is pending deletion).',
  InvalidCiphertextException:
    'The ciphertext, or the encryption context sent with it, is not what was encrypted. Decrypt needs exactly the same encryption context.',
  IncorrectKeyException: 'The ciphertext was encrypted under a different key than the one named.',
  NotFoundException: 'KMS found no such key or alias in this Region.',
  AlreadyExistsException: 'That name is already taken in this Region: alias names are unique per account and Region.',
  InvalidAliasNameException: 'The alias name breaks the naming rules.',
  NotAuthorizedException: 'This name or action is reserved for AWS.',
  MalformedPolicyDocumentException:
    'KMS rejected the key policy: it is not a valid policy document (bad JSON, a missing element or a principal that does not exist).',
  LimitExceededException: 'A KMS quota was reached (keys, aliases, tags, rotations or policy size).',
  TagException: 'A tag breaks the tagging rules (tag keys 1–128 characters, values up to 256, no aws: prefix).',
  ValidationException: 'KMS refused the request before doing any work: a value breaks a rule of the API.',
  SerializationException: 'A request member had the wrong type.',
  UnsupportedOperationException: 'This key cannot do that operation.',
  ConflictException: 'Another change to this key is due or under way. Try again later.',
  AccessDeniedException:
    'The ciphertext names a key that is not in this Region (KMS keys never leave their Region), or the acting identity may not use the key.',
  DependencyTimeoutException: 'KMS could not reach what it depends on in time. It is safe to retry.',
  KMSInternalException:
    'KMS could not finish the request inside its own infrastructure (in KMS Lab: too few Availability Zones of the Region are reachable, or the HSM Worker failed). It is safe to retry.',
  ThrottlingException:
    'You called KMS faster than the Region’s request quota allows. Retry with backoff, cache data keys, or ask for a quota increase.',
  EngineNotReady: 'The KMS engine is still starting.',
};

/** What an AWS KMS exception name means, in one or two plain sentences. */
export function explainException(name: string): string {
  // Own keys only: a name like 'constructor' must not find Object.prototype's.
  return Object.hasOwn(MEANINGS, name) ? MEANINGS[name]! : 'KMS refused the request.';
}
