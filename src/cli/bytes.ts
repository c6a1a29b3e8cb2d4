// Bytes as the terminal moves them: pipes carry Uint8Array so `| base64 --decode > file` stays
// byte-exact, and text is decoded only at the edges (the screen, JSON options).

import { toBase64 } from '../engine/index';

const encoder = new TextEncoder();
// Not fatal: a learner may `cat` a binary file; the screen shows U+FFFD where a real terminal shows junk.
const decoder = new TextDecoder('utf-8');

export const utf8 = (text: string): Uint8Array => encoder.encode(text);
export const text = (bytes: Uint8Array): string => decoder.decode(bytes);
export const EMPTY: Uint8Array = new Uint8Array(0);

export function concat(parts: readonly Uint8Array[]): Uint8Array {
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

export { toBase64 };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const INDEX = new Map([...ALPHABET].map((char, i) => [char, i]));

function decodeSextets(sextets: readonly number[]): Uint8Array {
  const out = new Uint8Array(Math.floor((sextets.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (const value of sextets) {
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

/**
 * Python's `base64.b64decode(value)` (not validating), which AWS CLI v2 applies to a blob parameter
 * given as a plain string: characters outside the alphabet are skipped, and only a bad length fails.
 * So `--plaintext "Hello, KMS"` is read as the base64 `HelloKMS` and encrypts 6 unexpected bytes,
 * while `--plaintext Hello` fails: the surprise is real, and help explains `fileb://`.
 */
export function pythonB64decode(value: string): Uint8Array | null {
  // CPython's binascii.a2b_base64 in its non-strict mode, step for step.
  const sextets: number[] = [];
  let pads = 0;
  for (const char of value) {
    const quadPos = sextets.length % 4;
    if (char === '=') {
      // A pad that completes a quantum ends the input; any other pad is skipped.
      if (quadPos >= 2 && quadPos + ++pads >= 4) return decodeSextets(sextets);
      continue;
    }
    const index = INDEX.get(char);
    if (index === undefined) continue;
    pads = 0;
    sextets.push(index);
  }
  return sextets.length % 4 === 0 ? decodeSextets(sextets) : null;
}

/**
 * GNU coreutils `base64 --decode`: newlines are allowed anywhere, anything else outside the alphabet
 * is "invalid input" unless `ignoreGarbage`. Returns the bytes decoded before any error, as GNU
 * writes them, and whether the input was valid.
 */
export function gnuB64decode(input: string, ignoreGarbage: boolean): { bytes: Uint8Array; ok: boolean } {
  const sextets: number[] = [];
  let ended = false;
  let ok = true;
  for (const char of input) {
    if (char === '\n' || char === '\r') continue;
    if (char === '=') {
      ended = true;
      continue;
    }
    const index = INDEX.get(char);
    if (index === undefined || ended) {
      if (ignoreGarbage && index === undefined) continue;
      ok = false;
      break;
    }
    sextets.push(index);
  }
  if (sextets.length % 4 === 1) ok = false;
  const whole = ok ? sextets : sextets.slice(0, sextets.length - (sextets.length % 4));
  return { bytes: decodeSextets(whole), ok };
}

/** GNU `base64` output: wrapped at `width` columns (0: no wrapping), with a final newline. */
export function gnuB64encode(bytes: Uint8Array, width: number): string {
  const encoded = toBase64(bytes);
  if (encoded === '') return '';
  if (width <= 0) return `${encoded}\n`;
  let out = '';
  for (let i = 0; i < encoded.length; i += width) out += `${encoded.slice(i, i + width)}\n`;
  return out;
}
