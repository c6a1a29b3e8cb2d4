// Where plaintext or a package comes from: a Blob (a File is one), anything that slices like a Blob,
// or bytes already in memory. Nothing is ever read whole: the header is one bounded range read, and
// frames come from a sequential reader that is asked for one frame at a time.
//
// Two ways to read a Blob, measured in Chromium on a 64 MiB Blob (FORMAT.md, "Reading and writing"):
// `slice(a, b).arrayBuffer()` pays a round trip to the browser's blob store per call (~0.7 ms, so
// 64 KiB slices top out near 90 MiB/s), while `stream()` delivers chunks of up to 2 MiB at well over
// 1 GiB/s. So frames are carved from `stream()` when the input has it, and read by slices otherwise.

import { arrayBacked } from './bytes';
import { EnvelopeError, needs } from './errors';

interface BlobLikeSlice {
  arrayBuffer(): Promise<ArrayBuffer>;
  stream?(): ReadableStream<Uint8Array>;
}

/** What encryptFile and decryptFile read: a Blob or File, or anything that slices like one. */
export interface SliceableInput {
  readonly size: number;
  slice(start?: number, end?: number): BlobLikeSlice;
  /** Used when present (every Blob has it): much faster than many small slices. */
  stream?(): ReadableStream<Uint8Array>;
}

export type EnvelopeInput = Uint8Array | SliceableInput;

/** Reads the input front to back, `length` bytes a call. Calls are served in the order they are made. */
export interface SequentialReader {
  /** Exactly the next `length` bytes; fails with READ_FAILED if the input has fewer. */
  next(length: number): Promise<Uint8Array<ArrayBuffer>>;
  /** Stops reading and lets go of buffered chunks. */
  close(): Promise<void>;
}

export interface Source {
  readonly size: number;
  /** Bytes [start, end) of the input; fails with READ_FAILED if the input cannot give exactly those. */
  read(start: number, end: number): Promise<Uint8Array<ArrayBuffer>>;
  /** A reader that starts at byte `from`. */
  sequential(from: number): SequentialReader;
}

const describe = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

const readFailed = (start: number, end: number, error: unknown) =>
  new EnvelopeError('READ_FAILED', `Could not read bytes ${start}–${end} of the input: ${describe(error)}`, { cause: error });

const changedWhileReading = (start: number, end: number, got: number) =>
  new EnvelopeError(
    'READ_FAILED',
    `Reading bytes ${start}–${end} of the input returned ${got} bytes instead of ${end - start}; did the file change while it was being read?`,
  );

export function toSource(input: EnvelopeInput): Source {
  if (input instanceof Uint8Array) return bytesSource(arrayBacked(input));
  /* Precondition: the input is a Blob, a File, a Blob-like object or a Uint8Array. */
  needs(
    typeof input === 'object' && input !== null && typeof input.slice === 'function' && Number.isSafeInteger(input.size) && input.size >= 0,
    'INVALID_ARGUMENT',
    'The input must be a Blob, a File or a Uint8Array.',
  );
  return blobSource(input);
}

function bytesSource(bytes: Uint8Array<ArrayBuffer>): Source {
  return {
    size: bytes.length,
    read: (start, end) => Promise.resolve(bytes.subarray(start, end)),
    sequential(from) {
      let offset = from;
      return {
        next(length) {
          const start = offset;
          offset += length;
          if (offset > bytes.length) return Promise.reject(changedWhileReading(start, offset, bytes.length - start));
          return Promise.resolve(bytes.subarray(start, offset));
        },
        close: () => Promise.resolve(),
      };
    },
  };
}

function blobSource(input: SliceableInput): Source {
  const read = async (start: number, end: number): Promise<Uint8Array<ArrayBuffer>> => {
    let buffer: ArrayBuffer;
    try {
      buffer = await input.slice(start, end).arrayBuffer();
    } catch (error) {
      // A File changed or removed on disk after it was chosen fails here (NotReadableError).
      throw readFailed(start, end, error);
    }
    /* Precondition: a read returns exactly the bytes asked for. */
    if (buffer.byteLength !== end - start) throw changedWhileReading(start, end, buffer.byteLength);
    return new Uint8Array(buffer);
  };
  return {
    size: input.size,
    read,
    sequential(from) {
      if (typeof input.stream === 'function') {
        const part = from === 0 ? input : input.slice(from);
        if (typeof part.stream === 'function') return new StreamReader(part.stream(), from);
      }
      // Slices can be read in parallel: every frame's position is known in advance.
      let offset = from;
      return {
        next(length) {
          const start = offset;
          offset += length;
          return read(start, offset);
        },
        close: () => Promise.resolve(),
      };
    },
  };
}

/**
 * Carves exact lengths out of a byte stream's chunks. A request that lies inside the current chunk
 * is a view of it (no copy); one that spans chunks is copied once. A chunk is pulled only when a
 * request needs it, so what is buffered is one chunk plus the frames already asked for.
 */
class StreamReader implements SequentialReader {
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  #chunk: Uint8Array<ArrayBuffer> = new Uint8Array(0);
  #position = 0;
  #offset: number;
  #ended = false;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(stream: ReadableStream<Uint8Array>, from: number) {
    this.#reader = stream.getReader();
    this.#offset = from;
  }

  next(length: number): Promise<Uint8Array<ArrayBuffer>> {
    const result = this.#queue.then(() => this.#take(length));
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    await this.#queue;
    this.#chunk = new Uint8Array(0);
    await this.#reader.cancel().catch(() => undefined);
  }

  async #take(length: number): Promise<Uint8Array<ArrayBuffer>> {
    const start = this.#offset;
    this.#offset += length;
    const available = this.#chunk.length - this.#position;
    if (available >= length) {
      const view = this.#chunk.subarray(this.#position, this.#position + length);
      this.#position += length;
      return view;
    }
    const out = new Uint8Array(length);
    let filled = 0;
    while (filled < length) {
      if (this.#position === this.#chunk.length) {
        if (this.#ended || !(await this.#pull(start, start + length))) break;
        continue;
      }
      const n = Math.min(length - filled, this.#chunk.length - this.#position);
      out.set(this.#chunk.subarray(this.#position, this.#position + n), filled);
      filled += n;
      this.#position += n;
    }
    if (filled !== length) throw changedWhileReading(start, start + length, filled);
    return out;
  }

  async #pull(start: number, end: number): Promise<boolean> {
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await this.#reader.read();
    } catch (error) {
      throw readFailed(start, end, error);
    }
    if (result.done) {
      this.#ended = true;
      return false;
    }
    this.#chunk = arrayBacked(result.value);
    this.#position = 0;
    return true;
  }
}
