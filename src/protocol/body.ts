// Reading a request body into a JSON object. Everything that fails here is a SerializationException,
// as AWS's JSON front end answers it, and never reaches the engine.

import { KmsError } from '../engine/index';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The body as text. The SDK passes a Uint8Array (a smithy Uint8ArrayBlobAdapter); callers may pass a string. */
function bodyText(body: unknown): string {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  let bytes: Uint8Array;
  if (body instanceof Uint8Array) bytes = body;
  else if (body instanceof ArrayBuffer) bytes = new Uint8Array(body);
  else if (ArrayBuffer.isView(body)) bytes = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  // Streams would need reading asynchronously; no caller of KMS Lab sends one.
  else throw new KmsError('SerializationException', 'KMS Lab reads request bodies given as text or bytes, not as a stream.');
  try {
    return decoder.decode(bytes);
  } catch {
    throw new KmsError('SerializationException', 'The request body is not valid UTF-8 text.');
  }
}

/**
 * The body as a JSON object. An empty body counts as `{}` (an operation whose members are all
 * optional needs nothing more); anything else must be one JSON object.
 */
export function readJsonObject(body: unknown): Record<string, unknown> {
  const text = bodyText(body);
  if (text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? ` (${error.message})` : '';
    throw new KmsError('SerializationException', `The request body is not valid JSON${reason}.`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new KmsError('SerializationException', 'The request body must be a JSON object of request members.');
  }
  return parsed as Record<string, unknown>;
}
