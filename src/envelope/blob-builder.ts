// Output without a second copy: chunks are handed to the Blob machinery as they are made, some
// megabytes at a time, and the result is a Blob of Blobs. A browser keeps Blob bytes outside the JS
// heap (and may page large ones to disk), and a download via URL.createObjectURL reads them from
// there, so the JS heap holds the in-flight frames and at most BLOB_CHUNK_BYTES of pending output.

/**
 * Pending chunks are sealed into a Blob once they reach this many bytes. Each Blob made costs a round
 * trip to the browser's blob store, so this is large enough to amortise that (1 MiB Blobs measured
 * about half the speed of one Blob at the end) and small enough to keep the JS heap flat.
 */
export const BLOB_CHUNK_BYTES = 8 * 1024 * 1024;

export interface ChunkSink {
  write(chunk: Uint8Array<ArrayBuffer>): void;
}

export class BlobBuilder implements ChunkSink {
  readonly #blobs: Blob[] = [];
  #pending: Uint8Array<ArrayBuffer>[] = [];
  #pendingBytes = 0;
  #bytes = 0;

  constructor(
    private readonly type = 'application/octet-stream',
    private readonly chunkBytes = BLOB_CHUNK_BYTES,
  ) {}

  get bytes(): number {
    return this.#bytes;
  }

  write(chunk: Uint8Array<ArrayBuffer>): void {
    this.#pending.push(chunk);
    this.#pendingBytes += chunk.length;
    this.#bytes += chunk.length;
    if (this.#pendingBytes >= this.chunkBytes) this.#flush();
  }

  #flush(): void {
    if (this.#pending.length === 0) return;
    this.#blobs.push(new Blob(this.#pending));
    this.#pending = [];
    this.#pendingBytes = 0;
  }

  finish(): Blob {
    this.#flush();
    return new Blob(this.#blobs, { type: this.type });
  }
}
