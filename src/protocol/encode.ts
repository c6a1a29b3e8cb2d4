// Engine output → AWS JSON 1.1 text: blobs as base64, timestamps as epoch seconds (with the
// fraction, as KMS sends `1571767572.317`), undefined members left out.

import { toBase64 } from '../engine/index';

function toWire(value: unknown): unknown {
  if (value instanceof Uint8Array) return toBase64(value);
  if (value instanceof Date) return value.getTime() / 1000;
  if (Array.isArray(value)) return value.map(toWire);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [name, member] of Object.entries(value)) {
      if (member === undefined) continue;
      // defineProperty, not assignment: an encryption-context key `__proto__` must stay a key.
      Object.defineProperty(out, name, { value: toWire(member), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

export function encodeOutput(output: unknown): string {
  return JSON.stringify(toWire(output ?? {}));
}
