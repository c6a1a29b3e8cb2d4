// decryptFile: parse and check the header, one Decrypt of the data key, verify the header tag, then
// open the frames in order with several in flight. Plaintext is gathered out of the caller's reach
// and handed over only when every frame has verified (ENV-14): a failure anywhere yields an
// EnvelopeError and nothing else.

import { BlobBuilder, type ChunkSink } from './blob-builder';
import { arrayBacked, bytesEqual, utf8 } from './bytes';
import { decryptDataKey } from './data-key';
import { EnvelopeError, needs, throwIfAborted } from './errors';
import {
  FRAME_FINAL,
  FRAME_HEAD_BYTES,
  FRAME_OVERHEAD,
  FRAME_REGULAR,
  IV_BYTES,
  MAX_FRAMES,
  MAX_HEADER_BYTES,
  MAX_KEY_ARN_BYTES,
  checkContext,
  encodeContext,
  frameAad,
  parseHeader,
  plural,
  type EncryptionContext,
  type ParsedHeader,
} from './format';
import { checkConcurrency, checkKms, reporterFor, reportingFailure, type EnvelopeCallOptions } from './options';
import { runInOrder } from './pipeline';
import { toSource, type EnvelopeInput, type SequentialReader, type Source } from './source';

export interface DecryptFileOptions extends EnvelopeCallOptions {
  /**
   * The encryption context you expect. When given, it must equal the header's exactly, or the call
   * fails before KMS is asked. KMS checks the header's context either way.
   */
  encryptionContext?: EncryptionContext;
  /** The KMS key you expect (ID, ARN or alias); sent as Decrypt's KeyId instead of the header's ARN. */
  keyId?: string;
}

export interface DecryptSummary {
  keyArn: string;
  encryptionContext: EncryptionContext;
  frameSize: number;
  frameCount: number;
  plaintextBytes: number;
  packageBytes: number;
  elapsedMs: number;
}

export interface DecryptFileResult extends DecryptSummary {
  /** The original bytes, released only after every frame verified. */
  blob: Blob;
}

/** What a package's header says, before anything about it is verified. */
export interface PackageHeader {
  version: number;
  keyArn: string;
  encryptedDataKey: Uint8Array;
  encryptionContext: EncryptionContext;
  frameSize: number;
  headerBytes: number;
  /** How many frames the package's size implies. */
  frameCount: number;
  packageBytes: number;
}

async function readHeader(source: Source): Promise<{ header: ParsedHeader; frameCount: number }> {
  // One bounded read: any valid header fits in MAX_HEADER_BYTES, and every length is checked
  // against its cap before it is trusted, so a hostile header costs at most this much memory.
  const prefix = await source.read(0, Math.min(source.size, MAX_HEADER_BYTES));
  const header = parseHeader(prefix, source.size);
  const bodyBytes = source.size - header.bytes.length;
  /* Precondition: at least one frame follows the header. */
  needs(bodyBytes > 0, 'TRUNCATED', 'The package is truncated: it ends right after its header, with no frames.');
  const frameCount = Math.ceil(bodyBytes / (header.frameSize + FRAME_OVERHEAD));
  needs(frameCount <= MAX_FRAMES, 'TOO_LARGE', `The package would hold ${frameCount} frames; a package holds at most ${MAX_FRAMES}.`);
  return { header, frameCount };
}

/** Reads a package's header without a key: for showing what a package claims before opening it. */
export async function readPackageHeader(input: EnvelopeInput): Promise<PackageHeader> {
  const source = toSource(input);
  const { header, frameCount } = await readHeader(source);
  return {
    version: header.version,
    keyArn: header.keyArn,
    encryptedDataKey: header.encryptedDataKey,
    encryptionContext: header.encryptionContext,
    frameSize: header.frameSize,
    headerBytes: header.bytes.length,
    frameCount,
    packageBytes: source.size,
  };
}

function contextDifference(expected: EncryptionContext, actual: EncryptionContext): string {
  const missing = Object.keys(actual).filter((key) => !Object.hasOwn(expected, key));
  const extra = Object.keys(expected).filter((key) => !Object.hasOwn(actual, key));
  const differ = Object.keys(expected).filter((key) => Object.hasOwn(actual, key) && expected[key] !== actual[key]);
  const parts = [
    missing.length > 0 && `the package also has ${names(missing)}`,
    extra.length > 0 && `the package has no ${names(extra)}`,
    differ.length > 0 && `the package has a different value for ${names(differ)}`,
  ].filter(Boolean);
  return parts.join('; ');
}

const names = (keys: string[]) => keys.map((key) => `'${key}'`).join(', ');

/** Opens a KMS Lab package; resolves with the plaintext only if the whole package verified. */
export async function decryptFile(input: EnvelopeInput, options: DecryptFileOptions): Promise<DecryptFileResult> {
  const plaintext = new BlobBuilder();
  const summary = await decryptTo(input, options, plaintext);
  // Only now, with every frame verified, does the plaintext leave this module.
  return { ...summary, blob: plaintext.finish() };
}

/**
 * decryptFile's work with the verified plaintext of each frame going to `sink`, in order. Internal:
 * the sink sees frames before the package as a whole has verified, so it must never be something a
 * caller can read before this resolves (decryptFile's BlobBuilder; a test's counter).
 */
export async function decryptTo(input: EnvelopeInput, options: DecryptFileOptions, sink: ChunkSink): Promise<DecryptSummary> {
  const reporter = reporterFor('decrypt', options);
  return reportingFailure(reporter, async () => {
    const kms = checkKms(options.kms);
    const concurrency = checkConcurrency(options.concurrency);
    const expected = options.encryptionContext === undefined ? undefined : checkContext(options.encryptionContext);
    /* Precondition: an expected KeyId, when given, is 1–2048 bytes. */
    needs(
      options.keyId === undefined || (typeof options.keyId === 'string' && options.keyId.length > 0 && utf8(options.keyId).length <= MAX_KEY_ARN_BYTES),
      'INVALID_ARGUMENT',
      `keyId, when given, must be a key ID, key ARN or alias of 1–${MAX_KEY_ARN_BYTES} bytes.`,
    );
    const { signal } = options;
    const source = toSource(input);
    throwIfAborted(signal);

    const { header, frameCount } = await readHeader(source);
    /* Precondition: the caller's expected encryption context equals the header's (ENV-12). */
    if (expected !== undefined && !bytesEqual(encodeContext(expected), encodeContext(header.encryptionContext))) {
      throw new EnvelopeError(
        'ENCRYPTION_CONTEXT_MISMATCH',
        `The encryption context you gave does not match the package's: ${contextDifference(expected, header.encryptionContext)}. KMS was not called.`,
      );
    }
    throwIfAborted(signal);

    const { key, keyArn } = await decryptDataKey(kms, header, options.keyId, options.sendContext, reporter);
    throwIfAborted(signal);

    /* Precondition: the header tag verifies under the data key (ENV-5). */
    try {
      await globalThis.crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: arrayBacked(header.iv), additionalData: arrayBacked(header.body) },
        key,
        arrayBacked(header.tag),
      );
    } catch (error) {
      throw new EnvelopeError(
        'HEADER_TAMPERED',
        'The header failed authentication under the data key: a header field (the frame size, the header IV or tag, or another field KMS did not check) was changed after the package was written. No frame was read.',
        { cause: error },
      );
    }
    const headerDigest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', arrayBacked(header.bytes)));
    reporter.emit({ type: 'header-verified', headerBytes: header.bytes.length, frameSize: header.frameSize, frameCount });

    const reader = source.sequential(header.bytes.length);
    const opener = new FrameOpener(reader, source.size, header, headerDigest, key, frameCount);
    let plaintextBytes = 0;
    reporter.begin(source.size);
    let finalSeen = false;
    try {
      await runInOrder({
        count: frameCount,
        concurrency,
        signal,
        start: (index) => opener.open(index),
        finish(index, frame) {
          const where = opener.where(index);
          if (frame.final) {
            /* Precondition: nothing follows the final frame (ENV-9). */
            needs(
              frame.end === source.size,
              'TRAILING_DATA',
              `${where} is the final frame, but it is followed by ${source.size - frame.end} more ${plural(source.size - frame.end, 'byte')}; a package ends with its final frame.`,
              { frameIndex: index, frameCount },
            );
            sink.write(frame.plaintext);
            plaintextBytes += frame.plaintext.length;
            reporter.progress(frameCount, frameCount, frame.end, source.size);
            finalSeen = true;
            return true;
          }
          /* Precondition: the last frame is marked final (ENV-9). */
          needs(
            index < frameCount - 1,
            'TRUNCATED',
            `${where} is the last frame in the package but is not marked final: the package is truncated, its final frame is missing.`,
            { frameIndex: index, frameCount },
          );
          sink.write(frame.plaintext);
          plaintextBytes += frame.plaintext.length;
          reporter.progress(index + 1, frameCount, frame.end, source.size);
          return false;
        },
      });
    } finally {
      await reader.close();
    }
    // Unreachable unless runInOrder stopped early without a final frame; kept as a last line.
    needs(finalSeen, 'TRUNCATED', 'The package is truncated: no final frame was found.');

    reporter.emit({ type: 'package-opened', packageBytes: source.size, plaintextBytes, frameCount });
    return {
      keyArn,
      encryptionContext: header.encryptionContext,
      frameSize: header.frameSize,
      frameCount,
      plaintextBytes,
      packageBytes: source.size,
      elapsedMs: reporter.elapsed(),
    };
  });
}

interface OpenedFrame {
  plaintext: Uint8Array<ArrayBuffer>;
  final: boolean;
  /** Offset of the first byte after this frame's record. */
  end: number;
}

/** Reads, checks and decrypts one frame by its position (ENV-7 … ENV-9). */
class FrameOpener {
  readonly #recordBytes: number;

  constructor(
    private readonly reader: SequentialReader,
    private readonly packageBytes: number,
    private readonly header: ParsedHeader,
    private readonly headerDigest: Uint8Array,
    private readonly key: CryptoKey,
    private readonly frameCount: number,
  ) {
    this.#recordBytes = header.frameSize + FRAME_OVERHEAD;
  }

  /** "Frame 4 of 80": positions are 1-based in messages; `frameIndex` on the error is 0-based. */
  where(index: number): string {
    return `Frame ${index + 1} of ${this.frameCount}`;
  }

  async open(index: number): Promise<OpenedFrame> {
    const { frameSize } = this.header;
    const offset = this.header.bytes.length + index * this.#recordBytes;
    const record = await this.reader.next(Math.min(this.packageBytes, offset + this.#recordBytes) - offset);
    const where = this.where(index);
    const details = { frameIndex: index, frameCount: this.frameCount };
    /* Precondition: a frame's fixed fields are all present. */
    needs(
      record.length >= FRAME_HEAD_BYTES,
      'TRUNCATED',
      `${where} is cut short: the package is truncated (${record.length} bytes, where a frame's fixed fields alone take ${FRAME_HEAD_BYTES}).`,
      details,
    );
    const view = new DataView(record.buffer, record.byteOffset, record.byteLength);
    const sequence = view.getUint32(0);
    const kind = view.getUint8(4);
    const length = view.getUint32(5);
    /* Precondition: a frame's sequence number is its position (ENV-7). */
    if (sequence !== index) {
      const claim = sequence + 1;
      const why = sequence > index ? `frame ${index + 1} is missing, or frames were moved` : `frame ${claim} appears twice, or frames were moved`;
      throw new EnvelopeError('FRAME_OUT_OF_ORDER', `${where} is out of order: it carries the sequence number of frame ${claim}; ${why}.`, details);
    }
    /* Precondition: a frame is regular or final. */
    needs(kind === FRAME_REGULAR || kind === FRAME_FINAL, 'FRAME_MALFORMED', `${where} has an unknown kind byte 0x${kind.toString(16).padStart(2, '0')}.`, details);
    const final = kind === FRAME_FINAL;
    /* Precondition: a regular frame holds exactly frameSize bytes; a final one 1…frameSize (0 only when it is the only frame). */
    needs(
      final ? length <= frameSize && (length > 0 || index === 0) : length === frameSize,
      'FRAME_MALFORMED',
      `${where} declares ${length} bytes of plaintext, impossible for a ${final ? 'final' : 'regular'} frame with a frame size of ${frameSize}.`,
      details,
    );
    const recordBytes = FRAME_OVERHEAD + length;
    needs(
      record.length >= recordBytes,
      'TRUNCATED',
      `${where} is cut short: the package is truncated (${record.length} of the frame's ${recordBytes} bytes are there).`,
      details,
    );
    const iv = record.subarray(FRAME_HEAD_BYTES - IV_BYTES, FRAME_HEAD_BYTES);
    const sealed = record.subarray(FRAME_HEAD_BYTES, recordBytes);
    try {
      const plaintext = await globalThis.crypto.subtle.decrypt(
        { name: 'AES-GCM', iv, additionalData: frameAad(this.headerDigest, index, final, length) },
        this.key,
        sealed,
      );
      return { plaintext: new Uint8Array(plaintext), final, end: offset + recordBytes };
    } catch (error) {
      throw new EnvelopeError(
        'FRAME_AUTHENTICATION_FAILED',
        `${where} failed authentication: its IV, ciphertext or tag was changed, or it belongs at another position or in another package.`,
        { ...details, cause: error },
      );
    }
  }
}
