// Runs a list of API calls (a start state, a reference solution, a wrong action) against the engine,
// resolving placeholders as it goes. Lessons, interactive questions and their tests share it.

import { allPages, isKmsError, withMarker, type Kms } from '../../engine/index';
import type { Action, ApiCall, CallValue, SimulationAction } from './types';

/**
 * Recorded as the userAgent of every request the content layer makes for itself (placeholder
 * look-ups here, reads in check.ts), so that goals and views can tell those records from the learner's.
 */
export const CONTENT_USER_AGENT = 'kms-lab/content';

export interface CallOutcome {
  call: ApiCall;
  ok: boolean;
  output?: Record<string, unknown>;
  error?: { name: string; message: string };
}

export interface RunOptions {
  /** The Region calls go to unless a call names its own (default us-east-1). */
  region?: string;
  /**
   * Outputs saved by earlier runs, by name. Pass the same object to a later run (the solution after
   * the start state) so that its `$ref`s can reach them; the run adds its own saved outputs to it.
   */
  saved?: Record<string, Record<string, unknown>>;
}

export interface RunResult {
  outcomes: CallOutcome[];
  saved: Record<string, Record<string, unknown>>;
}

/** A call list that did not go as written: a call failed unexpectedly, or an expected failure did not come. */
export class CallRunError extends Error {
  override readonly name = 'CallRunError';
  constructor(
    message: string,
    readonly index: number,
    readonly call: ApiCall,
  ) {
    super(message);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);

/** The identity ARN for a user name (`Alice`), `root` for the account, or an ARN as given. */
export function principalArn(kms: Kms, principal: string): string {
  if (principal === 'root') return `arn:aws:iam::${kms.accountId}:root`;
  if (principal.startsWith('arn:')) return principal;
  const identity = kms.identities.find((candidate) => candidate.userName === principal);
  if (!identity) {
    const known = kms.identities.map((candidate) => candidate.userName).join(', ');
    throw new Error(`KMS Lab has no identity called ${principal}. Known identities: ${known}.`);
  }
  return identity.arn;
}

function readPath(saved: Record<string, Record<string, unknown>>, ref: string): unknown {
  const [name, ...path] = ref.split('.');
  let value: unknown = saved[name!];
  if (value === undefined) throw new Error(`Nothing was saved as "${name}" before it was used in { $ref: '${ref}' }.`);
  for (const member of path) {
    if (!isRecord(value) || !(member in value)) throw new Error(`The saved output "${name}" has no member ${path.join('.')}.`);
    value = value[member];
  }
  return value;
}

interface ResolveScope {
  kms: Kms;
  region: string;
  saved: Record<string, Record<string, unknown>>;
}

async function resolve(value: CallValue, scope: ResolveScope): Promise<unknown> {
  if (Array.isArray(value)) return Promise.all(value.map((item) => resolve(item, scope)));
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0]!.startsWith('$')) {
    const placeholder = value as Record<string, unknown>;
    if (typeof placeholder.$ref === 'string') {
      const ref = placeholder.$ref;
      if (!ref.startsWith('alias/')) return readPath(scope.saved, ref);
      const described = await scope.kms.send('DescribeKey', { KeyId: ref }, { region: scope.region, userAgent: CONTENT_USER_AGENT });
      return (described.KeyMetadata as { KeyId: string }).KeyId;
    }
    if (typeof placeholder.$utf8 === 'string') return new TextEncoder().encode(placeholder.$utf8);
    if (typeof placeholder.$bytes === 'number') return new Uint8Array(placeholder.$bytes).fill(0x61);
    if (typeof placeholder.$principal === 'string') return principalArn(scope.kms, placeholder.$principal);
    if ('$json' in placeholder) return JSON.stringify(await resolve(placeholder.$json as CallValue, scope));
    throw new Error(`Unknown placeholder ${keys[0]}.`);
  }
  const out: Record<string, unknown> = {};
  for (const [member, item] of Object.entries(value)) out[member] = await resolve(item, scope);
  return out;
}

/**
 * Runs `calls` in order. A call that fails without `expectError`, or fails with a different error, or
 * succeeds despite `expectError`, stops the run with a CallRunError: a start state or a solution that
 * does not run as written is a bug in the content, not something to paper over.
 */
export async function runCalls(kms: Kms, calls: readonly ApiCall[], options: RunOptions = {}): Promise<RunResult> {
  const saved = options.saved ?? {};
  const outcomes: CallOutcome[] = [];
  for (const [index, call] of calls.entries()) {
    const region = call.context?.region ?? options.region ?? 'us-east-1';
    const scope: ResolveScope = { kms, region, saved };
    const input = (await resolve(call.input ?? {}, scope)) as Record<string, unknown>;
    const principal = call.context?.principal;
    const context = { region, ...(principal !== undefined && { principal: principalArn(kms, principal) }) };
    try {
      const output = await kms.send(call.operation, input, context);
      if (call.expectError !== undefined) {
        throw new CallRunError(`Call ${index + 1} (${call.operation}) was expected to fail with ${call.expectError}, but it succeeded.`, index, call);
      }
      if (call.saveAs !== undefined) saved[call.saveAs] = output;
      outcomes.push({ call, ok: true, output });
    } catch (thrown) {
      if (thrown instanceof CallRunError) throw thrown;
      const name = isKmsError(thrown) ? thrown.name : thrown instanceof Error ? thrown.name : 'Error';
      const message = thrown instanceof Error ? thrown.message : String(thrown);
      if (call.expectError !== name) {
        const expected = call.expectError === undefined ? '' : ` (expected ${call.expectError})`;
        throw new CallRunError(`Call ${index + 1} (${call.operation}) failed with ${name}${expected}: ${message}`, index, call);
      }
      outcomes.push({ call, ok: false, error: { name, message } });
    }
  }
  return { outcomes, saved };
}

export const isSimulationAction = (action: Action): action is SimulationAction => 'simulation' in action;

/** Applies one change to the simulated fleet. */
export function applySimulation(kms: Kms, action: SimulationAction): void {
  if (action.simulation === 'setAz') kms.simulation.setAz(action.az, action.state);
  else kms.simulation.setRegion(action.region, action.state);
}

/**
 * Runs a mix of KMS API calls and fleet changes in order (a lesson's start state or solution): runs
 * of API calls go through runCalls, sharing one `saved`; fleet changes apply between them.
 */
export async function runActions(kms: Kms, actions: readonly Action[], options: RunOptions = {}): Promise<RunResult> {
  const saved = options.saved ?? {};
  const outcomes: CallOutcome[] = [];
  let batch: ApiCall[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const result = await runCalls(kms, batch, { ...options, saved });
    outcomes.push(...result.outcomes);
    batch = [];
  };
  for (const action of actions) {
    if (isSimulationAction(action)) {
      await flush();
      applySimulation(kms, action);
    } else {
      batch.push(action);
    }
  }
  await flush();
  return { outcomes, saved };
}

/**
 * The aliases `calls` would create that already exist, each with its Region: a setup that runs into
 * one fails half-way with AlreadyExistsException (a learner repeating a task meets this). Asked with
 * observer calls, so looking leaves no trace.
 */
export async function aliasesInTheWay(kms: Kms, calls: readonly ApiCall[], options: Pick<RunOptions, 'region'> = {}): Promise<Array<{ aliasName: string; region: string }>> {
  const found: Array<{ aliasName: string; region: string }> = [];
  const existing = new Map<string, Set<string>>();
  for (const call of calls) {
    const aliasName = call.input?.['AliasName'];
    if (call.operation !== 'CreateAlias' || typeof aliasName !== 'string') continue;
    const region = call.context?.region ?? options.region ?? 'us-east-1';
    let names = existing.get(region);
    if (!names) {
      const aliases = await allPages<{ AliasName: string }>(
        (marker) => kms.send('ListAliases', withMarker({ Limit: 1000 }, marker), { region, userAgent: CONTENT_USER_AGENT, observer: true }),
        'Aliases',
      );
      names = new Set(aliases.map((alias) => alias.AliasName));
      existing.set(region, names);
    }
    if (names.has(aliasName)) found.push({ aliasName, region });
  }
  return found;
}
