// The KMS service: every request runs the same pipeline, and every stage shows in the event stream.
//   received → validated → authorized → (key resolved → key state → HSM) → committed with its
//   CloudTrail record → response or error.
// KMS-initiated work (deletion at the end of a waiting period, automatic rotation) runs through the
// same journal and trail as AwsServiceEvent records, at the moment it fell due.

import type { Clock, Random } from './ports';
import { KmsError, isKmsError, kmsErrors } from './errors';
import type { EventBus} from './events';
import { type EngineEventInput, type FailureStage, type KeyResolution } from './events';
import type { HsmCommand, HsmRequest, HsmResult, HsmRoute, HsmTransport } from './hsm/protocol';
import { summarizeRequest, summarizeResponse } from './hsm/protocol';
import { KEY_ID_PATTERN, aliasArn, keyArn, parseKmsArn, uuid } from './ids';
import type { Identity } from './identities';
import { DAY_MS, type KeyRecord, type KeyVersion } from './keys/key-record';
import { stateRefusal } from './keys/key-state';
import { OPERATIONS } from './operations/index';
import { withNewVersion } from './operations/rotation';
import type { AnyOperation, OperationContext, ResolveOptions } from './operations/types';
import type { RegionConfig } from './regions';
import { validateInput } from './shapes';
import type { Journal } from './state';
import { EngineState, emptyWrites, hasWrites, type StagedWrites } from './state';
import type { Cluster } from './cluster/cluster';
import { quotaGroupOf } from './cluster/quotas';
import { authorize } from './policy/authorize';
import { recordDigest } from './trail/chain';
import { eventTime, userIdentityOf, type CloudTrailRecord, type TrailResource } from './trail/record';

export interface SendContext {
  /** The Region whose endpoint receives the request (default us-east-1). */
  region?: string;
  /** The calling identity's ARN (default: the account's administrator). */
  principal?: string;
  /** As the caller's SDK sends it; recorded in CloudTrail. */
  userAgent?: string;
  /** Recorded in CloudTrail (default 192.0.2.10, a documentation address). */
  sourceIpAddress?: string;
  /**
   * The request id a wire adapter already sent back as x-amzn-requestid, so CloudTrail's requestID
   * matches what the caller saw (a UUID; anything else is replaced by a fresh one).
   */
  requestId?: string;
  /**
   * A look at state by the simulator itself (a lesson's goal check, a view refreshing a list), not a
   * caller's request: no CloudTrail record, no quota, no events. Only Describe/Get/List operations.
   */
  observer?: boolean;
}

export interface ServiceDeps {
  accountId: string;
  clock: Clock;
  random: Random;
  regions: readonly RegionConfig[];
  identities: readonly Identity[];
  hsm: HsmTransport;
  state: EngineState;
  journal: Journal;
  events: EventBus;
  cluster: Cluster;
}

const DEFAULT_SOURCE_IP = '192.0.2.10';
const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DEFAULT_USER_AGENT = 'kms-lab';
const EVENT_VERSION = '1.11';

/** A Region that cannot serve, or cannot make a write durable: a retryable server-side fault (SPEC AZ-2). */
function unavailable(region: string, kind: 'serve' | 'write'): KmsError {
  return kmsErrors.internal(
    kind === 'serve'
      ? `No Availability Zone of ${region} can serve requests now: every AZ is down, partitioned or still catching up, or the Region is down. Retry once one returns.`
      : `Fewer than two of ${region}'s three storage replicas are reachable, so KMS cannot store a change durably. Reads and cryptographic calls still work; retry the change when an AZ returns.`,
  );
}

/** Maps HSM refusals onto the exceptions KMS gives. */
function hsmError(failure: { error: string; message: string }): KmsError {
  if (failure.error === 'InvalidCiphertext') return kmsErrors.invalidCiphertext(failure.message);
  return kmsErrors.internal(`The HSM refused the request: ${failure.message}`);
}

export class KmsService {
  readonly #deps: ServiceDeps;
  readonly #locks = new Map<string, Promise<unknown>>();
  #nextDueAt = Number.POSITIVE_INFINITY;
  /** Regions whose due work could not run (they could not write); they wait for the fleet to change. */
  readonly #blockedRegions = new Set<string>();
  #sweep: Promise<void> | null = null;

  constructor(deps: ServiceDeps) {
    this.#deps = deps;
    this.#recomputeNextDue();
  }

  get regions(): readonly RegionConfig[] {
    return this.#deps.regions;
  }

  identityFor(principal: string | undefined): Identity {
    const identities = this.#deps.identities;
    if (principal === undefined) return identities[0]!;
    const known = identities.find((identity) => identity.arn === principal);
    if (known) return known;
    const match = /^arn:aws:iam::(\d{12}):user\/([\w+=,.@-]+)$/.exec(principal);
    if (match) {
      return { arn: principal, type: 'IAMUser', userName: match[2]!, principalId: `AIDA${match[2]!.toUpperCase()}`, accessKeyId: 'AKIAKMSLABUNKNOWN000', description: '' };
    }
    throw new KmsError('UnrecognizedClientException', `KMS Lab does not know the principal ${principal}.`);
  }

  #region(name: string | undefined): RegionConfig {
    const region = this.#deps.regions.find((r) => r.name === (name ?? 'us-east-1'));
    if (!region) {
      const known = this.#deps.regions.map((r) => r.name).join(', ');
      throw new KmsError('UnrecognizedClientException', `KMS Lab does not simulate the Region ${name}. Simulated Regions: ${known}.`);
    }
    return region;
  }

  /** Called when a fault is injected or cleared: due work that waited for a writable Region may run. */
  clusterChanged(): void {
    this.#blockedRegions.clear();
    this.#recomputeNextDue();
  }

  async #withLock<T>(region: string, run: () => Promise<T>): Promise<T> {
    const previous = this.#locks.get(region) ?? Promise.resolve();
    const next = previous.then(run, run);
    const settled = next.catch(() => undefined);
    this.#locks.set(region, settled);
    try {
      return await next;
    } finally {
      if (this.#locks.get(region) === settled) this.#locks.delete(region);
    }
  }

  async send(operationName: string, rawInput: unknown, context: SendContext = {}): Promise<Record<string, unknown>> {
    const region = this.#region(context.region);
    const identity = this.identityFor(context.principal);
    // KMS's own due work failing (storage refused a deletion or rotation) is not this request's
    // failure: the work stays due and is retried with the next request (TRAIL-1, REQ-4).
    if (this.#sweep || this.#deps.clock.now() >= this.#nextDueAt) await this.runDueTasks().catch(() => undefined);
    const { clock, events, accountId } = this.#deps;
    const requestId = context.requestId !== undefined && REQUEST_ID.test(context.requestId) ? context.requestId : uuid(this.#deps.random);
    const startedAt = clock.now();
    const observer = context.observer === true;
    if (observer && !isObservation(operationName)) {
      throw new KmsError('ValidationException', `${operationName} changes or uses keys, so it cannot be an observer call; only Describe, Get and List operations can.`);
    }
    const emit = observer ? () => {} : (event: EngineEventInput) => events.emit({ time: clock.now(), region: region.name, requestId }, event);
    // Summarising the parameters costs a walk of the input: only when someone is listening.
    if (!observer && events.hasListeners) emit({ type: 'request.received', operation: operationName, principal: identity.arn, parameters: summarizeParameters(rawInput) });

    let stage: FailureStage = 'availability';
    let validated = false;
    const writes = emptyWrites(region.name);
    const fleet = this.#deps.cluster.fleet(region.name);
    const resources: TrailResource[] = [];
    let keyMaterialId: string | undefined;
    const operation: AnyOperation | undefined = OPERATIONS.get(operationName);
    let input: Record<string, unknown> = {};

    // A failed request names only keys that exist: a CreateKey whose commit failed made none (REQ-4).
    const namedResources = (error?: KmsError) => {
      const named = error ? resources.filter(({ ARN }) => {
        const arn = parseKmsArn(ARN);
        return arn !== null && this.#deps.state.view(arn.region).key(arn.resource) !== undefined;
      }) : resources;
      return named.length > 0 ? { resources: named } : {};
    };
    const record = (output: Record<string, unknown> | null, error?: KmsError): CloudTrailRecord => ({
      eventVersion: EVENT_VERSION,
      userIdentity: userIdentityOf(identity, accountId),
      eventTime: eventTime(startedAt),
      eventSource: 'kms.amazonaws.com',
      eventName: operationName,
      awsRegion: region.name,
      sourceIPAddress: context.sourceIpAddress ?? DEFAULT_SOURCE_IP,
      userAgent: context.userAgent ?? DEFAULT_USER_AGENT,
      ...(error && { errorCode: error.name, errorMessage: error.message }),
      requestParameters: operation && validated ? safeParameters(operation, input) : null,
      responseElements: output && operation?.responseElements ? operation.responseElements(output) : null,
      ...(keyMaterialId && !error && { additionalEventData: { keyMaterialId } }),
      requestID: requestId,
      eventID: uuid(this.#deps.random),
      readOnly: operation?.readOnly ?? true,
      ...namedResources(error),
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: accountId,
      eventCategory: 'Management',
      tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256', clientProvidedHostHeader: `kms.${region.name}.amazonaws.com` },
    });

    // A cryptographic call's record for success does not depend on the HSM's answer (its
    // responseElements are null, TRAIL-2), so it is built and hashed while the HSM works.
    let drafted: { record: CloudTrailRecord; digest: string } | undefined;
    const draftWhileHsmWorks = () => {
      if (observer || !operation || operation.mutates || operation.responseElements || drafted) return;
      const draft = record(null);
      drafted = { record: draft, digest: recordDigest(draft) };
    };

    const commit = async (output: Record<string, unknown> | null, error?: KmsError) => {
      if (observer) return;
      const committed = error ? emptyWrites(region.name) : writes;
      const written = !error && drafted ? drafted : { record: record(output, error), digest: undefined };
      const entry = await this.#deps.journal.commit(committed, written.record, written.digest);
      // The write is durable: the reachable AZ replicas take it now, the others catch up later.
      this.#deps.cluster.commit(region.name, committed);
      if (events.hasListeners) {
        const paths = EngineState.paths(committed);
        emit({ type: 'storage.write', keys: paths.put, deleted: paths.deleted, trailRecords: 1 });
        emit({ type: 'trail.recorded', eventId: entry.record.eventID, eventName: operationName, ...(error && { errorCode: error.name }) });
      }
      if (committed.keys.size > 0) this.#recomputeNextDue();
    };

    const execute = async () => {
      const az = fleet.route();
      if (!az) throw unavailable(region.name, 'serve');
      const route = { region: region.name, az };
      emit({
        type: 'request.routed',
        az,
        hsmId: this.#deps.hsm.hsmId(route),
        simulatedLatencyMs: this.#deps.cluster.latency.sample(fleet.latencyOf(az)),
      });
      stage = 'throttling';
      if (!observer && !this.#deps.cluster.quota(region.name).take(operationName, clock.now())) throw kmsErrors.throttled();
      stage = 'validation';
      if (!operation) throw new KmsError('UnknownOperationException', `KMS Lab does not know the operation ${operationName}.`);
      validateInput(operation.members, rawInput);
      input = (rawInput ?? {}) as Record<string, unknown>;
      validated = true;
      emit({ type: 'request.validated', operation: operationName });
      stage = 'authorization';
      const decision = authorize(identity, accountId, operation.action);
      emit({ type: 'request.authorized', operation: operationName, action: operation.action, decision: decision.decision, reason: decision.reason });
      if (decision.decision === 'Deny') throw new KmsError('AccessDeniedException', decision.message ?? 'Access denied.');
      stage = 'availability';
      if (operation.mutates && !fleet.writable) throw unavailable(region.name, 'write');
      stage = 'key-resolution';
      const ctx = this.#context(operationName, requestId, route, identity, writes, emit, {
        noteResource: (key) => {
          if (!resources.some((r) => r.ARN === key.arn)) resources.push({ accountId: key.accountId, type: 'AWS::KMS::Key', ARN: key.arn });
        },
        setStage: (next) => (stage = next),
        setKeyMaterial: (version) => (keyMaterialId ??= version.keyMaterialId),
        whileHsmWorks: draftWhileHsmWorks,
      });
      const output = (await operation.run(ctx, input)) as Record<string, unknown>;
      stage = 'availability';
      if (hasWrites(writes) && !fleet.writable) throw unavailable(region.name, 'write');
      stage = 'storage';
      await commit(output);
      return output;
    };

    try {
      const output = operation?.mutates ? await this.#withLock(region.name, execute) : await execute();
      emit({ type: 'request.succeeded', operation: operationName, durationMs: clock.now() - startedAt });
      return output;
    } catch (thrown) {
      const error = isKmsError(thrown) ? thrown : kmsErrors.internal(thrown instanceof Error ? thrown.message : String(thrown));
      // Nothing this request staged reaches storage; only its CloudTrail record does. If storage itself
      // is failing, the record cannot land either, and the caller still gets the original error.
      await commit(null, error).catch(() => undefined);
      emit({
        type: 'request.failed',
        operation: operationName,
        errorName: error.name,
        message: error.message,
        ...(error.detail !== undefined && { detail: error.detail }),
        stage,
      });
      throw error;
    }
  }

  #context(
    operation: string,
    requestId: string,
    route: HsmRoute,
    identity: Identity,
    writes: StagedWrites,
    emit: (event: EngineEventInput) => void,
    hooks: {
      noteResource(key: KeyRecord): void;
      setStage(stage: FailureStage): void;
      setKeyMaterial(version: KeyVersion): void;
      /** Runs once the HSM has the request and before its answer is awaited. */
      whileHsmWorks(): void;
    },
  ): OperationContext {
    const { accountId } = this.#deps;
    // Reads come from the storage replica of the AZ that serves this request.
    const view = this.#deps.cluster.fleet(route.region).view(route.az);
    const noteKey = (key: KeyRecord, via: KeyResolution, role?: 'source' | 'destination') => {
      hooks.noteResource(key);
      emit({ type: 'key.resolved', keyId: key.keyId, keyArn: key.arn, via, keyState: key.keyState, ...(role && { role }) });
    };
    const resolveKey = (keyId: string, options: ResolveOptions): KeyRecord => {
      const { key, via } = this.#resolve(view, route.region, keyId, options);
      noteKey(key, via, options.role);
      return key;
    };
    return {
      operation,
      requestId,
      region: route.region,
      accountId,
      identity,
      now: this.#deps.clock.now(),
      random: this.#deps.random,
      view,
      tx: {
        putKey: (key) => writes.keys.set(key.keyId, key),
        deleteKey: (key) => writes.keys.set(key.keyId, null),
        putAlias: (alias) => writes.aliases.set(alias.aliasName, alias),
        deleteAlias: (alias) => writes.aliases.set(alias.aliasName, null),
      },
      resolveKey,
      noteKey,
      requireState: (key, op = operation) => {
        hooks.setStage('key-state');
        const refusal = stateRefusal(op, key);
        if (refusal) throw refusal;
      },
      hsm: async (request) => {
        hooks.setStage('hsm');
        const answer = this.#callHsm(route, request, emit);
        hooks.whileHsmWorks();
        return (await answer) as never;
      },
      usedKeyMaterial: (version) => hooks.setKeyMaterial(version),
    };
  }

  #resolve(view: ReturnType<EngineState['view']>, region: string, keyId: string, options: ResolveOptions): { key: KeyRecord; via: KeyResolution } {
    const { accountId } = this.#deps;
    const byAlias = (aliasName: string, via: KeyResolution, asGiven: string) => {
      if (!options.aliases) throw kmsErrors.invalidKeyId(asGiven);
      const alias = view.alias(aliasName);
      const key = alias && view.key(alias.targetKeyId);
      if (!key) throw kmsErrors.aliasNotFound(aliasArn(region, accountId, aliasName));
      return { key, via };
    };
    if (keyId.startsWith('arn:')) {
      const arn = parseKmsArn(keyId);
      if (!arn) throw kmsErrors.invalidKeyId(keyId);
      if (arn.resourceType === 'alias') {
        if (arn.region !== region || arn.accountId !== accountId) {
          if (!options.aliases) throw kmsErrors.invalidKeyId(keyId);
          throw kmsErrors.aliasNotFound(keyId);
        }
        return byAlias(arn.resource, 'alias-arn', keyId);
      }
      const key = arn.region === region && arn.accountId === accountId ? view.key(arn.resource) : undefined;
      if (!key) throw kmsErrors.keyNotFound(keyId);
      return { key, via: 'key-arn' };
    }
    if (keyId.startsWith('alias/')) return byAlias(keyId, 'alias-name', keyId);
    if (!KEY_ID_PATTERN.test(keyId)) throw kmsErrors.invalidKeyId(keyId);
    const key = view.key(keyId);
    if (!key) throw kmsErrors.keyNotFound(keyArn(region, accountId, keyId));
    return { key, via: 'key-id' };
  }

  async #callHsm(route: HsmRoute, request: HsmCommand, emit: (event: EngineEventInput) => void): Promise<HsmResult> {
    const full: HsmRequest = { ...request, route };
    const hsmId = this.#deps.hsm.hsmId(route);
    // Summaries walk the message: only for listeners.
    const { events } = this.#deps;
    if (events.hasListeners) emit({ type: 'hsm.message', direction: 'to-hsm', hsmOperation: full.op, hsmId, az: route.az, payload: summarizeRequest(full) });
    const response = await this.#deps.hsm.call(full);
    if (events.hasListeners) emit({ type: 'hsm.message', direction: 'from-hsm', hsmOperation: full.op, hsmId, az: route.az, payload: summarizeResponse(response) });
    if (!response.ok) throw hsmError(response);
    return response;
  }

  #recomputeNextDue(): void {
    let next = Number.POSITIVE_INFINITY;
    for (const key of this.#deps.state.allKeys()) {
      if (this.#blockedRegions.has(key.region)) continue;
      if (key.keyState === 'PendingDeletion' && key.deletionDate !== undefined) next = Math.min(next, key.deletionDate);
      if (key.keyState === 'Enabled' && key.rotation.enabled && key.rotation.nextRotationDate !== undefined) {
        next = Math.min(next, key.rotation.nextRotationDate);
      }
    }
    this.#nextDueAt = next;
  }

  /** Runs what fell due by now: deletions whose window ended and automatic rotations. */
  runDueTasks(): Promise<void> {
    // A sweep in progress only runs what was due when it started; the clock may have moved since
    // (two advances in a row), so look again once it ends (SPEC KEY-5, ROT-2).
    if (this.#sweep) return this.#sweep.then(() => this.runDueTasks());
    if (this.#deps.clock.now() < this.#nextDueAt) return Promise.resolve();
    this.#sweep = this.#runDue().finally(() => {
      this.#sweep = null;
    });
    return this.#sweep;
  }

  async #runDue(): Promise<void> {
    const now = this.#deps.clock.now();
    for (const region of this.#deps.regions) {
      await this.#withLock(region.name, async () => {
        const tasks: Array<{ due: number; key: KeyRecord; kind: 'delete' | 'rotate' }> = [];
        for (const key of this.#deps.state.view(region.name).keys()) {
          if (key.keyState === 'PendingDeletion' && key.deletionDate !== undefined && key.deletionDate <= now) tasks.push({ due: key.deletionDate, key, kind: 'delete' });
          else if (key.keyState === 'Enabled' && key.rotation.enabled && (key.rotation.nextRotationDate ?? Infinity) <= now) {
            tasks.push({ due: key.rotation.nextRotationDate!, key, kind: 'rotate' });
          }
        }
        tasks.sort((a, b) => a.due - b.due);
        const fleet = this.#deps.cluster.fleet(region.name);
        for (const task of tasks) {
          // KMS's own work needs what a request needs: a serving AZ, and a majority to write to.
          const az = fleet.writable ? fleet.route() : null;
          if (!az) {
            this.#blockedRegions.add(region.name);
            break;
          }
          if (task.kind === 'delete') await this.#deleteKey(region, task.key);
          else await this.#rotateDue({ region: region.name, az }, region, task.key, now);
        }
      });
    }
    this.#recomputeNextDue();
  }

  #serviceEmitter(region: RegionConfig, requestId: string) {
    return (time: number) => (event: EngineEventInput) => this.#deps.events.emit({ time, region: region.name, requestId }, event);
  }

  #serviceRecord(region: RegionConfig, eventName: string, due: number, key: KeyRecord, extra: Partial<CloudTrailRecord> = {}): CloudTrailRecord {
    const { accountId } = this.#deps;
    return {
      eventVersion: EVENT_VERSION,
      userIdentity: { accountId, invokedBy: 'AWS Internal' },
      eventTime: eventTime(due),
      eventSource: 'kms.amazonaws.com',
      eventName,
      awsRegion: region.name,
      sourceIPAddress: 'AWS Internal',
      userAgent: 'AWS Internal',
      requestParameters: null,
      responseElements: null,
      ...extra,
      eventID: uuid(this.#deps.random),
      readOnly: false,
      resources: [{ accountId: key.accountId, type: 'AWS::KMS::Key', ARN: key.arn }],
      eventType: 'AwsServiceEvent',
      managementEvent: true,
      recipientAccountId: accountId,
      eventCategory: 'Management',
    };
  }

  async #deleteKey(region: RegionConfig, key: KeyRecord): Promise<void> {
    const due = key.deletionDate!;
    const emit = this.#serviceEmitter(region, uuid(this.#deps.random))(due);
    emit({ type: 'service.event', eventName: 'DeleteKey', keyArn: key.arn, description: `The waiting period ended: KMS deleted ${key.arn}, its key material and the aliases that pointed to it.` });
    const writes = emptyWrites(region.name);
    writes.keys.set(key.keyId, null);
    for (const alias of this.#deps.state.view(region.name).aliases()) {
      if (alias.targetKeyId === key.keyId) writes.aliases.set(alias.aliasName, null);
    }
    const entry = await this.#deps.journal.commit(writes, this.#serviceRecord(region, 'DeleteKey', due, key));
    this.#deps.cluster.commit(region.name, writes);
    const paths = EngineState.paths(writes);
    emit({ type: 'storage.write', keys: paths.put, deleted: paths.deleted, trailRecords: 1 });
    emit({ type: 'trail.recorded', eventId: entry.record.eventID, eventName: 'DeleteKey' });
  }

  async #rotateDue(route: HsmRoute, region: RegionConfig, key: KeyRecord, now: number): Promise<void> {
    let current = key;
    // A clock moved forward by years owes one rotation per period, each at its own date.
    while (current.rotation.nextRotationDate !== undefined && current.rotation.nextRotationDate <= now) {
      const due = current.rotation.nextRotationDate;
      const emit = this.#serviceEmitter(region, uuid(this.#deps.random))(due);
      emit({ type: 'service.event', eventName: 'RotateKey', keyArn: key.arn, description: `Automatic rotation: KMS gave ${key.arn} new key material; older material stays to decrypt older ciphertext.` });
      const result = await this.#callHsm(route, { op: 'GenerateKeyMaterial', keyArn: key.arn }, emit);
      if (result.op !== 'GenerateKeyMaterial') throw kmsErrors.internal('Unexpected HSM answer.');
      const rotated = withNewVersion(current, result, due, 'AUTOMATIC');
      current = { ...rotated, rotation: { ...rotated.rotation, nextRotationDate: due + rotated.rotation.periodInDays * DAY_MS } };
      const writes = emptyWrites(region.name);
      writes.keys.set(current.keyId, current);
      const entry = await this.#deps.journal.commit(
        writes,
        this.#serviceRecord(region, 'RotateKey', due, key, { additionalEventData: { keyMaterialId: result.keyMaterialId } }),
      );
      this.#deps.cluster.commit(region.name, writes);
      emit({ type: 'storage.write', keys: EngineState.paths(writes).put, deleted: [], trailRecords: 1 });
      emit({ type: 'trail.recorded', eventId: entry.record.eventID, eventName: 'RotateKey' });
    }
  }
}

/** Operations an observer call may make: reads that use no key material. */
function isObservation(operation: string): boolean {
  const definition = OPERATIONS.get(operation);
  return definition !== undefined && definition.readOnly && quotaGroupOf(operation) !== 'symmetric';
}

/** What a request asked for, under its own member names, with sizes in place of bytes (never the bytes). */
function summarizeParameters(input: unknown): Record<string, unknown> {
  if (!input || typeof input !== 'object') return {};
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input as Record<string, unknown>)) {
    out[name] = typeof value === 'string' && name === 'Policy' ? { characters: value.length } : summarizeValue(value);
  }
  return out;
}

// Nested members keep the caller's names too: an encryption context's keys are data, and tags are
// shown as the request spelled them (CloudTrail's lower-camel form belongs to the trail, not here).
function summarizeValue(value: unknown): unknown {
  if (value instanceof Uint8Array) return { bytes: value.length };
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(summarizeValue);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, summarizeValue(item)]));
  return value;
}

function safeParameters(operation: AnyOperation, input: Record<string, unknown>): Record<string, unknown> | null {
  try {
    return operation.requestParameters(input);
  } catch {
    return null;
  }
}
