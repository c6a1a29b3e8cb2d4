// Tab completion for the terminal UI: commands, `aws` services and subcommands, the options of the
// current subcommand not yet used, and values where the choices are known (key IDs and aliases,
// enum values, fileb:// and file:// names, output formats, Regions, profiles, $VARIABLES). Pure: the
// UI passes what it knows (key IDs and aliases from observer calls, so completing never writes a
// CloudTrail record).

import { LOOKUP_EVENTS_MEMBERS, operationMembers } from '../engine/index';
import { argumentTable, type ArgDef } from './aws/arguments';
import { SERVICES, xformName, type CommandSpec } from './aws/commands';
import { GLOBAL_OPTIONS } from './aws/globals';
import { CLOUDTRAIL_TARGET_PREFIX, KMS_TARGET_PREFIX } from '../protocol/index';

export interface CompletionContext {
  keyIds: readonly string[];
  aliases: readonly string[];
  files: readonly string[];
  /** The engine's operations (kms.operations); default: those KMS Lab implements today. */
  operations?: readonly string[];
  commands?: readonly string[];
  regions?: readonly string[];
  profiles?: readonly string[];
  /** The shell's variable names, offered as `$NAME` where a word starts with `$`. */
  variables?: readonly string[];
}

export interface Completion {
  /** The range of `line` the chosen candidate replaces. */
  start: number;
  end: number;
  candidates: string[];
}

const DEFAULT_OPERATIONS = [
  'CreateKey', 'DescribeKey', 'ListKeys', 'UpdateKeyDescription', 'EnableKey', 'DisableKey', 'ScheduleKeyDeletion', 'CancelKeyDeletion',
  'Encrypt', 'Decrypt', 'ReEncrypt', 'GenerateDataKey', 'GenerateDataKeyWithoutPlaintext', 'GenerateRandom',
  'CreateAlias', 'UpdateAlias', 'DeleteAlias', 'ListAliases', 'EnableKeyRotation', 'DisableKeyRotation', 'GetKeyRotationStatus',
  'RotateKeyOnDemand', 'ListKeyRotations', 'TagResource', 'UntagResource', 'ListResourceTags', 'GetKeyPolicy', 'PutKeyPolicy', 'ListKeyPolicies',
];
const DEFAULT_COMMANDS = ['aws', 'base64', 'cat', 'clear', 'echo', 'help', 'history', 'ls', 'rm'];
const FILE_COMMANDS = new Set(['cat', 'base64', 'rm', 'ls']);
const KEY_OPTIONS = new Set(['--key-id', '--target-key-id', '--destination-key-id', '--source-key-id']);
const GLOBAL_VALUES = new Set(['--region', '--output', '--query', '--profile', '--cli-binary-format', '--endpoint-url', '--color', '--cli-read-timeout', '--cli-connect-timeout', '--ca-bundle']);

interface Scan {
  /** The words of the command the cursor is in, before the current word. */
  words: string[];
  current: string;
  start: number;
  /** The word before the current one was a redirection operator. */
  afterRedirect: boolean;
}

/** Reads the line up to the cursor the way the shell will: quotes, escapes, and command separators. */
function scan(prefix: string): Scan {
  let words: string[] = [];
  let word = '';
  let start = 0;
  let inWord = false;
  let quote: string | undefined;
  let afterRedirect = false;
  let pendingRedirect = false;
  for (let i = 0; i < prefix.length; i++) {
    const char = prefix[i]!;
    if (quote) {
      if (char === quote) quote = undefined;
      else word += char;
      continue;
    }
    if (char === '"' || char === "'") {
      if (!inWord) start = i;
      quote = char;
      inWord = true;
    } else if (char === '\\' && i + 1 < prefix.length) {
      if (!inWord) start = i;
      word += prefix[++i];
      inWord = true;
    } else if (' \t\n|;&<>'.includes(char)) {
      if (inWord) {
        if (pendingRedirect) pendingRedirect = false;
        else words.push(word);
      }
      word = '';
      inWord = false;
      if ('|;&'.includes(char)) {
        words = [];
        pendingRedirect = false;
      }
      if (char === '>' || char === '<') pendingRedirect = true;
    } else {
      if (!inWord) start = i;
      word += char;
      inWord = true;
    }
    afterRedirect = pendingRedirect;
  }
  if (!inWord) start = prefix.length;
  return { words, current: inWord ? word : '', start, afterRedirect };
}

function specFor(service: string | undefined, operation: string | undefined, operations: readonly string[]): CommandSpec | undefined {
  if (service === 'cloudtrail' && operation === 'lookup-events') {
    return { service: 'cloudtrail', name: 'lookup-events', operation: 'LookupEvents', target: `${CLOUDTRAIL_TARGET_PREFIX}.LookupEvents`, members: LOOKUP_EVENTS_MEMBERS, paginator: { inputToken: 'NextToken', outputToken: 'NextToken', limitKey: 'MaxResults', resultKey: 'Events' } };
  }
  if (service !== 'kms') return undefined;
  const name = operations.find((candidate) => xformName(candidate) === operation);
  const members = name === undefined ? undefined : operationMembers(name);
  return name && members ? { service: 'kms', name: operation!, operation: name, target: `${KMS_TARGET_PREFIX}.${name}`, members } : undefined;
}

function valuesFor(option: string, def: ArgDef | undefined, current: string, context: CompletionContext): string[] {
  if (current.startsWith('fileb://') || current.startsWith('file://')) {
    const prefix = current.startsWith('fileb://') ? 'fileb://' : 'file://';
    return context.files.map((file) => prefix + file);
  }
  if (KEY_OPTIONS.has(option)) return [...context.keyIds, ...context.aliases];
  if (option === '--alias-name') return [...context.aliases];
  if (option === '--output') return ['json', 'table', 'text'];
  if (option === '--region') return [...(context.regions ?? [])];
  if (option === '--profile') return [...(context.profiles ?? [])];
  if (option === '--cli-binary-format') return ['base64', 'raw-in-base64-out'];
  const shape = def?.shape;
  if (shape?.type === 'string' && shape.enum) return [...shape.enum];
  if (shape?.type === 'blob') return context.files.map((file) => `fileb://${file}`);
  if (option === '--cli-input-json' || option === '--policy') return context.files.map((file) => `file://${file}`);
  return [];
}

export function complete(line: string, cursor: number, context: CompletionContext): Completion {
  const { words, current, start, afterRedirect } = scan(line.slice(0, Math.max(0, Math.min(cursor, line.length))));
  const done = (candidates: readonly string[]): Completion => ({
    start,
    end: cursor,
    candidates: [...new Set(candidates)].filter((candidate) => candidate.startsWith(current)).sort(),
  });
  if (current.startsWith('$')) return done((context.variables ?? []).map((name) => `$${name}`));
  if (afterRedirect) return done(context.files);
  if (words.length === 0) return done(context.commands ?? DEFAULT_COMMANDS);
  if (words[0] !== 'aws') return done(FILE_COMMANDS.has(words[0]!) ? context.files : []);

  const operations = context.operations ?? DEFAULT_OPERATIONS;
  const positionals: string[] = [];
  const used = new Set<string>();
  let spec: CommandSpec | undefined;
  let table: ArgDef[] = [];
  let valueFor: string | undefined;
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (word.startsWith('--')) {
      used.add(word);
      const def = table.find((arg) => arg.cli === word);
      valueFor = GLOBAL_VALUES.has(word) || (def !== undefined && def.kind !== 'flag') ? word : undefined;
      continue;
    }
    if (valueFor !== undefined) {
      if (table.find((arg) => arg.cli === valueFor)?.kind !== 'list') valueFor = undefined;
      continue;
    }
    positionals.push(word);
    if (positionals.length === 2) {
      spec = specFor(positionals[0], positionals[1], operations);
      table = spec ? argumentTable(spec) : [];
    }
  }
  if (current.startsWith('-')) {
    const options = table.filter((arg) => !arg.undocumented && !used.has(arg.cli)).map((arg) => arg.cli);
    return done([...options, ...GLOBAL_OPTIONS.filter((option) => !used.has(option))]);
  }
  if (valueFor !== undefined) return done(valuesFor(valueFor, table.find((arg) => arg.cli === valueFor), current, context));
  if (current.startsWith('fileb://') || current.startsWith('file://')) return done(valuesFor('', undefined, current, context));
  if (positionals.length === 0) return done([...SERVICES, 'help']);
  if (positionals.length === 1) {
    const names = positionals[0] === 'kms' ? operations.map(xformName) : positionals[0] === 'cloudtrail' ? ['lookup-events'] : [];
    return done([...names, 'help']);
  }
  const options = table.filter((arg) => !arg.undocumented && !used.has(arg.cli)).map((arg) => arg.cli);
  return done(spec && positionals.length === 2 ? [...options, ...(used.size === 0 ? ['help'] : [])] : []);
}
