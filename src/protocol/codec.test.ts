// Properties of the JSON codec (decode.ts, encode.ts): what the engine writes comes back unchanged
// through the wire, and no JSON value makes decoding fail with anything but SerializationException.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKms, isKmsError, operationMembers, type Members } from '../engine/index';
import { decodeInput } from './decode';
import { encodeOutput } from './encode';

const SEED = 20261129;
const through = (members: Members, value: Record<string, unknown>) => decodeInput(members, JSON.parse(encodeOutput(value)) as Record<string, unknown>);

describe('wire codec', () => {
  it('round-trips any bytes as base64', () => {
    const members: Members = { Blob: { type: 'blob' } };
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        expect(through(members, { Blob: bytes })['Blob']).toEqual(bytes);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('round-trips any millisecond timestamp as epoch seconds', () => {
    const members: Members = { At: { type: 'timestamp' } };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(2200, 0, 1) }), (ms) => {
        expect((through(members, { At: new Date(ms) })['At'] as Date).getTime()).toBe(ms);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('refuses any string with a character outside the base64 alphabet', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }).filter((s) => /[^A-Za-z0-9+/=]/.test(s)), (prefix, junk) => {
        expect(() => decodeInput({ B: { type: 'blob' } }, { B: prefix + junk })).toThrow(expect.objectContaining({ name: 'SerializationException' }) as Error);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('throws nothing but SerializationException for any JSON in any member of any operation', async () => {
    const kms = await createKms();
    const targets = kms.operations.flatMap((operation) => Object.keys(operationMembers(operation)!).map((member) => [operation, member] as const));
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.jsonValue(), ([operation, member], value) => {
        try {
          decodeInput(operationMembers(operation)!, { [member]: value });
        } catch (error) {
          expect(isKmsError(error) && error.name).toBe('SerializationException');
        }
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('writes keys such as __proto__ as members, leaves out undefined, and keeps null', () => {
    const context = Object.fromEntries([['__proto__', 'x'], ['team', 'blue']]) as Record<string, string>;
    expect(JSON.parse(encodeOutput({ EncryptionContext: context, Missing: undefined, Nothing: null }))).toEqual(
      JSON.parse('{"EncryptionContext":{"__proto__":"x","team":"blue"},"Nothing":null}'),
    );
    expect(encodeOutput(undefined)).toBe('{}');
  });
});
