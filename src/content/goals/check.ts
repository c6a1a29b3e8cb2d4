// The goal checker: is a goal of the goal language (types.ts) met by the live engine right now?
// It reads engine state through kms.send (DescribeKey, ListAliases, GetKeyRotationStatus …) and the
// trail through kms.trail.entries(), and explains in plain words what is still missing. Lessons and
// interactive questions use the same checker; it has no React and keeps no state of its own.
//
// Its reads are observer calls (SPEC REQ-8): they leave no CloudTrail record and use no quota, so
// checking a goal never changes what the learner sees in the trail. Trail goals still ignore records
// that carry CONTENT_USER_AGENT, which the call runner's own look-ups (run-calls.ts, a `$ref` to an
// alias) write. A start state's calls are ordinary records: lessons count only records after the step
// began (`sinceSeq`).

import { allPages, withMarker, type CloudTrailRecord, type Kms, type RegionHealth, type TrailEntry } from '../../engine/index';
import { CONTENT_USER_AGENT, principalArn } from './run-calls';
import type { Goal, KeySelector, TrailMatch } from './types';

export interface CheckOptions {
  /** The Region a goal means when it names none (the learner's current Region). */
  region: string;
  /** Only trail records after this sequence number count (e.g. those since a lesson step began). */
  sinceSeq?: number;
}

export interface GoalResult {
  passed: boolean;
  /** What is met, or what is still missing, in plain words. */
  detail: string;
}

type Metadata = Record<string, unknown> & { KeyId: string; Arn: string; KeyState: string };

type Resolved = { ok: true; metadata: Metadata } | { ok: false; detail: string };

const DAY_MS = 24 * 60 * 60 * 1000;

const pass = (detail: string): GoalResult => ({ passed: true, detail });
const fail = (detail: string): GoalResult => ({ passed: false, detail });

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** How a selector reads in a sentence. */
export function describeKey(selector: KeySelector): string {
  if ('alias' in selector) return selector.alias;
  if ('keyId' in selector) return `key ${selector.keyId}`;
  return `the key described "${selector.description}"`;
}

const pairs = (context: Record<string, string>) =>
  Object.entries(context)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');

const errorText = (thrown: unknown) => (thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown));

/** One checker run: the Region, the options, and a cache of keys already resolved. */
class Checker {
  readonly #cache = new Map<string, Promise<Resolved>>();

  constructor(
    readonly kms: Kms,
    readonly options: CheckOptions,
  ) {}

  send(operation: string, input: Record<string, unknown>, region: string) {
    // An observer call: checking a goal must not itself write CloudTrail records or use up quota.
    return this.kms.send(operation, input, { region, userAgent: CONTENT_USER_AGENT, observer: true });
  }

  /** Every item of a List operation, page after page. */
  list<T>(operation: string, input: Record<string, unknown>, member: string, region: string): Promise<T[]> {
    return allPages<T>((marker) => this.send(operation, withMarker(input, marker), region), member);
  }

  resolveKey(selector: KeySelector, region: string): Promise<Resolved> {
    const cacheKey = `${region}|${JSON.stringify(selector)}`;
    let resolved = this.#cache.get(cacheKey);
    if (!resolved) {
      resolved = this.#resolve(selector, region);
      this.#cache.set(cacheKey, resolved);
    }
    return resolved;
  }

  async #resolve(selector: KeySelector, region: string): Promise<Resolved> {
    const name = describeKey(selector);
    try {
      if ('description' in selector) {
        const matches: Metadata[] = [];
        for (const entry of await this.list<{ KeyId: string }>('ListKeys', {}, 'Keys', region)) {
          const { KeyMetadata } = await this.send('DescribeKey', { KeyId: entry.KeyId }, region);
          const metadata = KeyMetadata as Metadata;
          if (metadata.Description === selector.description) matches.push(metadata);
        }
        if (matches.length === 0) return { ok: false, detail: `There is no key described "${selector.description}" in ${region} yet.` };
        const newest = matches.reduce((a, b) => ((b.CreationDate as Date).getTime() >= (a.CreationDate as Date).getTime() ? b : a));
        return { ok: true, metadata: newest };
      }
      const keyId = 'alias' in selector ? selector.alias : selector.keyId;
      const { KeyMetadata } = await this.send('DescribeKey', { KeyId: keyId }, region);
      return { ok: true, metadata: KeyMetadata as Metadata };
    } catch (thrown) {
      if (thrown instanceof Error && thrown.name === 'NotFoundException') {
        return { ok: false, detail: `${name} does not exist in ${region}${'alias' in selector ? ' yet' : ''}.` };
      }
      return { ok: false, detail: `Could not look up ${name} in ${region} (${errorText(thrown)}).` };
    }
  }

  /** The learner's trail records in a Region, oldest first. */
  records(region: string): TrailEntry[] {
    const since = this.options.sinceSeq ?? Number.NEGATIVE_INFINITY;
    return this.kms.trail.entries().filter((entry) => entry.seq > since && entry.record.awsRegion === region && entry.record.userAgent !== CONTENT_USER_AGENT);
  }
}

// ---------------------------------------------------------------------------------------------
// Trail matching

interface Criterion {
  /** Words before the event name: "successful GenerateDataKey calls". */
  adjective?: string;
  /** Words after it: "… calls for alias/billing". */
  suffix?: string;
  /** How a miss reads: "… but none with encryption context tenant=acme". */
  none: string;
  test: (record: CloudTrailRecord) => boolean;
}

function outcomeOf(match: TrailMatch): 'success' | 'failure' | 'any' {
  return match.outcome ?? (match.error !== undefined ? 'failure' : 'success');
}

function contains(actual: unknown, expected: unknown): boolean {
  if (isRecord(expected)) {
    return isRecord(actual) && Object.entries(expected).every(([key, value]) => contains(actual[key], value));
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((value, index) => contains(actual[index], value));
  }
  return actual === expected;
}

function callerMatches(record: CloudTrailRecord, user: string): boolean {
  const identity = record.userIdentity;
  const arn = typeof identity.arn === 'string' ? identity.arn : '';
  return identity.userName === user || arn === user || arn.split('/').pop() === user || (user === 'root' && identity.type === 'Root');
}

/**
 * The criteria a trail match stands for, in the order a miss is reported: the key, the caller, the
 * outcome, then the request's details.
 */
async function criteriaFor(checker: Checker, match: TrailMatch, region: string): Promise<{ criteria: Criterion[] } | { unresolved: string }> {
  const criteria: Criterion[] = [];
  let currentMaterial: string | undefined;
  if (match.key) {
    const resolved = await checker.resolveKey(match.key, region);
    if (!resolved.ok) return { unresolved: resolved.detail };
    const arn = resolved.metadata.Arn;
    currentMaterial = resolved.metadata.CurrentKeyMaterialId as string | undefined;
    const phrase = `for ${describeKey(match.key)}`;
    criteria.push({ suffix: phrase, none: phrase, test: (record) => (record.resources ?? []).some((resource) => resource.ARN === arn) });
  }
  if (match.user !== undefined) {
    const user = match.user;
    criteria.push({ suffix: `by ${user}`, none: `by ${user}`, test: (record) => callerMatches(record, user) });
  }
  const outcome = outcomeOf(match);
  if (match.error !== undefined) {
    const error = match.error;
    const phrase = `that failed with ${error}`;
    criteria.push({ suffix: phrase, none: phrase, test: (record) => record.errorCode === error });
  } else if (outcome === 'success') {
    criteria.push({ adjective: 'successful', none: 'that succeeded', test: (record) => record.errorCode === undefined });
  } else if (outcome === 'failure') {
    criteria.push({ adjective: 'failed', none: 'that failed', test: (record) => record.errorCode !== undefined });
  }
  if (match.encryptionContext) {
    const expected = match.encryptionContext;
    const exact = match.exactContext === true;
    const phrase = `with encryption context ${exact ? 'exactly ' : ''}${pairs(expected)}`;
    criteria.push({
      suffix: phrase,
      none: phrase,
      test: (record) => {
        const actual = record.requestParameters?.encryptionContext;
        if (!isRecord(actual)) return false;
        if (exact && Object.keys(actual).length !== Object.keys(expected).length) return false;
        return Object.entries(expected).every(([key, value]) => actual[key] === value);
      },
    });
  }
  if (match.parameters) {
    const expected = match.parameters;
    const phrase = `with ${JSON.stringify(expected)}`;
    criteria.push({ suffix: phrase, none: phrase, test: (record) => contains(record.requestParameters, expected) });
  }
  if (match.keyMaterial) {
    const wanted = match.keyMaterial;
    const phrase = wanted === 'current' ? 'using the current key material' : 'using key material from before a rotation';
    criteria.push({
      suffix: phrase,
      none: phrase,
      test: (record) => {
        const used = record.additionalEventData?.keyMaterialId;
        if (typeof used !== 'string' || currentMaterial === undefined) return false;
        return wanted === 'current' ? used === currentMaterial : used !== currentMaterial;
      },
    });
  }
  return { criteria };
}

/** "successful GenerateDataKey calls for alias/billing with encryption context tenant=acme". */
function describeCalls(eventName: string, criteria: readonly Criterion[], plural: boolean): string {
  const adjectives = criteria.flatMap((criterion) => (criterion.adjective ? [criterion.adjective] : []));
  const suffixes = criteria.flatMap((criterion) => (criterion.suffix ? [criterion.suffix] : []));
  return [...adjectives, eventName, plural ? 'calls' : 'call', ...suffixes].join(' ');
}

const article = (phrase: string) => (/^[aeiou]/i.test(phrase) ? 'an' : 'a');

interface MatchResult {
  entry?: TrailEntry;
  detail: string;
}

/**
 * Finds the first record after `afterSeq` that meets every criterion. When none does, the detail
 * names the first criterion that ruled out the last candidates ("… calls for alias/billing, but none
 * with encryption context tenant=acme"), so the learner sees the one thing to fix.
 */
async function findRecord(checker: Checker, match: TrailMatch, region: string, afterSeq = Number.NEGATIVE_INFINITY): Promise<MatchResult> {
  const built = await criteriaFor(checker, match, region);
  if ('unresolved' in built) return { detail: built.unresolved };
  const { criteria } = built;
  let candidates = checker.records(region).filter((entry) => entry.seq > afterSeq && entry.record.eventName === match.eventName);
  if (candidates.length === 0) return { detail: `No ${describeCalls(match.eventName, criteria, false)} in CloudTrail (${region}) yet.` };
  for (const [index, criterion] of criteria.entries()) {
    const remaining = candidates.filter((entry) => criterion.test(entry.record));
    if (remaining.length === 0) {
      return { detail: `CloudTrail has ${describeCalls(match.eventName, criteria.slice(0, index), true)}, but none ${criterion.none}.` };
    }
    candidates = remaining;
  }
  const entry = candidates[0]!;
  const whole = describeCalls(match.eventName, criteria, false);
  return { entry, detail: `CloudTrail records ${article(whole)} ${whole} (event ${entry.record.eventID}).` };
}

// ---------------------------------------------------------------------------------------------
// Key policy reading (static: statements as written, conditions not evaluated)

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

function actionMatches(pattern: unknown, action: string): boolean {
  if (typeof pattern !== 'string') return false;
  if (pattern === '*') return true;
  const regex = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');
  return regex.test(action);
}

function statementCoversAction(statement: Record<string, unknown>, action: string): boolean {
  if (statement.Action !== undefined) return asList(statement.Action).some((pattern) => actionMatches(pattern, action));
  if (statement.NotAction !== undefined) return !asList(statement.NotAction).some((pattern) => actionMatches(pattern, action));
  return false;
}

function awsPrincipals(statement: Record<string, unknown>): unknown[] {
  const principal = statement.Principal;
  if (principal === '*') return ['*'];
  return isRecord(principal) ? asList(principal.AWS) : [];
}

// ---------------------------------------------------------------------------------------------
// Goal kinds

async function check(checker: Checker, goal: Goal): Promise<GoalResult> {
  const region = 'region' in goal && goal.region !== undefined ? goal.region : checker.options.region;
  switch (goal.kind) {
    case 'all': {
      const results = await sequential(checker, goal.goals);
      const open = results.filter((result) => !result.passed);
      if (open.length === 0) return pass(results.length === 1 ? results[0]!.detail : `All ${results.length} conditions are met.`);
      // One thing at a time: the first open condition, and how many more follow it.
      const more = open.length - 1;
      return fail(more === 0 ? open[0]!.detail : `${open[0]!.detail} (${more} more condition${more === 1 ? '' : 's'} still open.)`);
    }
    case 'any': {
      const results = await sequential(checker, goal.goals);
      const met = results.find((result) => result.passed);
      if (met) return met;
      return fail(`None of these holds yet: ${results.map((result) => result.detail).join(' / ')}`);
    }
    case 'not': {
      const inner = await check(checker, goal.goal);
      return inner.passed ? fail(goal.because) : pass(`As required, this is not so: ${inner.detail}`);
    }
    case 'key-exists': {
      const resolved = await checker.resolveKey(goal.key, region);
      if (!resolved.ok) return fail(resolved.detail);
      const name = describeKey(goal.key);
      for (const [member, expected] of Object.entries(goal.metadata ?? {})) {
        const actual = resolved.metadata[member];
        if (actual !== expected) return fail(`${name} exists, but its ${member} is ${JSON.stringify(actual)}, not ${JSON.stringify(expected)}.`);
      }
      return pass(`${name} exists in ${region}.`);
    }
    case 'key-state': {
      const resolved = await checker.resolveKey(goal.key, region);
      if (!resolved.ok) return fail(resolved.detail);
      const name = describeKey(goal.key);
      const state = resolved.metadata.KeyState;
      if (state !== goal.state) return fail(`${name} is ${state}, not ${goal.state}.`);
      if (goal.pendingWindowInDays !== undefined) {
        const days = pendingWindow(checker, resolved.metadata, region);
        if (days === undefined) return fail(`${name} is ${state}, but its waiting period cannot be read.`);
        if (days !== goal.pendingWindowInDays) {
          return fail(`${name} is ${state} with a ${days}-day waiting period, not ${goal.pendingWindowInDays} days.`);
        }
        return pass(`${name} is ${state} with a ${days}-day waiting period.`);
      }
      return pass(`${name} is ${state}.`);
    }
    case 'alias-exists': {
      let target: string | undefined;
      try {
        target = await aliasTarget(checker, goal.alias, region);
      } catch (thrown) {
        return fail(`Could not list the aliases of ${region} (${errorText(thrown)}).`);
      }
      if (target === undefined) return fail(`There is no alias ${goal.alias} in ${region} yet.`);
      if (goal.targetKey) {
        const resolved = await checker.resolveKey(goal.targetKey, region);
        if (!resolved.ok) return fail(`${goal.alias} exists, but ${resolved.detail.charAt(0).toLowerCase()}${resolved.detail.slice(1)}`);
        if (resolved.metadata.KeyId !== target) {
          return fail(`${goal.alias} points to key ${target}, not to ${describeKey(goal.targetKey)} (${resolved.metadata.KeyId}).`);
        }
        return pass(`${goal.alias} points to ${describeKey(goal.targetKey)}.`);
      }
      return pass(`${goal.alias} exists in ${region} and points to key ${target}.`);
    }
    case 'key-rotation-status': {
      const resolved = await checker.resolveKey(goal.key, region);
      if (!resolved.ok) return fail(resolved.detail);
      const name = describeKey(goal.key);
      let status: Record<string, unknown>;
      try {
        status = await checker.send('GetKeyRotationStatus', { KeyId: resolved.metadata.KeyId }, region);
      } catch (thrown) {
        return fail(`Could not read the rotation status of ${name} (${errorText(thrown)}).`);
      }
      const enabled = status.KeyRotationEnabled === true;
      if (enabled !== goal.enabled) return fail(`Automatic rotation of ${name} is ${enabled ? 'on' : 'off'}, not ${goal.enabled ? 'on' : 'off'}.`);
      if (goal.enabled && goal.periodInDays !== undefined && status.RotationPeriodInDays !== goal.periodInDays) {
        return fail(`Automatic rotation of ${name} is on, but every ${String(status.RotationPeriodInDays)} days, not every ${goal.periodInDays}.`);
      }
      const period = goal.enabled && typeof status.RotationPeriodInDays === 'number' ? ` every ${status.RotationPeriodInDays} days` : '';
      return pass(`Automatic rotation of ${name} is ${enabled ? 'on' : 'off'}${period}.`);
    }
    case 'key-rotations': {
      const resolved = await checker.resolveKey(goal.key, region);
      if (!resolved.ok) return fail(resolved.detail);
      const name = describeKey(goal.key);
      let rotations: Array<Record<string, unknown>>;
      try {
        rotations = await listRotations(checker, resolved.metadata.KeyId, region);
      } catch (thrown) {
        return fail(`Could not list the rotations of ${name} (${errorText(thrown)}).`);
      }
      const counted = rotations.filter((rotation) => goal.rotationType === undefined || rotation.RotationType === goal.rotationType).length;
      const kind = goal.rotationType === undefined ? '' : goal.rotationType === 'ON_DEMAND' ? 'on-demand ' : 'automatic ';
      if (counted < goal.atLeast) return fail(`${name} has ${counted} ${kind}rotation${counted === 1 ? '' : 's'}; at least ${goal.atLeast} needed.`);
      return pass(`${name} has ${counted} ${kind}rotation${counted === 1 ? '' : 's'}.`);
    }
    case 'key-tags': {
      const resolved = await checker.resolveKey(goal.key, region);
      if (!resolved.ok) return fail(resolved.detail);
      const name = describeKey(goal.key);
      let tags: Map<string, string>;
      try {
        const { Tags } = await checker.send('ListResourceTags', { KeyId: resolved.metadata.KeyId }, region);
        tags = new Map((Tags as Array<{ TagKey: string; TagValue: string }>).map((tag) => [tag.TagKey, tag.TagValue]));
      } catch (thrown) {
        return fail(`Could not list the tags of ${name} (${errorText(thrown)}).`);
      }
      for (const [key, value] of Object.entries(goal.tags)) {
        if (!tags.has(key)) return fail(`${name} has no tag ${key} yet.`);
        if (tags.get(key) !== value) return fail(`${name} has the tag ${key}=${tags.get(key)}, not ${key}=${value}.`);
      }
      return pass(`${name} carries the tags ${pairs(goal.tags)}.`);
    }
    case 'key-policy-allows':
      return checkPolicy(checker, goal, region);
    case 'trail-record': {
      const found = await findRecord(checker, goal, region);
      return found.entry ? pass(found.detail) : fail(found.detail);
    }
    case 'trail-sequence':
      return checkSequence(checker, goal.steps, region);
    case 'azs-down':
      return checkAzsDown(checker, goal, region);
  }
}

async function sequential(checker: Checker, goals: readonly Goal[]): Promise<GoalResult[]> {
  const results: GoalResult[] = [];
  for (const goal of goals) results.push(await check(checker, goal));
  return results;
}

function pendingWindow(checker: Checker, metadata: Metadata, region: string): number | undefined {
  if (typeof metadata.PendingDeletionWindowInDays === 'number') return metadata.PendingDeletionWindowInDays;
  // AWS reports PendingDeletionWindowInDays only for some keys; the ScheduleKeyDeletion record says it.
  const scheduled = checker
    .records(region)
    .filter((entry) => entry.record.eventName === 'ScheduleKeyDeletion' && entry.record.errorCode === undefined)
    .filter((entry) => (entry.record.resources ?? []).some((resource) => resource.ARN === metadata.Arn))
    .pop();
  const response = scheduled?.record.responseElements;
  if (response && typeof response.pendingWindowInDays === 'number') return response.pendingWindowInDays;
  if (metadata.DeletionDate instanceof Date && scheduled) {
    return Math.round((metadata.DeletionDate.getTime() - Date.parse(scheduled.record.eventTime)) / DAY_MS);
  }
  return undefined;
}

async function aliasTarget(checker: Checker, alias: string, region: string): Promise<string | undefined> {
  const aliases = await checker.list<{ AliasName: string; TargetKeyId?: string }>('ListAliases', {}, 'Aliases', region);
  return aliases.find((entry) => entry.AliasName === alias)?.TargetKeyId;
}

function listRotations(checker: Checker, keyId: string, region: string): Promise<Array<Record<string, unknown>>> {
  return checker.list('ListKeyRotations', { KeyId: keyId }, 'Rotations', region);
}

async function checkPolicy(checker: Checker, goal: Extract<Goal, { kind: 'key-policy-allows' }>, region: string): Promise<GoalResult> {
  const resolved = await checker.resolveKey(goal.key, region);
  if (!resolved.ok) return fail(resolved.detail);
  const name = describeKey(goal.key);
  let arn: string;
  try {
    arn = principalArn(checker.kms, goal.principal);
  } catch (thrown) {
    return fail(errorText(thrown));
  }
  let statements: Array<Record<string, unknown>>;
  try {
    const { Policy } = await checker.send('GetKeyPolicy', { KeyId: resolved.metadata.KeyId, PolicyName: 'default' }, region);
    const document: unknown = JSON.parse(Policy as string);
    statements = asList(isRecord(document) ? document.Statement : undefined).filter(isRecord);
  } catch (thrown) {
    return fail(`Could not read the key policy of ${name} (${errorText(thrown)}).`);
  }
  const account = checker.kms.accountId;
  const rootArn = `arn:aws:iam::${account}:root`;
  const who = goal.principal === arn ? arn : `${goal.principal} (${arn})`;
  const label = (statement: Record<string, unknown>) => (typeof statement.Sid === 'string' ? `"${statement.Sid}"` : 'without a Sid');
  // A Deny naming the principal, everyone, or the whole account blocks the action whatever allows it.
  const deny = statements.find(
    (statement) =>
      statement.Effect === 'Deny' &&
      statement.Condition === undefined &&
      statementCoversAction(statement, goal.action) &&
      awsPrincipals(statement).some((principal) => principal === '*' || principal === arn || principal === account || principal === rootArn),
  );
  const allow = statements.find(
    (statement) =>
      statement.Effect === 'Allow' &&
      statementCoversAction(statement, goal.action) &&
      awsPrincipals(statement).some((principal) => principal === arn || principal === '*' || (arn === rootArn && principal === account)),
  );
  if (allow && deny) return fail(`The key policy of ${name} allows ${who} to call ${goal.action}, but the Deny statement ${label(deny)} blocks it.`);
  if (allow) return pass(`The key policy of ${name} allows ${who} to call ${goal.action} (statement ${label(allow)}).`);
  return fail(`The key policy of ${name} has no statement that allows ${who} to call ${goal.action}.`);
}

function checkAzsDown(checker: Checker, goal: Extract<Goal, { kind: 'azs-down' }>, region: string): GoalResult {
  let health: RegionHealth;
  try {
    health = checker.kms.simulation.health(region);
  } catch (thrown) {
    return fail(errorText(thrown));
  }
  const out = health.azs.filter((az) => az.state !== 'up').map((az) => `${az.az} (${az.state})`);
  const count = out.length;
  const listed = count === 0 ? `every Availability Zone of ${region} is up` : `${count} of ${health.azs.length} Availability Zones of ${region} ${count === 1 ? 'is' : 'are'} out: ${out.join(', ')}`;
  const sentence = listed.charAt(0).toUpperCase() + listed.slice(1);
  if (goal.atLeast !== undefined && count < goal.atLeast) return fail(`${sentence}; at least ${goal.atLeast} must be out.`);
  if (goal.atMost !== undefined && count > goal.atMost) return fail(`${sentence}; at most ${goal.atMost} may be out.`);
  if (goal.writable !== undefined && health.writable !== goal.writable) {
    return fail(`${sentence}, and ${region} ${health.writable ? 'can still take writes' : 'cannot take writes'}; it must ${goal.writable ? '' : 'not '}be able to.`);
  }
  const writes = goal.writable === undefined ? '' : health.writable ? `, and ${region} takes writes` : `, and ${region} cannot take writes`;
  return pass(`${sentence}${writes}.`);
}

async function checkSequence(checker: Checker, steps: readonly TrailMatch[], region: string): Promise<GoalResult> {
  let afterSeq = Number.NEGATIVE_INFINITY;
  let previous: TrailMatch | undefined;
  const found: string[] = [];
  for (const step of steps) {
    const result = await findRecord(checker, step, region, afterSeq);
    if (!result.entry) {
      if (previous) {
        const anywhere = await findRecord(checker, step, region);
        if (anywhere.entry) {
          return fail(`${step.eventName} happened only before ${previous.eventName}; it must come after it.`);
        }
      }
      return fail(result.detail);
    }
    afterSeq = result.entry.seq;
    previous = step;
    found.push(step.eventName);
  }
  return pass(`CloudTrail shows ${found.join(', then ')}, in that order.`);
}

/**
 * Checks `goal` against the engine as it is now. Never throws for a goal that is not met: the result
 * says what is missing. (A malformed goal — an unknown identity, say — also comes back as not met.)
 */
export async function checkGoal(kms: Kms, goal: Goal, options: CheckOptions): Promise<GoalResult> {
  return check(new Checker(kms, options), goal);
}
