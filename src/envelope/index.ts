// The envelope layer's public face: what an application does with a KMS data key outside KMS.
// FORMAT.md documents the package these functions write and read.

export { encryptFile, type EncryptFileOptions, type EncryptFileResult } from './encrypt';
export { decryptFile, readPackageHeader, type DecryptFileOptions, type DecryptFileResult, type PackageHeader } from './decrypt';
export { EnvelopeError, isEnvelopeError, type EnvelopeErrorCode } from './errors';
export type { EnvelopeEvent, EnvelopeMode, EnvelopeProgress } from './events';
export type { EnvelopeKmsClient } from './data-key';
export type { EnvelopeCallOptions } from './options';
export type { EnvelopeInput, SliceableInput } from './source';
export { DEFAULT_CONCURRENCY, MAX_CONCURRENCY } from './options';
export {
  DEFAULT_FRAME_SIZE,
  MIN_FRAME_SIZE,
  MAX_FRAME_SIZE,
  FORMAT_VERSION,
  FRAME_OVERHEAD,
  MAX_HEADER_BYTES,
  type EncryptionContext,
} from './format';
