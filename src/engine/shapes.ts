// Request shapes of the AWS model (botocore service-2.json), and the validator that holds requests to
// them. Messages follow AWS's Coral style: "1 validation error detected: Value at 'plaintext' failed to
// satisfy constraint: Member must have length less than or equal to 4096". Members are named in
// lower camel case in those messages, as AWS does.

import { KmsError } from './errors';

export type Shape =
  | { type: 'string'; min?: number; max?: number; pattern?: RegExp; enum?: readonly string[] }
  | { type: 'blob'; min?: number; max?: number }
  | { type: 'integer'; min?: number; max?: number }
  | { type: 'boolean' }
  | { type: 'timestamp' }
  | { type: 'map'; key: Shape; value: Shape; max?: number }
  | { type: 'list'; member: Shape; min?: number; max?: number }
  | { type: 'structure'; members: Members };

export type Member = Shape & { required?: boolean };
export type Members = Record<string, Member>;

export const str = (constraints: Omit<Extract<Shape, { type: 'string' }>, 'type'> = {}): Shape => ({ type: 'string', ...constraints });
export const blob = (min?: number, max?: number): Shape => ({ type: 'blob', ...(min !== undefined && { min }), ...(max !== undefined && { max }) });
export const int = (min?: number, max?: number): Shape => ({ type: 'integer', ...(min !== undefined && { min }), ...(max !== undefined && { max }) });
export const bool: Shape = { type: 'boolean' };
export const timestamp: Shape = { type: 'timestamp' };
export const required = <S extends Shape>(shape: S): S & { required: true } => ({ ...shape, required: true });
export const list = (member: Shape, min?: number, max?: number): Shape => ({ type: 'list', member, ...(min !== undefined && { min }), ...(max !== undefined && { max }) });
export const structure = (members: Members): Shape => ({ type: 'structure', members });

/** Thrown while reading a request whose members have the wrong JSON or JavaScript types. */
export function serializationError(path: string, expected: string): KmsError {
  return new KmsError('SerializationException', `Invalid type at '${path}': expected ${expected}.`);
}

const lowerCamel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

function describe(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? `Value '${value}' at` : 'Value at';
}

/**
 * Checks `input` against the operation's members. Type mismatches throw SerializationException at
 * once; constraint violations are collected and thrown together as one ValidationException.
 * Unknown members are ignored, as AWS ignores them.
 */
export function validateInput(members: Members, input: unknown): void {
  if (input === undefined || input === null) input = {};
  if (typeof input !== 'object' || Array.isArray(input) || input instanceof Uint8Array) throw serializationError('', 'a structure');
  const problems: string[] = [];
  checkMembers(members, input as Record<string, unknown>, '', problems);
  if (problems.length > 0) {
    const count = problems.length === 1 ? '1 validation error detected' : `${problems.length} validation errors detected`;
    throw new KmsError('ValidationException', `${count}: ${problems.join('; ')}`);
  }
}

function checkMembers(members: Members, input: Record<string, unknown>, prefix: string, problems: string[]): void {
  for (const [name, shape] of Object.entries(members)) {
    const path = prefix + lowerCamel(name);
    const value = input[name];
    if (value === undefined || value === null) {
      if (shape.required) problems.push(`Value null at '${path}' failed to satisfy constraint: Member must not be null`);
      continue;
    }
    checkValue(shape, value, path, problems);
  }
}

function checkLength(length: number, shape: { min?: number; max?: number }, value: unknown, path: string, problems: string[]): void {
  if (shape.min !== undefined && length < shape.min) {
    problems.push(`${describe(value)} '${path}' failed to satisfy constraint: Member must have length greater than or equal to ${shape.min}`);
  }
  if (shape.max !== undefined && length > shape.max) {
    problems.push(`${describe(value)} '${path}' failed to satisfy constraint: Member must have length less than or equal to ${shape.max}`);
  }
}

function checkValue(shape: Shape, value: unknown, path: string, problems: string[]): void {
  switch (shape.type) {
    case 'string':
      if (typeof value !== 'string') throw serializationError(path, 'a string');
      checkLength(value.length, shape, value, path, problems);
      if (shape.enum && !shape.enum.includes(value)) {
        problems.push(`Value '${value}' at '${path}' failed to satisfy constraint: Member must satisfy enum value set: [${shape.enum.join(', ')}]`);
      } else if (shape.pattern && !shape.pattern.test(value)) {
        problems.push(`Value '${value}' at '${path}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${shape.pattern.source}`);
      }
      return;
    case 'blob':
      if (!(value instanceof Uint8Array)) throw serializationError(path, 'a blob');
      checkLength(value.length, shape, undefined, path, problems);
      return;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw serializationError(path, 'an integer');
      if (shape.min !== undefined && value < shape.min) {
        problems.push(`Value '${value}' at '${path}' failed to satisfy constraint: Member must have value greater than or equal to ${shape.min}`);
      }
      if (shape.max !== undefined && value > shape.max) {
        problems.push(`Value '${value}' at '${path}' failed to satisfy constraint: Member must have value less than or equal to ${shape.max}`);
      }
      return;
    case 'boolean':
      if (typeof value !== 'boolean') throw serializationError(path, 'a boolean');
      return;
    case 'timestamp':
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw serializationError(path, 'a timestamp');
      return;
    case 'map': {
      if (typeof value !== 'object' || Array.isArray(value) || value instanceof Uint8Array || value instanceof Date) {
        throw serializationError(path, 'a map');
      }
      const entries = Object.entries(value as Record<string, unknown>);
      if (shape.max !== undefined && entries.length > shape.max) {
        problems.push(`Value at '${path}' failed to satisfy constraint: Member must have length less than or equal to ${shape.max}`);
      }
      for (const [key, item] of entries) {
        checkValue(shape.key, key, `${path}.${key}.key`, problems);
        if (item === undefined || item === null) {
          problems.push(`Value null at '${path}.${key}.value' failed to satisfy constraint: Member must not be null`);
          continue;
        }
        checkValue(shape.value, item, `${path}.${key}.value`, problems);
      }
      return;
    }
    case 'list': {
      if (!Array.isArray(value)) throw serializationError(path, 'a list');
      checkLength(value.length, shape, undefined, path, problems);
      value.forEach((item: unknown, index) => {
        const itemPath = `${path}.${index + 1}.member`;
        if (item === undefined || item === null) {
          problems.push(`Value null at '${itemPath}' failed to satisfy constraint: Member must not be null`);
          return;
        }
        checkValue(shape.member, item, itemPath, problems);
      });
      return;
    }
    case 'structure':
      if (typeof value !== 'object' || Array.isArray(value) || value instanceof Uint8Array || value instanceof Date) {
        throw serializationError(path, 'a structure');
      }
      checkMembers(shape.members, value as Record<string, unknown>, `${path}.`, problems);
      return;
  }
}
