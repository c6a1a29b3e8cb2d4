import { describe, expect, it } from 'vitest';
import { aliasProblem, fullAliasName, tagsFrom } from './alias-name';

describe('alias names typed in the console', () => {
  it('adds the alias/ prefix once', () => {
    expect(fullAliasName('orders')).toBe('alias/orders');
    expect(fullAliasName(' alias/orders ')).toBe('alias/orders');
  });

  it('accepts an empty alias (no alias) and a valid one', () => {
    expect(aliasProblem('')).toBeNull();
    expect(aliasProblem('team/orders_key-1')).toBeNull();
  });

  it('refuses characters CreateAlias refuses, the reserved aws/ prefix and a bare prefix', () => {
    expect(aliasProblem('my key')).toMatch(/only letters, numbers/);
    expect(aliasProblem('aws/s3')).toMatch(/reserved/);
    expect(aliasProblem('alias/')).toMatch(/name after alias/);
    expect(aliasProblem('a'.repeat(251))).toMatch(/at most 256/);
  });
});

describe('tags typed in rows', () => {
  it('drops rows without a key and keeps empty values', () => {
    expect(tagsFrom([{ key: ' team ', value: '' }, { key: '', value: 'x' }])).toEqual([{ TagKey: 'team', TagValue: '' }]);
  });
});
