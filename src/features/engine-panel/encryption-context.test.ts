import { describe, expect, it } from 'vitest';
import { formatEncryptionContext, parseEncryptionContext } from './encryption-context';

describe('parseEncryptionContext', () => {
  it('reads no pairs as no context at all', () => {
    expect(parseEncryptionContext('')).toEqual({ ok: true, context: undefined });
    expect(parseEncryptionContext(' , ')).toEqual({ ok: true, context: undefined });
  });

  it('reads comma-separated key=value pairs, trimming spaces', () => {
    expect(parseEncryptionContext('purpose=demo, team = finance')).toEqual({ ok: true, context: { purpose: 'demo', team: 'finance' } });
  });

  it('splits at the first = only, and allows an empty value', () => {
    expect(parseEncryptionContext('query=a=b,empty=')).toEqual({ ok: true, context: { query: 'a=b', empty: '' } });
  });

  it.each([
    ['purpose', 'is not a key=value pair'],
    ['=demo', 'has no key'],
    ['a=1,a=2', 'appears twice'],
  ])('refuses %j in words', (text, words) => {
    const parsed = parseEncryptionContext(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toContain(words);
  });

  it('round-trips through formatEncryptionContext', () => {
    const context = { purpose: 'demo', team: 'finance' };
    expect(parseEncryptionContext(formatEncryptionContext(context))).toEqual({ ok: true, context });
  });
});
