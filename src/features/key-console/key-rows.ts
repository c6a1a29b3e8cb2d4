// The key list's rows as the console shows them, and the sorting and filtering of them. Pure: the
// rows are built from ListKeys, DescribeKey and ListAliases answers by load-keys.ts.

export interface KeyRow {
  keyId: string;
  arn: string;
  /** Alias names without the "alias/" prefix is how the console shows them; these keep the prefix. */
  aliases: readonly string[];
  status: string;
  keySpec: string;
  keyUsage: string;
  description: string;
  keyManager: string;
  /** Epoch milliseconds (simulation clock). */
  creationDate: number;
}

export const SORT_COLUMNS = ['aliases', 'keyId', 'status', 'keySpec', 'creationDate'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface SortOrder {
  column: SortColumn;
  direction: SortDirection;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function sortValue(row: KeyRow, column: SortColumn): string | number {
  if (column === 'creationDate') return row.creationDate;
  if (column === 'aliases') return row.aliases[0] ?? '';
  return row[column];
}

/**
 * Rows in the asked order. Ties keep creation order, and keys without an alias sort after those with
 * one whichever the direction (an empty cell is not "smaller" than a name), as the console does.
 */
export function sortRows(rows: readonly KeyRow[], order: SortOrder): KeyRow[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = sortValue(a.row, order.column);
      const y = sortValue(b.row, order.column);
      if (x === '' && y !== '') return 1;
      if (y === '' && x !== '') return -1;
      const compared = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return compared !== 0 ? sign * compared : a.index - b.index;
    })
    .map(({ row }) => row);
}

/** Rows where every word of the filter appears in an alias, the key ID, ARN, status, spec or description. */
export function filterRows(rows: readonly KeyRow[], text: string): KeyRow[] {
  const words = text.toLowerCase().split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const haystack = [...row.aliases, row.keyId, row.arn, row.status, row.keySpec, row.description].join(' ').toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** The next order after a click on a column header: the same column flips, another starts ascending. */
export function nextOrder(current: SortOrder, column: SortColumn): SortOrder {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
