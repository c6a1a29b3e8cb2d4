import { describe, expect, it } from 'vitest';
import { explainException } from './exceptions';

describe('explainException', () => {
  it('explains the exceptions learners meet most', () => {
    expect(explainException('DisabledException')).toMatch(/disabled/);
    expect(explainException('InvalidCiphertextException')).toMatch(/encryption context/);
    expect(explainException('ThrottlingException')).toMatch(/quota/);
  });

  it('falls back to a neutral sentence for a name it does not know, including inherited property names', () => {
    expect(explainException('SomethingNewException')).toBe('KMS refused the request.');
    expect(explainException('constructor')).toBe('KMS refused the request.');
  });
});
