// AWS exception names in plain words, for what the cluster view provokes: faults and quotas. The
// engine's own message (AWS's wording) and its detail are shown beside these.

const PLAIN_WORDS: Record<string, string> = {
  KMSInternalException:
    'KMS could not finish the request inside its own infrastructure: here, too few Availability Zones of the Region are reachable. It is safe to retry once an AZ returns.',
  ThrottlingException:
    'You called KMS faster than the Region’s request quota allows. Slow down, retry with backoff, cache data keys, or ask for a quota increase.',
  NotFoundException: 'KMS found no such key in this Region.',
  DisabledException: 'This key is disabled, so KMS refuses to use it.',
  InvalidCiphertextException: 'The ciphertext, or its encryption context, is not what was encrypted.',
  AccessDeniedException: 'The ciphertext names a key that is not in this Region (keys never leave their Region), or you may not use it.',
  EngineNotReady: 'The KMS engine is still starting.',
};

export function explainError(name: string): string {
  return PLAIN_WORDS[name] ?? 'KMS refused the request.';
}
