// KMS Lab package format v1: the byte layout of FORMAT.md, in code. Rule IDs (ENV-n) point there.
// Everything here is pure: building and parsing bytes, no KMS, no WebCrypto.

import { ByteReader, ByteWriter, compareBytes, fromUtf8, isWellFormed, utf8 } from './bytes';
import { EnvelopeError, needs } from './errors';

export type EncryptionContext = Record<string, string>;

export const plural = (n: number, word: string): string => (n === 1 ? word : `${word}s`);

/** ENV-1: "KMSLAB" in ASCII, then the format version byte. */
export const MAGIC = utf8('KMSLAB');
export const FORMAT_VERSION = 1;

/** ENV-2: caps on variable-length header fields, so a hostile header cannot make a reader allocate much. */
export const MAX_KEY_ARN_BYTES = 2048; // KMS's KeyId member allows at most 2048 characters
export const MAX_ENCRYPTED_DATA_KEY_BYTES = 6144; // KMS's CiphertextBlob member allows at most 6144 bytes
export const MAX_CONTEXT_BYTES = 8192; // KMS Lab's own cap on the canonical encryption context

/** ENV-4: frame size bounds and the default (FORMAT.md, "Choosing the frame size"). */
export const MIN_FRAME_SIZE = 4 * 1024;
export const MAX_FRAME_SIZE = 4 * 1024 * 1024;
export const DEFAULT_FRAME_SIZE = 256 * 1024;

export const IV_BYTES = 12;
export const TAG_BYTES = 16;
export const DATA_KEY_BYTES = 32;

/** Fixed bytes of a header besides the three variable fields: magic, version, 3 lengths, frame size, IV, tag. */
const HEADER_FIXED_BYTES = MAGIC.length + 1 + 2 + 2 + 2 + 4 + IV_BYTES + TAG_BYTES;
/** The largest header a reader will ever look at; one slice of this size reads any valid header. */
export const MAX_HEADER_BYTES = HEADER_FIXED_BYTES + MAX_KEY_ARN_BYTES + MAX_ENCRYPTED_DATA_KEY_BYTES + MAX_CONTEXT_BYTES;

/** ENV-7: a frame record is sequence number (u32), kind (u8), plaintext length (u32), IV, ciphertext, tag. */
export const FRAME_HEAD_BYTES = 4 + 1 + 4 + IV_BYTES;
export const FRAME_OVERHEAD = FRAME_HEAD_BYTES + TAG_BYTES;
export const FRAME_REGULAR = 0x00;
export const FRAME_FINAL = 0x01;
/** ENV-10: at most 2^32 − 1 frames, so one data key never seals more than 2^32 messages under random IVs. */
export const MAX_FRAMES = 2 ** 32 - 1;

/** ENV-9: the number of frames for a plaintext; an empty plaintext still has one (empty, final) frame. */
export const frameCountFor = (plaintextBytes: number, frameSize: number): number => Math.max(1, Math.ceil(plaintextBytes / frameSize));

// ---- Encryption context (ENV-3) ---------------------------------------------------------------

/**
 * The canonical encoding: pair count (u16), then per pair key length (u16), key, value length (u16),
 * value, all UTF-8, sorted by the bytes of the key. Same layout the engine binds as AAD, so one
 * context has exactly one encoding and {"a":"bc"} never collides with {"ab":"c"}.
 */
export function encodeContext(context: EncryptionContext): Uint8Array<ArrayBuffer> {
  const pairs = Object.entries(context)
    .map(([key, value]) => [utf8(key), utf8(value)] as const)
    .sort(([a], [b]) => compareBytes(a, b));
  const writer = new ByteWriter().u16(pairs.length);
  for (const [key, value] of pairs) writer.prefixed16(key).prefixed16(value);
  return writer.finish();
}

/** Checks a caller's encryption context: a plain object of well-formed strings within the cap. */
export function checkContext(context: unknown): EncryptionContext {
  /* Precondition: the encryption context is a plain object of string values. */
  needs(
    typeof context === 'object' && context !== null && !Array.isArray(context),
    'INVALID_ARGUMENT',
    'The encryption context must be an object of string keys and string values.',
  );
  for (const [key, value] of Object.entries(context)) {
    needs(typeof value === 'string', 'INVALID_ARGUMENT', `Encryption context value for '${key}' must be a string.`);
    needs(isWellFormed(key) && isWellFormed(value), 'INVALID_ARGUMENT', `Encryption context pair '${key}' is not well-formed Unicode.`);
  }
  const encoded = encodeContext(context as EncryptionContext);
  /* Precondition: the encoded encryption context fits the header's cap. */
  needs(
    encoded.length <= MAX_CONTEXT_BYTES,
    'INVALID_ARGUMENT',
    `The encryption context encodes to ${encoded.length} bytes; a package holds at most ${MAX_CONTEXT_BYTES}.`,
  );
  return { ...(context as EncryptionContext) };
}

/** Parses a canonical context section; anything non-canonical is a malformed header. */
export function decodeContext(bytes: Uint8Array): EncryptionContext {
  const malformed = (why: string) => new EnvelopeError('MALFORMED_HEADER', `The header's encryption context is malformed: ${why}.`);
  const reader = new ByteReader(bytes, (field) => malformed(`${field} runs past the end of the context section`));
  const count = reader.u16('the pair count');
  const pairs: [string, string][] = [];
  let previous: Uint8Array | undefined;
  for (let i = 0; i < count; i++) {
    const keyBytes = reader.bytes(`key ${i + 1}`, reader.u16(`key ${i + 1} length`));
    const valueBytes = reader.bytes(`value ${i + 1}`, reader.u16(`value ${i + 1} length`));
    if (previous && compareBytes(previous, keyBytes) >= 0) throw malformed('keys are not in strictly ascending byte order');
    previous = keyBytes;
    const key = fromUtf8(keyBytes);
    const value = fromUtf8(valueBytes);
    if (key === null || value === null) throw malformed(`pair ${i + 1} is not valid UTF-8`);
    pairs.push([key, value]);
  }
  if (reader.remaining !== 0) throw malformed(`${reader.remaining} stray ${plural(reader.remaining, 'byte')} after the last pair`);
  return Object.fromEntries(pairs);
}

// ---- Header (ENV-1 … ENV-6) -------------------------------------------------------------------

export interface HeaderFields {
  keyArn: string;
  encryptedDataKey: Uint8Array;
  encryptionContext: EncryptionContext;
  frameSize: number;
  iv: Uint8Array;
}

/** The header up to (not including) its tag: the bytes the header tag authenticates. */
export function encodeHeaderBody(fields: HeaderFields): Uint8Array<ArrayBuffer> {
  return new ByteWriter()
    .bytes(MAGIC)
    .u8(FORMAT_VERSION)
    .prefixed16(utf8(fields.keyArn))
    .prefixed16(fields.encryptedDataKey)
    .prefixed16(encodeContext(fields.encryptionContext))
    .u32(fields.frameSize)
    .bytes(fields.iv)
    .finish();
}

export interface ParsedHeader extends HeaderFields {
  version: number;
  /** The whole header, tag included (its SHA-256 goes into every frame's AAD). */
  bytes: Uint8Array;
  /** The bytes the header tag covers. */
  body: Uint8Array;
  tag: Uint8Array;
}

/**
 * Parses a header from the first bytes of a package. `prefix` is the first min(size, MAX_HEADER_BYTES)
 * bytes; `packageBytes` is the whole package's size. Checks every cap before trusting a length.
 */
export function parseHeader(prefix: Uint8Array, packageBytes: number): ParsedHeader {
  /* Precondition: a package starts with the magic bytes "KMSLAB". */
  const magicSeen = prefix.subarray(0, MAGIC.length);
  needs(packageBytes > 0, 'NOT_A_PACKAGE', 'The input is empty, so it is not a KMS Lab package.');
  needs(
    compareBytes(magicSeen, MAGIC.subarray(0, magicSeen.length)) === 0,
    'NOT_A_PACKAGE',
    'The input does not start with the bytes "KMSLAB", so it is not a KMS Lab package.',
  );
  const truncated = (field: string, needed: number, available: number) =>
    new EnvelopeError(
      'TRUNCATED',
      `The package is truncated inside its header: ${field} (${needed} ${plural(needed, 'byte')}) runs past its end, where only ${available} ${plural(available, 'byte')} remain (the package is ${packageBytes} bytes).`,
    );
  const reader = new ByteReader(prefix, truncated);
  reader.bytes('the magic bytes', MAGIC.length);
  const version = reader.u8('the format version');
  /* Precondition: the format version is 1. */
  needs(version === FORMAT_VERSION, 'UNSUPPORTED_VERSION', `This is a version ${version} KMS Lab package; this KMS Lab reads version ${FORMAT_VERSION}.`);

  const arnLength = reader.u16('the key ARN length');
  /* Precondition: the key ARN is 1–2048 bytes. */
  needs(arnLength >= 1 && arnLength <= MAX_KEY_ARN_BYTES, 'MALFORMED_HEADER', `The header declares a ${arnLength}-byte key ARN; it must be 1–${MAX_KEY_ARN_BYTES} bytes.`);
  const keyArn = fromUtf8(reader.bytes('the key ARN', arnLength));
  needs(keyArn !== null, 'MALFORMED_HEADER', "The header's key ARN is not valid UTF-8.");

  const edkLength = reader.u16('the encrypted data key length');
  /* Precondition: the encrypted data key is 1–6144 bytes. */
  needs(
    edkLength >= 1 && edkLength <= MAX_ENCRYPTED_DATA_KEY_BYTES,
    'MALFORMED_HEADER',
    `The header declares a ${edkLength}-byte encrypted data key; it must be 1–${MAX_ENCRYPTED_DATA_KEY_BYTES} bytes.`,
  );
  const encryptedDataKey = reader.bytes('the encrypted data key', edkLength).slice();

  const contextLength = reader.u16('the encryption context length');
  /* Precondition: the encryption context section is 2–8192 bytes. */
  needs(
    contextLength >= 2 && contextLength <= MAX_CONTEXT_BYTES,
    'MALFORMED_HEADER',
    `The header declares a ${contextLength}-byte encryption context; it must be 2–${MAX_CONTEXT_BYTES} bytes.`,
  );
  const encryptionContext = decodeContext(reader.bytes('the encryption context', contextLength));

  const frameSize = reader.u32('the frame size');
  /* Precondition: the frame size is 4 KiB–4 MiB. */
  needs(
    frameSize >= MIN_FRAME_SIZE && frameSize <= MAX_FRAME_SIZE,
    'MALFORMED_HEADER',
    `The header declares a frame size of ${frameSize} bytes; it must be ${MIN_FRAME_SIZE}–${MAX_FRAME_SIZE} bytes.`,
  );
  const iv = reader.bytes('the header IV', IV_BYTES).slice();
  const bodyLength = reader.offset;
  const tag = reader.bytes('the header tag', TAG_BYTES).slice();
  const bytes = prefix.slice(0, reader.offset);
  return { version, keyArn, encryptedDataKey, encryptionContext, frameSize, iv, bytes, body: bytes.subarray(0, bodyLength), tag };
}

// ---- Frames (ENV-7 … ENV-9) -------------------------------------------------------------------

/** The 21 bytes before a frame's ciphertext: sequence number, kind, plaintext length, IV. */
export function encodeFrameHead(index: number, final: boolean, length: number, iv: Uint8Array): Uint8Array<ArrayBuffer> {
  return new ByteWriter()
    .u32(index)
    .u8(final ? FRAME_FINAL : FRAME_REGULAR)
    .u32(length)
    .bytes(iv)
    .finish();
}

/** ENV-8: a frame's AAD binds the header (by digest), its index, whether it is final, and its length. */
export function frameAad(headerDigest: Uint8Array, index: number, final: boolean, length: number): Uint8Array<ArrayBuffer> {
  return new ByteWriter()
    .bytes(headerDigest)
    .u32(index)
    .u8(final ? FRAME_FINAL : FRAME_REGULAR)
    .u32(length)
    .finish();
}
