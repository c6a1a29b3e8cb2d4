// `--output text`, ported from awscli/text.py: a structure's scalars on one tab-separated line
// (sorted by key), each nested list or structure after it with its member name upper-cased as the
// line's first field, and a list of structures as one line per item with the scalar columns of all
// items. A bare scalar (as `--query CiphertextBlob` leaves) is printed alone.

import { pythonStr } from './python-str';

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: Json) => !Array.isArray(value) && !isObject(value);
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function formatText(value: Json): string {
  const out: string[] = [];
  formatValue(value, out, undefined, undefined);
  return out.join('');
}

function formatValue(item: Json, out: string[], identifier: string | undefined, scalarKeys: string[] | undefined): void {
  if (isObject(item)) formatDict(item, out, identifier, scalarKeys);
  else if (Array.isArray(item)) formatList(item, out, identifier);
  else out.push(`${pythonStr(item)}\n`);
}

function formatList(items: Json[], out: string[], identifier: string | undefined): void {
  if (items.length === 0) return;
  if (items.some(isObject)) {
    const keys = allScalarKeys(items);
    for (const element of items) formatValue(element, out, identifier, keys);
  } else if (items.some(Array.isArray)) {
    const scalars = items.filter(isScalar);
    if (scalars.length > 0) formatScalarList(scalars, out, identifier);
    for (const element of items.filter((item) => !isScalar(item))) formatValue(element, out, identifier, undefined);
  } else {
    formatScalarList(items, out, identifier);
  }
}

function formatScalarList(items: Json[], out: string[], identifier: string | undefined): void {
  if (identifier !== undefined) for (const item of items) out.push(`${identifier.toUpperCase()}\t${pythonStr(item)}\n`);
  else out.push(`${items.map(pythonStr).join('\t')}\n`);
}

function formatDict(item: Record<string, Json>, out: string[], identifier: string | undefined, scalarKeys: string[] | undefined): void {
  const scalars: string[] = [];
  const nested: Array<[string, Json]> = [];
  if (scalarKeys === undefined) {
    for (const key of Object.keys(item).sort(byKey)) {
      if (isScalar(item[key])) scalars.push(pythonStr(item[key]));
      else nested.push([key, item[key]]);
    }
  } else {
    for (const key of scalarKeys) scalars.push(key in item ? pythonStr(item[key]) : '');
    for (const key of Object.keys(item).filter((key) => !scalarKeys.includes(key)).sort(byKey)) nested.push([key, item[key]]);
  }
  if (scalars.length > 0) {
    if (identifier !== undefined) scalars.unshift(identifier.toUpperCase());
    out.push(`${scalars.join('\t')}\n`);
  }
  for (const [key, value] of nested) formatValue(value, out, key, undefined);
}

function allScalarKeys(items: Json[]): string[] {
  const keys = new Set<string>();
  for (const item of items) if (isObject(item)) for (const [key, value] of Object.entries(item)) if (isScalar(value)) keys.add(key);
  return [...keys].sort(byKey);
}
