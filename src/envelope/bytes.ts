// Byte helpers for the envelope layer. The engine keeps its own; its index does not export them and
// this layer may not reach into engine internals, so the few we need live here. Browser-safe: no
// Buffer, no Node APIs.

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export const utf8 = (text: string): Uint8Array<ArrayBuffer> => encoder.encode(text);

/** Strict UTF-8 decoding: null for bytes that are not well-formed UTF-8. */
export function fromUtf8(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Whether a string survives UTF-8 encoding unchanged (no lone surrogates). */
export const isWellFormed = (text: string): boolean => fromUtf8(utf8(text)) === text;

export function concatBytes(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** Overwrites a buffer that held a plaintext data key. */
export function wipe(bytes: Uint8Array): void {
  bytes.fill(0);
}

export function isAllZero(bytes: Uint8Array): boolean {
  let any = 0;
  for (const byte of bytes) any |= byte;
  return any === 0;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

/** WebCrypto wants ArrayBuffer-backed views; ours always are (no SharedArrayBuffer), so this only narrows. */
export const arrayBacked = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => bytes as Uint8Array<ArrayBuffer>;

/** Appends big-endian integers and length-prefixed fields into one growing buffer. */
export class ByteWriter {
  readonly #parts: Uint8Array[] = [];

  u8(value: number): this {
    this.#parts.push(Uint8Array.of(value));
    return this;
  }

  u16(value: number): this {
    const out = new Uint8Array(2);
    new DataView(out.buffer).setUint16(0, value);
    this.#parts.push(out);
    return this;
  }

  u32(value: number): this {
    const out = new Uint8Array(4);
    new DataView(out.buffer).setUint32(0, value);
    this.#parts.push(out);
    return this;
  }

  bytes(value: Uint8Array): this {
    this.#parts.push(value);
    return this;
  }

  /** A u16 length, then the bytes. */
  prefixed16(value: Uint8Array): this {
    return this.u16(value.length).bytes(value);
  }

  finish(): Uint8Array<ArrayBuffer> {
    return concatBytes(...this.#parts);
  }
}

/**
 * Reads big-endian fields from a buffer. `onShort` decides what running out of bytes means (a
 * truncated header, a malformed context section), so every read is bounds-checked in one place.
 */
export class ByteReader {
  #offset = 0;

  constructor(
    private readonly data: Uint8Array,
    private readonly onShort: (field: string, needed: number, available: number) => Error,
  ) {}

  get offset(): number {
    return this.#offset;
  }

  get remaining(): number {
    return this.data.length - this.#offset;
  }

  #take(field: string, length: number): Uint8Array {
    if (length > this.remaining) throw this.onShort(field, length, this.remaining);
    const out = this.data.subarray(this.#offset, this.#offset + length);
    this.#offset += length;
    return out;
  }

  u8(field: string): number {
    return this.#take(field, 1)[0]!;
  }

  u16(field: string): number {
    const bytes = this.#take(field, 2);
    return (bytes[0]! << 8) | bytes[1]!;
  }

  u32(field: string): number {
    const bytes = this.#take(field, 4);
    return new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
  }

  bytes(field: string, length: number): Uint8Array {
    return this.#take(field, length);
  }
}
