// encryptFile: one GenerateDataKey, then AES-256-GCM frame by frame with several frames in flight,
// written into a package (FORMAT.md). Reads the input in slices, so memory is the output plus a few
// frames whatever the file's size.

import { BlobBuilder, type ChunkSink } from './blob-builder';
import { concatBytes, randomBytes, utf8 } from './bytes';
import { generateDataKey } from './data-key';
import { needs, throwIfAborted } from './errors';
import {
  DEFAULT_FRAME_SIZE,
  IV_BYTES,
  MAX_FRAMES,
  MAX_FRAME_SIZE,
  MAX_KEY_ARN_BYTES,
  MIN_FRAME_SIZE,
  checkContext,
  encodeFrameHead,
  encodeHeaderBody,
  frameAad,
  frameCountFor,
  type EncryptionContext,
} from './format';
import { checkConcurrency, checkKms, reporterFor, reportingFailure, type EnvelopeCallOptions } from './options';
import { runInOrder } from './pipeline';
import { toSource, type EnvelopeInput } from './source';

export interface EncryptFileOptions extends EnvelopeCallOptions {
  /** The KMS key for GenerateDataKey: key ID, key ARN, alias name or alias ARN. */
  keyId: string;
  /** Bound to the data key by KMS and stored in the header (default: none). */
  encryptionContext?: EncryptionContext;
  /** Plaintext bytes per frame, 4 KiB–4 MiB (default 256 KiB; FORMAT.md, "Choosing the frame size"). */
  frameSize?: number;
}

export interface EncryptSummary {
  /** The ARN of the KMS key that generated the data key, as written in the header. */
  keyArn: string;
  encryptionContext: EncryptionContext;
  /** The encrypted data key stored in the header (the GenerateDataKey CiphertextBlob). */
  encryptedDataKey: Uint8Array;
  frameSize: number;
  frameCount: number;
  headerBytes: number;
  plaintextBytes: number;
  packageBytes: number;
  elapsedMs: number;
}

export interface EncryptFileResult extends EncryptSummary {
  /** The package. Download it with URL.createObjectURL, no copy into the JS heap. */
  blob: Blob;
}

/** Encrypts a Blob, File or Uint8Array into a KMS Lab package. */
export async function encryptFile(input: EnvelopeInput, options: EncryptFileOptions): Promise<EncryptFileResult> {
  const sink = new BlobBuilder();
  const summary = await encryptTo(input, options, sink);
  return { ...summary, blob: sink.finish() };
}

export function checkFrameSize(frameSize: number | undefined): number {
  const value = frameSize ?? DEFAULT_FRAME_SIZE;
  /* Precondition: the frame size is a whole number of bytes from 4 KiB to 4 MiB. */
  needs(
    Number.isInteger(value) && value >= MIN_FRAME_SIZE && value <= MAX_FRAME_SIZE,
    'INVALID_ARGUMENT',
    `The frame size must be a whole number of bytes from ${MIN_FRAME_SIZE} to ${MAX_FRAME_SIZE}; got ${String(frameSize)}.`,
  );
  return value;
}

/** encryptFile with the output going to any sink, in order; the tests count what arrives when. */
export async function encryptTo(input: EnvelopeInput, options: EncryptFileOptions, sink: ChunkSink): Promise<EncryptSummary> {
  const reporter = reporterFor('encrypt', options);
  return reportingFailure(reporter, async () => {
    const kms = checkKms(options.kms);
    const frameSize = checkFrameSize(options.frameSize);
    const concurrency = checkConcurrency(options.concurrency);
    const encryptionContext = checkContext(options.encryptionContext ?? {});
    /* Precondition: a KMS key is named. */
    needs(
      typeof options.keyId === 'string' && options.keyId.length > 0 && utf8(options.keyId).length <= MAX_KEY_ARN_BYTES,
      'INVALID_ARGUMENT',
      `Name the KMS key (keyId) that generates the data key, in 1–${MAX_KEY_ARN_BYTES} bytes.`,
    );
    const source = toSource(input);
    const frameCount = frameCountFor(source.size, frameSize);
    /* Precondition: the input fits in 2^32 − 1 frames. */
    needs(frameCount <= MAX_FRAMES, 'TOO_LARGE', `The input needs ${frameCount} frames; a package holds at most ${MAX_FRAMES}. Use a larger frame size.`);
    const { signal } = options;
    throwIfAborted(signal);

    const { key, keyArn, encryptedDataKey } = await generateDataKey(kms, options.keyId, encryptionContext, options.sendContext, reporter);
    throwIfAborted(signal);

    // ENV-5, ENV-6: the header tag is AES-GCM with no plaintext (a GMAC) over the header's bytes, so a
    // reader holding the data key can tell a changed header before it reads a frame; its SHA-256,
    // tag included, is bound into every frame.
    const headerIv = randomBytes(IV_BYTES);
    const body = encodeHeaderBody({ keyArn, encryptedDataKey, encryptionContext, frameSize, iv: headerIv });
    const tag = await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv: headerIv, additionalData: body }, key, new Uint8Array(0));
    const header = concatBytes(body, new Uint8Array(tag));
    const headerDigest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', header));
    sink.write(header);
    reporter.emit({ type: 'header-written', headerBytes: header.length, frameSize, frameCount });

    reporter.begin(source.size);
    let bytesDone = 0;
    let packageBytes = header.length;
    const reader = source.sequential(0);
    try {
      await runInOrder({
        count: frameCount,
        concurrency,
        signal,
        async start(index) {
          const final = index === frameCount - 1;
          const plaintext = await reader.next(final ? source.size - index * frameSize : frameSize);
          // ENV-10: a fresh random IV per frame, under a data key used for this package only.
          const iv = randomBytes(IV_BYTES);
          const sealed = await globalThis.crypto.subtle.encrypt(
            { name: 'AES-GCM', iv, additionalData: frameAad(headerDigest, index, final, plaintext.length) },
            key,
            plaintext,
          );
          return { head: encodeFrameHead(index, final, plaintext.length, iv), sealed: new Uint8Array(sealed), length: plaintext.length };
        },
        finish(index, frame) {
          sink.write(frame.head);
          sink.write(frame.sealed);
          bytesDone += frame.length;
          packageBytes += frame.head.length + frame.sealed.length;
          reporter.progress(index + 1, frameCount, bytesDone, source.size);
        },
      });
    } finally {
      await reader.close();
    }

    reporter.emit({ type: 'package-written', packageBytes, plaintextBytes: source.size, frameCount });
    return {
      keyArn,
      encryptionContext,
      encryptedDataKey,
      frameSize,
      frameCount,
      headerBytes: header.length,
      plaintextBytes: source.size,
      packageBytes,
      elapsedMs: reporter.elapsed(),
    };
  });
}
