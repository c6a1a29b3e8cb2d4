// Evaluates a parsed JMESPath expression against a response, with the spec's projection, null and
// truthiness rules, and the common built-in functions. Errors read like jmespath.py's, which the
// CLI prints as they are.

import { parseJmesPath, type Node } from './parser';
import { FUNCTIONS, JmesPathRuntimeError, type Evaluate } from './functions';

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** JMESPath's falsy values: null, false, '', [], {} (0 is true). */
export const truthy = (value: Json) =>
  !(value === null || value === undefined || value === false || value === '' || (Array.isArray(value) && value.length === 0) || (isObject(value) && Object.keys(value).length === 0));

function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && deepEqual(a[key], b[key]));
  }
  return false;
}

function slice(list: Json[], start: number | null, stop: number | null, step: number | null): Json[] {
  const length = list.length;
  const by = step ?? 1;
  const clamp = (value: number | null, fallback: number) => {
    if (value === null) return fallback;
    if (value < 0) return Math.max(value + length, by < 0 ? -1 : 0);
    return Math.min(value, by < 0 ? length - 1 : length);
  };
  const from = clamp(start, by < 0 ? length - 1 : 0);
  const to = clamp(stop, by < 0 ? -1 : length);
  const out: Json[] = [];
  for (let i = from; by > 0 ? i < to : i > to; i += by) out.push(list[i]);
  return out;
}

const evaluate: Evaluate = (node: Node, value: Json): Json => {
  switch (node.type) {
    case 'field':
      return isObject(value) && Object.hasOwn(value, node.name) ? value[node.name] : null;
    case 'current':
      return value;
    case 'literal':
      return node.value;
    case 'subexpression':
      return evaluate(node.right, evaluate(node.left, value));
    case 'index_expression':
      return evaluate(node.right, evaluate(node.left, value));
    case 'index':
      if (!Array.isArray(value)) return null;
      return value[node.index < 0 ? value.length + node.index : node.index] ?? null;
    case 'slice':
      return Array.isArray(value) ? slice(value, node.start, node.stop, node.step) : null;
    case 'pipe':
      return evaluate(node.right, evaluate(node.left, value));
    case 'or': {
      const left = evaluate(node.left, value);
      return truthy(left) ? left : evaluate(node.right, value);
    }
    case 'and': {
      const left = evaluate(node.left, value);
      return truthy(left) ? evaluate(node.right, value) : left;
    }
    case 'not':
      return !truthy(evaluate(node.child, value));
    case 'flatten': {
      const base = evaluate(node.child, value);
      if (!Array.isArray(base)) return null;
      return (base as Json[]).flatMap((item): Json[] => (Array.isArray(item) ? (item as Json[]) : [item]));
    }
    case 'projection': {
      const base = evaluate(node.left, value);
      if (!Array.isArray(base)) return null;
      return base.map((item: Json) => evaluate(node.right, item)).filter((item) => item !== null && item !== undefined);
    }
    case 'value_projection': {
      const base = evaluate(node.left, value);
      if (!isObject(base)) return null;
      return Object.values(base).map((item) => evaluate(node.right, item)).filter((item) => item !== null && item !== undefined);
    }
    case 'filter_projection': {
      const base = evaluate(node.left, value);
      if (!Array.isArray(base)) return null;
      return base
        .filter((item: Json) => truthy(evaluate(node.condition, item)))
        .map((item: Json) => evaluate(node.right, item))
        .filter((item) => item !== null && item !== undefined);
    }
    case 'comparator': {
      const left = evaluate(node.left, value);
      const right = evaluate(node.right, value);
      if (node.op === 'eq') return deepEqual(left, right);
      if (node.op === 'ne') return !deepEqual(left, right);
      if (typeof left !== 'number' || typeof right !== 'number') return null;
      return node.op === 'lt' ? left < right : node.op === 'lte' ? left <= right : node.op === 'gt' ? left > right : left >= right;
    }
    case 'multi_select_list':
      return value === null || value === undefined ? null : node.children.map((child) => evaluate(child, value));
    case 'multi_select_hash': {
      if (value === null || value === undefined) return null;
      const out: Record<string, Json> = {};
      for (const entry of node.entries) {
        Object.defineProperty(out, entry.key, { value: evaluate(entry.value, value), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'expref':
      return { __expref: node.child };
    case 'function': {
      const fn = FUNCTIONS[node.name];
      if (!fn) throw new JmesPathRuntimeError(`Unknown function: ${node.name}()`);
      return fn(node.args.map((arg) => (arg.type === 'expref' ? { __expref: arg.child } : evaluate(arg, value))), evaluate);
    }
  }
};

export interface CompiledQuery {
  expression: string;
  search(value: Json): Json;
}

/** Compiles once (so a bad `--query` fails before any request), then searches each response. */
export function compileQuery(expression: string): CompiledQuery {
  const ast = parseJmesPath(expression);
  return { expression, search: (value) => evaluate(ast, value) ?? null };
}
