// The baseline for the envelope bench: AES-256-GCM over a Blob in frames of the same size, with the
// same number of frames in flight, read from the same kind of Blob with stream() and written into
// Blobs of the same 8 MiB chunks as the envelope's output. It pays the same browser costs (the blob
// store, in and out) and skips only what is the envelope's own: the KMS call, the wipe, the header,
// the AAD per frame, the frame heads and the in-order bookkeeping. So envelope ÷ raw measures the
// envelope, not the Blob plumbing both share.

const IN_FLIGHT = 4;
const OUTPUT_CHUNK = 8 * 1024 * 1024;

/** Carves exact lengths out of a stream's chunks: a view when a frame lies in one chunk, else a copy. */
function carver(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  let chunk: Uint8Array = new Uint8Array(0);
  let at = 0;
  let queue: Promise<unknown> = Promise.resolve();
  const take = async (length: number): Promise<Uint8Array<ArrayBuffer>> => {
    if (chunk.length - at >= length) {
      at += length;
      return chunk.subarray(at - length, at) as Uint8Array<ArrayBuffer>;
    }
    const out = new Uint8Array(length);
    let filled = 0;
    while (filled < length) {
      if (at === chunk.length) {
        const { done, value } = await reader.read();
        if (done) throw new Error('the input ended early');
        chunk = value;
        at = 0;
      }
      const n = Math.min(length - filled, chunk.length - at);
      out.set(chunk.subarray(at, at + n), filled);
      filled += n;
      at += n;
    }
    return out;
  };
  return {
    next(length: number): Promise<Uint8Array<ArrayBuffer>> {
      const result = queue.then(() => take(length));
      queue = result.catch(() => undefined);
      return result;
    },
    close: () => reader.cancel(),
  };
}

/** Output in 8 MiB Blobs, then one Blob of Blobs: the envelope's BlobBuilder, by design. */
function blobSink() {
  const blobs: Blob[] = [];
  let pending: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  const flush = () => {
    if (pending.length > 0) blobs.push(new Blob(pending));
    pending = [];
    bytes = 0;
  };
  return {
    write(part: Uint8Array<ArrayBuffer>) {
      pending.push(part);
      bytes += part.length;
      if (bytes >= OUTPUT_CHUNK) flush();
    },
    finish: () => {
      flush();
      return new Blob(blobs);
    },
  };
}

/**
 * Runs `transform` over `input` in frames (`sizes(i)` bytes each), `IN_FLIGHT` at a time, writing
 * results in order. Returns the output Blob.
 */
async function framed(input: Blob, count: number, size: (index: number) => number, transform: (index: number, frame: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer>): Promise<Blob> {
  const reader = carver(input.stream());
  const sink = blobSink();
  const inFlight: Promise<ArrayBuffer>[] = [];
  let next = 0;
  for (let done = 0; done < count; done++) {
    while (next < count && next - done < IN_FLIGHT) {
      const index = next++;
      inFlight.push(reader.next(size(index)).then((frame) => transform(index, frame)));
    }
    sink.write(new Uint8Array(await inFlight.shift()!));
  }
  await reader.close();
  return sink.finish();
}

export interface RawSealed {
  blob: Blob;
  ivs: Uint8Array<ArrayBuffer>[];
  plaintextBytes: number;
  frameSize: number;
}

export async function rawEncrypt(key: CryptoKey, input: Blob, frameSize: number): Promise<RawSealed> {
  const count = Math.max(1, Math.ceil(input.size / frameSize));
  const ivs: Uint8Array<ArrayBuffer>[] = [];
  const size = (i: number) => (i === count - 1 ? input.size - i * frameSize : frameSize);
  const blob = await framed(input, count, size, (index, frame) => {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    ivs[index] = iv;
    return crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, frame);
  });
  return { blob, ivs, plaintextBytes: input.size, frameSize };
}

export async function rawDecrypt(key: CryptoKey, sealed: RawSealed): Promise<Blob> {
  const count = sealed.ivs.length;
  const size = (i: number) => (i === count - 1 ? sealed.plaintextBytes - i * sealed.frameSize : sealed.frameSize) + 16;
  return framed(sealed.blob, count, size, (index, frame) => crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.ivs[index]! }, key, frame));
}
