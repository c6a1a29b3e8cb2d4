import { describe, expect, it } from 'vitest';
import { filterRows, nextOrder, sortRows, type KeyRow } from './key-rows';

const row = (keyId: string, aliases: string[], status: string, creationDate: number, description = ''): KeyRow => ({
  keyId,
  arn: `arn:aws:kms:us-east-1:111122223333:key/${keyId}`,
  aliases,
  status,
  keySpec: 'SYMMETRIC_DEFAULT',
  keyUsage: 'ENCRYPT_DECRYPT',
  description,
  keyManager: 'CUSTOMER',
  creationDate,
});

const rows = [
  row('bbbb', ['alias/zeta'], 'Enabled', 3),
  row('aaaa', [], 'Disabled', 1, 'payments database'),
  row('cccc', ['alias/Alpha', 'alias/other'], 'PendingDeletion', 2),
];
const ids = (list: KeyRow[]) => list.map((r) => r.keyId);

describe('key list sorting', () => {
  it('sorts by alias ignoring case, keys without an alias last in either direction', () => {
    expect(ids(sortRows(rows, { column: 'aliases', direction: 'ascending' }))).toEqual(['cccc', 'bbbb', 'aaaa']);
    expect(ids(sortRows(rows, { column: 'aliases', direction: 'descending' }))).toEqual(['bbbb', 'cccc', 'aaaa']);
  });

  it('sorts creation dates as times, not text', () => {
    expect(ids(sortRows(rows, { column: 'creationDate', direction: 'descending' }))).toEqual(['bbbb', 'cccc', 'aaaa']);
  });

  it('keeps ties in their original order', () => {
    const same = [row('x1', [], 'Enabled', 5), row('x2', [], 'Enabled', 5)];
    expect(ids(sortRows(same, { column: 'status', direction: 'descending' }))).toEqual(['x1', 'x2']);
  });

  it('flips the direction on a second click and starts ascending on another column', () => {
    expect(nextOrder({ column: 'status', direction: 'ascending' }, 'status')).toEqual({ column: 'status', direction: 'descending' });
    expect(nextOrder({ column: 'status', direction: 'descending' }, 'keyId')).toEqual({ column: 'keyId', direction: 'ascending' });
  });
});

describe('key list filtering', () => {
  it('matches every word anywhere in alias, ID, status or description, ignoring case', () => {
    expect(ids(filterRows(rows, 'ALPHA'))).toEqual(['cccc']);
    expect(ids(filterRows(rows, 'payments disabled'))).toEqual(['aaaa']);
    expect(ids(filterRows(rows, 'payments enabled'))).toEqual([]);
  });

  it('an empty filter keeps every row', () => {
    expect(filterRows(rows, '   ')).toHaveLength(3);
  });
});
