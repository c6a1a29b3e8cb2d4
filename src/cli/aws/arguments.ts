// An operation's options, derived from its request members the way awscli's ServiceOperation builds
// its argument table: `--key-id` for KeyId, a `--no-` twin for each boolean, space-separated values
// for lists, plus the paging and --cli-input-json options the CLI adds. Parsing follows argparse.

import type { Members } from '../../engine/index';
import type { CommandSpec } from './commands';
import { xformName } from './commands';
import { argumentError, unknownOptions } from './errors';

type Member = Members[string];

export interface ArgDef {
  /** `--key-id` */
  cli: string;
  kind: 'flag' | 'list' | 'value';
  required: boolean;
  /** The request member it sets; absent for the CLI's own options. */
  member?: string;
  shape?: Member;
  /** For `--no-dry-run`: sets the member to false. */
  negates?: boolean;
  /** The CLI's own options: paging (botocore's PaginationConfig) and --cli-input-json. */
  special?: 'StartingToken' | 'PageSize' | 'MaxItems' | 'cli-input-json';
  /** Hidden from help: the service's paging members, which still work and turn auto-paging off. */
  undocumented?: boolean;
}

export function argumentTable(spec: CommandSpec): ArgDef[] {
  const table: ArgDef[] = [];
  const paging = spec.paginator ? [spec.paginator.inputToken, spec.paginator.limitKey] : [];
  for (const [member, shape] of Object.entries(spec.members)) {
    const cli = `--${xformName(member)}`;
    const undocumented = paging.includes(member);
    if (shape.type === 'boolean') {
      table.push({ cli, kind: 'flag', required: false, member, shape, ...(undocumented && { undocumented }) });
      table.push({ cli: `--no-${cli.slice(2)}`, kind: 'flag', required: false, member, shape, negates: true, undocumented: true });
    } else {
      table.push({ cli, kind: shape.type === 'list' ? 'list' : 'value', required: shape.required === true, member, shape, ...(undocumented && { undocumented }) });
    }
  }
  table.push({ cli: '--cli-input-json', kind: 'value', required: false, special: 'cli-input-json' });
  if (spec.paginator) {
    table.push({ cli: '--starting-token', kind: 'value', required: false, special: 'StartingToken' });
    table.push({ cli: '--page-size', kind: 'value', required: false, special: 'PageSize' });
    table.push({ cli: '--max-items', kind: 'value', required: false, special: 'MaxItems' });
  }
  return table;
}

export interface ParsedArgs {
  /** What each option was given, by its cli name: a string, a list of strings, or true for a flag. */
  values: Map<string, string | string[] | true>;
  help: boolean;
}

/** argparse treats `-x` and `--x` as options, but not a negative number. */
const looksLikeOption = (token: string) => token.startsWith('-') && token.length > 1 && !/^-\d+$|^-\d*\.\d+$/.test(token);

/** Reads an operation's argv as argparse would, then checks required options unless help was asked. */
export function parseOperationArgs(table: readonly ArgDef[], argv: readonly string[]): ParsedArgs {
  const values = new Map<string, string | string[] | true>();
  const unknown: string[] = [];
  let help = false;
  let sawUnknownOption = false;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (!looksLikeOption(token)) {
      // The CLI's one positional is `help`; argparse hands anything else over as unknown.
      if (token === 'help' && !help && !sawUnknownOption && unknown.length === 0) help = true;
      else unknown.push(token);
      continue;
    }
    const equals = token.startsWith('--') ? token.indexOf('=') : -1;
    const name = equals > 0 ? token.slice(0, equals) : token;
    const def = table.find((arg) => arg.cli === name);
    if (!def) {
      unknown.push(token);
      sawUnknownOption = true;
      continue;
    }
    sawUnknownOption = false;
    if (def.kind === 'flag') {
      if (equals > 0) throw argumentError(`argument ${def.cli}: ignored explicit argument '${token.slice(equals + 1)}'`);
      values.set(def.cli, true);
    } else if (def.kind === 'list') {
      const items = equals > 0 ? [token.slice(equals + 1)] : [];
      while (i + 1 < argv.length && !looksLikeOption(argv[i + 1]!)) items.push(argv[++i]!);
      if (items.length === 0) throw argumentError(`argument ${def.cli}: expected at least one argument`);
      values.set(def.cli, items);
    } else if (equals > 0) {
      values.set(def.cli, token.slice(equals + 1));
    } else {
      const next = argv[i + 1];
      if (next === undefined || looksLikeOption(next)) throw argumentError(`argument ${def.cli}: expected one argument`);
      values.set(def.cli, next);
      i++;
    }
  }
  if (help) return { values, help };
  // --cli-input-json may carry the required members, so the CLI stops requiring them on the line.
  if (!values.has('--cli-input-json')) {
    const missing = table.filter((arg) => arg.required && !values.has(arg.cli)).map((arg) => arg.cli);
    if (missing.length > 0) throw argumentError(`the following arguments are required: ${missing.join(', ')}`);
  }
  if (unknown.length > 0) throw unknownOptions(unknown);
  return { values, help };
}
