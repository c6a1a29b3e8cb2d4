// Randomness in bulk. A getRandomValues call has a fixed cost (~15 µs in Node) far above the cost of
// its bytes, and a request needs five to seven small draws (ids, IV, data key), so draws are served
// from a pool refilled 4 KiB at a time. Every draw gets a fresh buffer; the pool's copy of the bytes
// is wiped as it is handed out, so no secret (an IV is not one, a data key is) stays behind in it.

const POOL_BYTES = 4096;

export type FillRandom = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;

export function randomPool(source: FillRandom = (bytes) => globalThis.crypto.getRandomValues(bytes)): FillRandom {
  const pool = new Uint8Array(POOL_BYTES);
  let offset = POOL_BYTES;
  return (bytes) => {
    if (bytes.length > POOL_BYTES) return source(bytes);
    if (offset + bytes.length > POOL_BYTES) {
      source(pool);
      offset = 0;
    }
    bytes.set(pool.subarray(offset, offset + bytes.length));
    pool.fill(0, offset, offset + bytes.length);
    offset += bytes.length;
    return bytes;
  };
}
