import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8 } from './bytes';

const encoder = new TextEncoder();

describe('utf8', () => {
  it('gives the bytes TextEncoder gives, short and long, lone surrogates included', () => {
    for (const text of ['', 'abc', 'é€😀', '\ud800', 'x\udc00y', '\udbff\udfff', 'a'.repeat(300) + '😀']) {
      expect(utf8(text)).toEqual(encoder.encode(text));
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(utf8(text)).toEqual(encoder.encode(text));
      }),
      { seed: 8, numRuns: 500 },
    );
  });
});
