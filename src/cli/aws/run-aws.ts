// `aws …` end to end: global options, service and command, options → request members, one
// AWS JSON 1.1 call per page through the protocol layer (as the real CLI goes over HTTP), and the
// response formatted as json, text or table. Every failure ends as the CLI ends it: a message on
// stderr and exit code 252, 254 or 255.

import type { JsonCall, WireResponse } from '../../protocol/index';
import type { Kms } from '../../engine/index';
import { EMPTY, toBase64, utf8 } from '../bytes';
import type { CommandResult } from '../shell/command';
import type { VirtualFiles } from '../virtual-files';
import { formatJson } from '../format/json-output';
import { formatTable } from '../format/table-output';
import { formatText } from '../format/text-output';
import { inModelOrder, OUTPUT_ORDER } from '../format/output-order';
import { withCliTimestamps } from '../format/timestamps';
import { operationHelp, serviceHelp, topHelp } from '../help/help-text';
import { argumentTable, parseOperationArgs, type ArgDef } from './arguments';
import { commandTable, SERVICES, type CommandSpec, type ServiceName } from './commands';
import { argumentError, CliError, EXIT, generalError, invalidChoice, serviceError } from './errors';
import { extractGlobals, identityForProfile, type Globals } from './globals';
import { paginate, type Paged } from './paginate';
import { finishParams, loadParamFile, memberValue, type ValueContext } from './param-values';
import { JmesPathRuntimeError } from '../query/functions';

export const CLI_VERSION = 'aws-cli/2.27.0 kms-lab';

export interface AwsContext {
  kms: Kms;
  files: VirtualFiles;
  /** The Region when --region is not given (the one chosen in the app). */
  region: string;
  /** The profile when --profile is not given. */
  profile: string;
  /** The terminal's width, which decides when a table turns on its side. */
  columns: number;
  /** One AWS JSON 1.1 exchange; callKmsJson on the engine unless a test records the requests. */
  send: (call: JsonCall) => Promise<WireResponse>;
}

type Response = Record<string, unknown>;

const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** The body as the wire carries it: blobs as base64, timestamps as epoch seconds. */
function toWire(value: unknown): unknown {
  if (value instanceof Uint8Array) return toBase64(value);
  if (value instanceof Date) return value.getTime() / 1000;
  if (Array.isArray(value)) return value.map(toWire);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) Object.defineProperty(out, key, { value: toWire(item), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

function collectParams(spec: CommandSpec, table: readonly ArgDef[], values: Map<string, string | string[] | true>, context: ValueContext): Response {
  const params: Response = {};
  const input = values.get('--cli-input-json');
  if (typeof input === 'string') {
    const loaded = loadParamFile('--cli-input-json', input, context.files);
    try {
      const parsed = JSON.parse(typeof loaded === 'string' ? loaded : new TextDecoder().decode(loaded)) as unknown;
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      Object.assign(params, parsed);
    } catch {
      throw generalError(`Invalid JSON received for --cli-input-json: ${input}`);
    }
  }
  for (const def of table) {
    const raw = values.get(def.cli);
    if (raw === undefined || def.member === undefined) continue;
    Object.defineProperty(params, def.member, { value: memberValue(def, raw, context), enumerable: true, writable: true, configurable: true });
  }
  return finishParams(spec.members, params, context);
}

function pagingConfig(table: readonly ArgDef[], values: Map<string, string | string[] | true>) {
  const number = (cli: string) => {
    const raw = values.get(cli);
    if (typeof raw !== 'string') return undefined;
    if (!/^[+-]?\d+$/.test(raw.trim())) throw argumentError(`argument ${cli}: invalid int value: '${raw}'`);
    return Number(raw);
  };
  const startingToken = values.get('--starting-token');
  const config = {
    ...(number('--max-items') !== undefined && { maxItems: number('--max-items') }),
    ...(number('--page-size') !== undefined && { pageSize: number('--page-size') }),
    ...(typeof startingToken === 'string' && { startingToken }),
  };
  // A service paging option (--limit, --marker, --max-results, --next-token) turns paging off.
  const manual = table.some((arg) => arg.undocumented && !arg.negates && values.has(arg.cli));
  return { config, manual };
}

function format(spec: CommandSpec, globals: Globals, output: Paged | Response, paged: boolean, columns: number): string {
  const kind = globals.output ?? 'json';
  const query = (value: unknown) => (globals.query ? globals.query.search(value) : value);
  if (kind === 'off') return '';
  if (kind === 'text' && paged) {
    const { pages, nextToken } = output as Paged;
    return pages.map((page) => formatText(query(page))).join('') + (nextToken ? formatText(query({ NextToken: { NextToken: nextToken } })) : '');
  }
  const data = query(paged ? (output as Paged).full : output);
  if (kind === 'text') return formatText(data);
  if (kind === 'table') return formatTable(spec.operation, data, columns);
  return formatJson(data);
}

async function callOperation(spec: CommandSpec, argv: readonly string[], globals: Globals, context: AwsContext): Promise<CommandResult> {
  const table = argumentTable(spec);
  const parsed = parseOperationArgs(table, argv);
  if (parsed.help) return { stdout: utf8(operationHelp(spec, table)), stderr: '', exitCode: 0 };
  const region = globals.region ?? context.region;
  const identity = identityForProfile(context.kms, globals.profile ?? context.profile);
  if (!context.kms.regions.some((known) => known.name === region)) {
    const simulated = context.kms.regions.map((known) => known.name).join(', ');
    throw generalError(`Could not connect to the endpoint URL: "https://${spec.service}.${region}.amazonaws.com/"\n(KMS Lab simulates ${simulated}.)`);
  }
  const params = collectParams(spec, table, parsed.values, { files: context.files, binaryFormat: globals.binaryFormat ?? 'base64' });
  const { config, manual } = pagingConfig(table, parsed.values);
  const paged = spec.paginator !== undefined && globals.paginate && !manual;
  if (!paged && Object.keys(config).length > 0) {
    throw new CliError(`\nCannot specify --no-paginate along with pagination arguments: ${Object.keys(config).map((key) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(', ')}\n`, EXIT.usage);
  }
  let debug = '';
  const send = async (request: Response): Promise<Response> => {
    const now = context.kms.clock.now();
    const body = JSON.stringify(toWire(request));
    const headers = {
      authorization: `AWS4-HMAC-SHA256 Credential=${identity.accessKeyId}/${stamp(now).slice(0, 8)}/${region}/${spec.service}/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=${'0'.repeat(64)}`,
      'x-amz-date': stamp(now),
      'user-agent': `${CLI_VERSION} command/${spec.service}.${spec.name}`,
    };
    const response = await context.send({ region, target: spec.target, body, headers });
    if (globals.debug) {
      debug += `DEBUG - POST https://${spec.service}.${region}.amazonaws.com/ X-Amz-Target: ${spec.target}\nDEBUG - Authorization: ${headers.authorization}\nDEBUG - Request body: ${body}\nDEBUG - Response ${response.statusCode} x-amzn-RequestId: ${response.headers['x-amzn-requestid'] ?? ''}\nDEBUG - Response body: ${response.body}\n`;
    }
    const parsedBody = JSON.parse(response.body || '{}') as Response;
    if (response.statusCode >= 300) {
      const field = (value: unknown) => (typeof value === 'string' ? value : undefined);
      const code = (field(parsedBody['__type']) ?? 'Unknown').split('#').pop()!;
      const message = field(parsedBody['message']) ?? field(parsedBody['Message']) ?? 'Unknown';
      throw serviceError(code, spec.operation, message);
    }
    return withCliTimestamps(inModelOrder(parsedBody, OUTPUT_ORDER[spec.operation])) as Response;
  };
  try {
    const output = paged ? await paginate(spec.paginator!, params, config, send) : await send(params);
    return { stdout: utf8(format(spec, globals, output, paged, context.columns)), stderr: debug, exitCode: 0 };
  } catch (error) {
    if (error instanceof CliError) throw new CliError(debug + error.stderr, error.exitCode);
    if (error instanceof JmesPathRuntimeError) throw new CliError(`${debug}\n${error.message}\n`, EXIT.general);
    throw error;
  }
}

/** Runs `aws <argv…>`. Never throws: every failure is a CommandResult with the CLI's exit code. */
export async function runAws(argv: readonly string[], context: AwsContext): Promise<CommandResult> {
  try {
    const { globals, rest } = extractGlobals(argv);
    if (globals.version) return { stdout: utf8(`${CLI_VERSION}\n`), stderr: '', exitCode: 0 };
    const [service, operation, ...options] = rest;
    if (service === undefined) throw argumentError('the following arguments are required: command');
    if (service === 'help') return { stdout: utf8(topHelp()), stderr: '', exitCode: 0 };
    if (!SERVICES.includes(service as ServiceName)) throw invalidChoice('command', service, SERVICES);
    const commands = commandTable(context.kms)[service as ServiceName];
    if (operation === undefined) throw argumentError('the following arguments are required: operation');
    if (operation === 'help') return { stdout: utf8(serviceHelp(service as ServiceName, commands)), stderr: '', exitCode: 0 };
    const spec = commands.find((command) => command.name === operation);
    if (!spec) throw invalidChoice('operation', operation, commands.map((command) => command.name));
    return await callOperation(spec, options, globals, context);
  } catch (error) {
    if (error instanceof CliError) return { stdout: EMPTY, stderr: error.stderr, exitCode: error.exitCode };
    if (error instanceof JmesPathRuntimeError) return { stdout: EMPTY, stderr: `\n${error.message}\n`, exitCode: EXIT.general };
    return { stdout: EMPTY, stderr: `\n${error instanceof Error ? error.message : String(error)}\n`, exitCode: EXIT.general };
  }
}
