// From option text to request members: `fileb://` and `file://` first (awscli's paramfile), then the
// member's type (blobs are base64 text unless they came from fileb://, maps and structures are JSON
// or shorthand, integers as Python's int(), timestamps as ISO 8601 or epoch seconds).

import type { Members } from '../../engine/index';
import { pythonB64decode, text } from '../bytes';
import { resolvePath, type VirtualFiles } from '../virtual-files';
import type { ArgDef } from './arguments';
import { generalError, paramError, validationError } from './errors';
import { parseShorthand, ShorthandError, type ShorthandValue } from './shorthand';

type Shape = Members[string];

export interface ValueContext {
  files: VirtualFiles;
  /** AWS CLI v2's cli_binary_format: `base64` (its default) or `raw-in-base64-out` (v1's way). */
  binaryFormat: 'base64' | 'raw-in-base64-out';
}

/** `fileb://x` → the file's bytes, `file://x` → its text; anything else unchanged. */
export function loadParamFile(cliName: string, value: string, files: VirtualFiles): string | Uint8Array {
  const prefix = value.startsWith('fileb://') ? 'fileb://' : value.startsWith('file://') ? 'file://' : undefined;
  if (prefix === undefined) return value;
  const path = value.slice(prefix.length);
  const resolved = resolvePath(path);
  const bytes = !resolved.ok ? undefined : 'device' in resolved ? new Uint8Array(0) : files.read(resolved.name);
  if (bytes === undefined) {
    const reason = resolved.ok ? `[Errno 2] No such file or directory: '${path}'` : resolved.message;
    throw paramError(cliName, `Unable to load paramfile ${value}: ${reason}`);
  }
  return prefix === 'fileb://' ? bytes : text(bytes);
}

const define = (target: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

/** Python's int(): optional sign and surrounding whitespace, digits with single underscores. */
function pythonInt(value: string): number {
  const trimmed = value.trim();
  if (!/^[+-]?\d+(_\d+)*$/.test(trimmed)) throw generalError(`invalid literal for int() with base 10: '${value}'`);
  return Number(trimmed.replaceAll('_', ''));
}

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** botocore's timestamp input: epoch seconds or ISO 8601 (a date alone is midnight UTC; no zone is UTC). */
export function parseTimestamp(value: string): Date | undefined {
  const trimmed = value.trim();
  if (/^[+-]?\d+(\.\d+)?$/.test(trimmed)) return new Date(Math.round(Number(trimmed) * 1000));
  if (!ISO.test(trimmed)) return undefined;
  let normal = trimmed.replace(' ', 'T');
  if (normal.length === 10) normal += 'T00:00:00';
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(normal)) normal += 'Z';
  const date = new Date(normal.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A shorthand list value for a list-of-scalars member becomes a list, as awscli's BackCompatVisitor does. */
function backCompat(shape: Shape, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  switch (shape.type) {
    case 'list':
      return (Array.isArray(value) ? value : [value]).map((item: unknown) => backCompat(shape.member as Shape, item));
    case 'structure': {
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) define(out, key, key in shape.members ? backCompat(shape.members[key]!, item) : item);
      return out;
    }
    case 'map': {
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) define(out, key, backCompat(shape.value, item));
      return out;
    }
    case 'integer':
      return typeof value === 'string' && /^[+-]?\d+$/.test(value.trim()) ? Number(value) : value;
    case 'boolean':
      return typeof value === 'string' && /^(true|false)$/i.test(value) ? value.toLowerCase() === 'true' : value;
    default:
      return value;
  }
}

function parseJson(cliName: string, value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch (error) {
    throw paramError(cliName, `Invalid JSON: ${(error as Error).message}\nJSON received: ${value}`);
  }
}

function parseComplex(def: ArgDef, shape: Shape, value: string): unknown {
  if (/^\s*[[{]/.test(value)) return parseJson(def.cli, value);
  if (shape.type === 'list' && shape.member.type !== 'structure' && shape.member.type !== 'map') return value;
  try {
    return backCompat(shape, parseShorthand(value));
  } catch (error) {
    if (error instanceof ShorthandError) throw paramError(def.cli, error.message);
    throw error;
  }
}

/** One option's value as the request member, before blobs and timestamps take their final form. */
export function memberValue(def: ArgDef, raw: string | string[] | true, context: ValueContext): unknown {
  const shape = def.shape!;
  if (raw === true) return !def.negates;
  if (Array.isArray(raw)) {
    if (shape.type !== 'list') return raw;
    // A single `[…]` is the whole list as JSON; otherwise each word is one item.
    if (raw.length === 1 && /^\s*\[/.test(raw[0]!)) return parseJson(def.cli, raw[0]!);
    const member = shape.member as Shape;
    return raw.map((item) => (member.type === 'structure' || member.type === 'map' ? parseComplex(def, member, item) : item));
  }
  const loaded = loadParamFile(def.cli, raw, context.files);
  if (loaded instanceof Uint8Array) return shape.type === 'blob' ? loaded : text(loaded);
  switch (shape.type) {
    case 'integer':
      return pythonInt(loaded);
    case 'map':
    case 'structure':
      return parseComplex(def, shape, loaded);
    default:
      return loaded;
  }
}

/**
 * Final request values: blob strings decoded (v2's base64 default), timestamp strings parsed, and
 * botocore's client-side checks (types, required nested members, minimums) reported together.
 */
export function finishParams(members: Members, params: Record<string, unknown>, context: ValueContext): Record<string, unknown> {
  const problems: string[] = [];
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    const shape = members[name];
    if (shape === undefined) {
      problems.push(`Unknown parameter in input: "${name}", must be one of: ${Object.keys(members).join(', ')}`);
      continue;
    }
    define(out, name, finish(shape, value, name, context, problems));
  }
  for (const [name, shape] of Object.entries(members)) {
    if (shape.required && out[name] === undefined) problems.push(`Missing required parameter in input: "${name}"`);
  }
  if (problems.length > 0) throw validationError(problems);
  return out;
}

const pyType = (value: unknown) =>
  typeof value === 'string' ? "<class 'str'>" : typeof value === 'number' ? (Number.isInteger(value) ? "<class 'int'>" : "<class 'float'>") : typeof value === 'boolean' ? "<class 'bool'>" : Array.isArray(value) ? "<class 'list'>" : value instanceof Uint8Array ? "<class 'bytes'>" : "<class 'dict'>";

const pyRepr = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'boolean' ? (value ? 'True' : 'False') : value instanceof Uint8Array ? `b'…'` : JSON.stringify(value);

function finish(shape: Shape, value: unknown, path: string, context: ValueContext, problems: string[]): unknown {
  const wrongType = (valid: string) => {
    problems.push(`Invalid type for parameter ${path}, value: ${pyRepr(value)}, type: ${pyType(value)}, valid types: ${valid}`);
    return undefined;
  };
  const tooShort = (length: number) => {
    if (shape.type !== 'string' && shape.type !== 'blob' && shape.type !== 'list') return;
    if (shape.min !== undefined && length < shape.min) problems.push(`Invalid length for parameter ${path}, value: ${length}, valid min length: ${shape.min}`);
  };
  switch (shape.type) {
    case 'string':
      if (typeof value !== 'string') return wrongType("<class 'str'>");
      tooShort(value.length);
      return value;
    case 'blob': {
      let bytes: Uint8Array | null;
      if (value instanceof Uint8Array) bytes = value;
      else if (typeof value !== 'string') return wrongType("<class 'bytes'>, <class 'bytearray'>, file-like object");
      else if (context.binaryFormat === 'raw-in-base64-out') bytes = new TextEncoder().encode(value);
      else if ((bytes = pythonB64decode(value)) === null) throw generalError(`Invalid base64: "${value}"`);
      tooShort(bytes.length);
      return bytes;
    }
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return wrongType("<class 'int'>");
      if (shape.min !== undefined && value < shape.min) problems.push(`Invalid value for parameter ${path}, value: ${value}, valid min value: ${shape.min}`);
      return value;
    case 'boolean':
      return typeof value === 'boolean' ? value : wrongType("<class 'bool'>");
    case 'timestamp': {
      const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? parseTimestamp(String(value)) : undefined;
      return date ?? wrongType("<class 'datetime.datetime'>, timestamp-string");
    }
    case 'list':
      if (!Array.isArray(value)) return wrongType("<class 'list'>, <class 'tuple'>");
      tooShort(value.length);
      return value.map((item: unknown, index) => finish(shape.member as Shape, item, `${path}[${index}]`, context, problems));
    case 'map': {
      if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Uint8Array) return wrongType("<class 'dict'>");
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) define(out, key, finish(shape.value, item, `${path}.${key}`, context, problems));
      return out;
    }
    case 'structure': {
      if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Uint8Array) return wrongType("<class 'dict'>");
      const out: Record<string, unknown> = {};
      const record = value as Record<string, unknown>;
      for (const [member, memberShape] of Object.entries(shape.members)) {
        if (memberShape.required && record[member] === undefined) problems.push(`Missing required parameter in ${path}: "${member}"`);
      }
      for (const [key, item] of Object.entries(record)) {
        const memberShape = shape.members[key];
        if (!memberShape) problems.push(`Unknown parameter in ${path}: "${key}", must be one of: ${Object.keys(shape.members).join(', ')}`);
        else define(out, key, finish(memberShape, item, `${path}.${key}`, context, problems));
      }
      return out;
    }
  }
}

export type { ShorthandValue };
