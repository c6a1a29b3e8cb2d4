// JSON request members → engine input, guided by the operation's model shapes: blobs arrive as
// base64, timestamps as epoch seconds, everything else as its JSON type. A value whose JSON type
// cannot be read as the member's type is a SerializationException here, before the engine sees the
// request. Constraints (lengths, enums, required members) are the engine's to check.

import { fromBase64, serializationError, type Members, type Shape } from '../engine/index';

// Paths read like the engine's validation messages: lower-camel member names, `.1.member` for list
// items, `.<key>.value` for map values.
const lowerCamel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// ISO 8601 date-times; AWS JSON 1.1 sends epoch seconds, but a hand-written request may not.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

function timestampOf(value: unknown, path: string): Date {
  // Rounded, as the SDK's own parser does: 1066918.951 * 1000 is 1066918950.9999999 in binary
  // floating point, and Date would truncate that to the wrong millisecond.
  const ms = typeof value === 'number' ? Math.round(value * 1000) : typeof value === 'string' && ISO_DATE_TIME.test(value) ? Date.parse(value) : NaN;
  const date = new Date(ms);
  if (!Number.isFinite(ms) || Number.isNaN(date.getTime())) throw serializationError(path, 'a timestamp (epoch seconds)');
  return date;
}

/** Reads one JSON value as `shape`. JSON null passes through: the engine treats it as an absent member. */
function decodeValue(shape: Shape, value: unknown, path: string): unknown {
  if (value === null) return null;
  switch (shape.type) {
    case 'string':
      if (typeof value !== 'string') throw serializationError(path, 'a string');
      return value;
    case 'blob': {
      if (typeof value !== 'string') throw serializationError(path, 'a base64-encoded string');
      const bytes = fromBase64(value);
      if (!bytes) throw serializationError(path, 'a base64-encoded string');
      return bytes;
    }
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw serializationError(path, 'an integer');
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw serializationError(path, 'a boolean');
      return value;
    case 'timestamp':
      return timestampOf(value, path);
    case 'list':
      if (!Array.isArray(value)) throw serializationError(path, 'a list');
      return value.map((item: unknown, index) => decodeValue(shape.member, item, `${path}.${index + 1}.member`));
    case 'map':
      if (!isJsonObject(value)) throw serializationError(path, 'a map');
      // fromEntries defines own properties, so a key like `__proto__` stays data and never a prototype.
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decodeValue(shape.value, item, `${path}.${key}.value`)]));
    case 'structure':
      if (!isJsonObject(value)) throw serializationError(path, 'a structure');
      return decodeMembers(shape.members, value, `${path}.`);
  }
}

function decodeMembers(members: Members, json: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // Only the model's members are read (with own-property checks, so `constructor` or `__proto__` in the
  // JSON are never mistaken for members); unknown members are dropped, as AWS ignores them.
  for (const [name, shape] of Object.entries(members)) {
    if (!Object.hasOwn(json, name)) continue;
    out[name] = decodeValue(shape, json[name], prefix + lowerCamel(name));
  }
  return out;
}

/** The engine input for a request body already parsed as a JSON object. */
export function decodeInput(members: Members, json: Record<string, unknown>): Record<string, unknown> {
  return decodeMembers(members, json, '');
}
