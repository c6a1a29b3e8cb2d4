// JMESPath's built-in functions that queries over KMS and CloudTrail output reach for, with the
// spec's type rules: a wrong argument type is an error, as jmespath.py reports it.

import type { Node } from './parser';

type Json = unknown;
export type Evaluate = (node: Node, value: Json) => Json;
type Fn = (args: Json[], evaluate: Evaluate) => Json;

export class JmesPathRuntimeError extends Error {
  override readonly name = 'JmesPathRuntimeError';
}

const isExpref = (value: Json): value is { __expref: Node } => typeof value === 'object' && value !== null && '__expref' in value;

function typeOf(value: Json): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (isExpref(value)) return 'expref';
  if (typeof value === 'object') return 'object';
  return typeof value;
}

function check(name: string, args: Json[], types: string[][]): void {
  if (args.length !== types.length) {
    throw new JmesPathRuntimeError(`Expected ${types.length} argument${types.length === 1 ? '' : 's'} for function ${name}(), received ${args.length}`);
  }
  args.forEach((arg, i) => {
    const actual = typeOf(arg);
    const allowed = types[i]!;
    const ok = allowed.includes(actual) || allowed.includes('any') || (actual === 'array' && allowed.some((type) => type.startsWith('array-') && (arg as Json[]).every((item) => typeOf(item) === type.slice(6))));
    if (!ok) {
      const shown = actual === 'null' ? 'None' : JSON.stringify(arg);
      throw new JmesPathRuntimeError(`In function ${name}(), invalid type for value: ${shown}, expected one of: [${allowed.map((type) => `'${type}'`).join(', ')}], received: "${actual}"`);
    }
  });
}

const compare = (a: Json, b: Json) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0);

function byKey(name: string, args: Json[], evaluate: Evaluate): Array<{ item: Json; key: Json }> {
  check(name, args, [['array'], ['expref']]);
  const node = (args[1] as { __expref: Node }).__expref;
  return (args[0] as Json[]).map((item) => ({ item, key: evaluate(node, item) }));
}

export const FUNCTIONS: Record<string, Fn> = {
  length(args) {
    check('length', args, [['string', 'array', 'object']]);
    const [value] = args;
    return typeof value === 'string' ? [...value].length : Array.isArray(value) ? value.length : Object.keys(value as object).length;
  },
  keys(args) {
    check('keys', args, [['object']]);
    return Object.keys(args[0] as object);
  },
  values(args) {
    check('values', args, [['object']]);
    return Object.values(args[0] as Record<string, Json>);
  },
  contains(args) {
    check('contains', args, [['array', 'string'], ['any']]);
    const [subject, search] = args;
    return typeof subject === 'string' ? typeof search === 'string' && subject.includes(search) : (subject as Json[]).some((item) => JSON.stringify(item) === JSON.stringify(search));
  },
  starts_with(args) {
    check('starts_with', args, [['string'], ['string']]);
    return (args[0] as string).startsWith(args[1] as string);
  },
  ends_with(args) {
    check('ends_with', args, [['string'], ['string']]);
    return (args[0] as string).endsWith(args[1] as string);
  },
  join(args) {
    check('join', args, [['string'], ['array-string']]);
    return (args[1] as string[]).join(args[0] as string);
  },
  reverse(args) {
    check('reverse', args, [['string', 'array']]);
    return typeof args[0] === 'string' ? [...args[0]].reverse().join('') : [...(args[0] as Json[])].reverse();
  },
  sort(args) {
    check('sort', args, [['array-string', 'array-number']]);
    return [...(args[0] as Json[])].sort(compare);
  },
  sort_by: (args, evaluate) => byKey('sort_by', args, evaluate).sort((a, b) => compare(a.key, b.key)).map(({ item }) => item),
  max_by(args, evaluate) {
    const keyed = byKey('max_by', args, evaluate);
    return keyed.length === 0 ? null : keyed.reduce((best, next) => (compare(next.key, best.key) > 0 ? next : best)).item;
  },
  min_by(args, evaluate) {
    const keyed = byKey('min_by', args, evaluate);
    return keyed.length === 0 ? null : keyed.reduce((best, next) => (compare(next.key, best.key) < 0 ? next : best)).item;
  },
  max(args) {
    check('max', args, [['array-number', 'array-string']]);
    const list = args[0] as Json[];
    return list.length === 0 ? null : list.reduce((a, b) => (compare(b, a) > 0 ? b : a));
  },
  min(args) {
    check('min', args, [['array-number', 'array-string']]);
    const list = args[0] as Json[];
    return list.length === 0 ? null : list.reduce((a, b) => (compare(b, a) < 0 ? b : a));
  },
  sum(args) {
    check('sum', args, [['array-number']]);
    return (args[0] as number[]).reduce((a, b) => a + b, 0);
  },
  to_string(args) {
    check('to_string', args, [['any']]);
    return typeof args[0] === 'string' ? args[0] : JSON.stringify(args[0]);
  },
  to_number(args) {
    check('to_number', args, [['any']]);
    const [value] = args;
    if (typeof value === 'number') return value;
    const parsed = typeof value === 'string' && /^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$/.test(value) ? Number(value) : null;
    return parsed;
  },
  type(args) {
    check('type', args, [['any']]);
    return typeOf(args[0]);
  },
  not_null: (args) => args.find((arg) => arg !== null && arg !== undefined) ?? null,
};
