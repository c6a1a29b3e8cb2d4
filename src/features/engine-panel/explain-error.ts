// AWS exception names in plain words, for learners. The engine's own message (AWS's wording) is shown
// beside these, so each explanation says what the name means, not what this request was.

const PLAIN_WORDS: Record<string, string> = {
  DisabledException: 'This key is disabled, so KMS refuses to use it. Enable the key and try again.',
  ValidationException: 'KMS refused the request before doing any work: an input breaks a rule of the API.',
  InvalidCiphertextException:
    'The ciphertext, or the encryption context given with it, is not what was encrypted. Decrypt needs the exact same encryption context.',
  NotFoundException: 'KMS found no such key in this Region.',
  AccessDeniedException:
    'The ciphertext names a key that does not exist in this Region (KMS keys never leave their Region), or you may not use it.',
  KMSInvalidStateException: 'The key is in a state that does not allow this operation.',
  IncorrectKeyException: 'The ciphertext was made under a different key than the one named.',
  KMSInternalException: 'Something failed inside KMS itself, here the HSM in its Web Worker.',
  SerializationException: 'A request member had the wrong type.',
  EngineNotReady: 'The KMS engine is still starting.',
};

export function explainError(name: string): string {
  return PLAIN_WORDS[name] ?? 'KMS refused the request.';
}
