// The AWS CLI's global options, which may stand anywhere on the line (awscli parses them first with
// parse_known_args): --region, --output, --query, --profile, --debug, --no-paginate and the rest.
// Those that change nothing in a simulator (timeouts, TLS, pager, colour) are accepted and ignored,
// so commands copied from documentation still run.

import type { Identity, Kms } from '../../engine/index';
import { compileQuery, type CompiledQuery } from '../query/evaluate';
import { argumentError, generalError, invalidChoice } from './errors';

export type OutputFormat = 'json' | 'text' | 'table' | 'off';

export interface Globals {
  region?: string;
  output?: OutputFormat;
  query?: CompiledQuery;
  profile?: string;
  debug: boolean;
  paginate: boolean;
  version: boolean;
  binaryFormat?: 'base64' | 'raw-in-base64-out';
}

const OUTPUTS: readonly OutputFormat[] = ['json', 'text', 'table', 'off'];
const IGNORED_WITH_VALUE = ['--endpoint-url', '--color', '--cli-read-timeout', '--cli-connect-timeout', '--ca-bundle'];
const IGNORED_FLAGS = ['--no-verify-ssl', '--no-sign-request', '--no-cli-pager', '--cli-auto-prompt', '--no-cli-auto-prompt'];
export const GLOBAL_OPTIONS = ['--debug', '--region', '--output', '--query', '--profile', '--no-paginate', '--cli-binary-format', '--version', ...IGNORED_WITH_VALUE, ...IGNORED_FLAGS];

/** Takes the global options out of argv; what remains is `<service> <operation> [options]`. */
export function extractGlobals(argv: readonly string[]): { globals: Globals; rest: string[] } {
  const globals: Globals = { debug: false, paginate: true, version: false };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    const equals = token.startsWith('--') ? token.indexOf('=') : -1;
    const name = equals > 0 ? token.slice(0, equals) : token;
    const takesValue = ['--region', '--output', '--query', '--profile', '--cli-binary-format', ...IGNORED_WITH_VALUE].includes(name);
    if (!takesValue) {
      if (token === '--debug') globals.debug = true;
      else if (token === '--no-paginate') globals.paginate = false;
      else if (token === '--version') globals.version = true;
      else if (!IGNORED_FLAGS.includes(token)) rest.push(token);
      continue;
    }
    let value: string;
    if (equals > 0) value = token.slice(equals + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next.length > 1)) throw argumentError(`argument ${name}: expected one argument`);
      value = next;
      i++;
    }
    switch (name) {
      case '--region':
        globals.region = value;
        break;
      case '--profile':
        globals.profile = value;
        break;
      case '--output':
        if (!OUTPUTS.includes(value as OutputFormat)) throw invalidChoice('--output', value, OUTPUTS);
        globals.output = value as OutputFormat;
        break;
      case '--cli-binary-format':
        if (value !== 'base64' && value !== 'raw-in-base64-out') throw invalidChoice('--cli-binary-format', value, ['base64', 'raw-in-base64-out']);
        globals.binaryFormat = value;
        break;
      case '--query':
        try {
          globals.query = compileQuery(value);
        } catch (error) {
          throw generalError(`Bad value for --query ${value}: ${(error as Error).message}`);
        }
        break;
    }
  }
  return { globals, rest };
}

export interface Profile {
  name: string;
  identity: Identity;
}

/**
 * The simulated account's named profiles: `default` is the first identity (Admin), and each identity
 * also answers to its lower-case user name (`alice`, `bob`, `approle`, and `app` for the role).
 */
export function profiles(kms: Pick<Kms, 'identities'>): Profile[] {
  const out: Profile[] = [];
  const first = kms.identities[0];
  if (first) out.push({ name: 'default', identity: first });
  for (const identity of kms.identities) {
    const name = identity.userName.toLowerCase();
    out.push({ name, identity });
    if (identity.type === 'AssumedRole' && name.endsWith('role')) out.push({ name: name.slice(0, -4), identity });
  }
  return out;
}

export function identityForProfile(kms: Pick<Kms, 'identities'>, name: string): Identity {
  const found = profiles(kms).find((profile) => profile.name === name.toLowerCase());
  if (!found) throw generalError(`The config profile (${name}) could not be found`);
  return found.identity;
}
