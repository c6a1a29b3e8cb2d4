// Where a refused request stops, and what the refusal teaches. The engine names the stage in
// request.failed; this maps it to the place on the canvas and to a caption about that place.

import type { Caption } from './captions';
import type { FailureStage, FlowNodeId } from './types';

/** The node where each stage of the pipeline runs: a refusal there ends the request's path there. */
export const STAGE_NODE: Record<FailureStage, FlowNodeId> = {
  throttling: 'kms-endpoint',
  validation: 'kms-endpoint',
  authorization: 'authorization',
  availability: 'kms-endpoint',
  'key-resolution': 'storage',
  'key-state': 'storage',
  hsm: 'hsm',
  storage: 'storage',
};

const STAGE_WORDS: Record<FailureStage, string> = {
  throttling: 'at the endpoint, by the request quota',
  validation: 'at the endpoint, by input validation',
  authorization: 'by authorization',
  availability: 'at the endpoint: no Availability Zone could serve it',
  'key-resolution': 'while looking up the key',
  'key-state': 'at the key state check',
  hsm: 'inside the HSM',
  storage: 'while writing to durable storage',
};

export const stageWords = (stage: FailureStage): string => STAGE_WORDS[stage];

const LESSON: Partial<Record<string, { text: string; claims: string[] }>> = {
  ValidationException: {
    text: 'Encrypt takes at most 4,096 bytes of plaintext. To protect more, get a data key with GenerateDataKey and encrypt the data yourself.',
    claims: ['S9', 'S10'],
  },
  DisabledException: {
    text: 'A disabled key refuses every cryptographic call, and nothing reaches the HSM. Disabling is the reversible way to stop all use of a key.',
    claims: [],
  },
  KMSInvalidStateException: { text: 'The key’s state (pending deletion, for one) does not allow this call; nothing reaches the HSM.', claims: [] },
  NotFoundException: { text: 'No key by that name exists in this Region. Keys are regional: a key of another Region is invisible here.', claims: [] },
  InvalidCiphertextException: {
    text: 'AES-GCM authentication failed inside the HSM: the ciphertext or the encryption context is not exactly what was encrypted. The context is bound to the ciphertext, so it must match pair for pair.',
    claims: [],
  },
  ThrottlingException: {
    text: 'The Region’s request quota for cryptographic calls is used up for this second. Back off and retry, or cache data keys so that you call KMS less often.',
    claims: [],
  },
  IncorrectKeyException: { text: 'The ciphertext was sealed under a different key than the one the request named.', claims: [] },
  KMSInternalException: { text: 'KMS could not serve the request (here: its Availability Zones are down). The call can be retried.', claims: ['S3'] },
  AccessDeniedException: { text: 'The caller may not use this key, or the ciphertext names a key this Region does not have.', claims: [] },
};

export function refusalCaption(stage: FailureStage, errorName: string, message: string): Caption {
  const lesson = LESSON[errorName];
  const text = message.trim();
  const said = text === '' ? '' : ` AWS says: “${text}”${/[.!?]$/.test(text) ? '' : '.'}`;
  return {
    title: `Refused: ${errorName}`,
    caption: `KMS stops the request ${STAGE_WORDS[stage]} with ${errorName}.${said}${lesson ? ` ${lesson.text}` : ''}`,
    claims: lesson?.claims ?? [],
  };
}

export function errorResponseCaption(errorName: string, stage: FailureStage): Caption {
  return {
    title: `${errorName} to the app`,
    caption: `The app receives ${errorName}. The request went no further than ${STAGE_NODE_NAMES[STAGE_NODE[stage]]}, and it changed nothing.`,
    claims: [],
  };
}

const STAGE_NODE_NAMES: Record<FlowNodeId, string> = {
  app: 'the app',
  'kms-endpoint': 'the KMS endpoint',
  authorization: 'authorization',
  hsm: 'the HSM',
  storage: 'the key lookup',
  cloudtrail: 'CloudTrail',
  'data-store': 'the data store',
};
