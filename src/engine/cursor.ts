// Opaque pagination tokens (ListKeys' Marker, LookupEvents' NextToken): base64 of a prefixed text, so
// callers treat them as opaque and a forged or foreign token is recognised and refused.

import { fromBase64, fromUtf8, toBase64, utf8 } from './crypto/bytes';

export const encodeCursor = (prefix: string, value: string): string => toBase64(utf8(`${prefix}:${value}`));

/** The value inside a token made by encodeCursor with the same prefix, or null for anything else. */
export function decodeCursor(prefix: string, token: string): string | null {
  const bytes = fromBase64(token);
  if (!bytes) return null;
  let text: string;
  try {
    text = fromUtf8(bytes);
  } catch {
    return null;
  }
  return text.startsWith(`${prefix}:`) ? text.slice(prefix.length + 1) : null;
}
