import type { Identity } from '../identities';
import type { AliasRecord, KeyRecord, KeyVersion } from '../keys/key-record';
import type { HsmCommand, HsmResult } from '../hsm/protocol';
import type { KeyResolution } from '../events';
import type { Members } from '../shapes';
import type { Random } from '../ports';

/** How an operation may name a key (AWS: some operations refuse alias names). */
export interface ResolveOptions {
  aliases: boolean;
  /** Labels the key in events and CloudTrail resources when a request involves two keys. */
  role?: 'source' | 'destination';
}

/** The committed state of one Region, as an operation reads it. */
export interface RegionView {
  key(keyId: string): KeyRecord | undefined;
  keys(): KeyRecord[];
  alias(aliasName: string): AliasRecord | undefined;
  aliases(): AliasRecord[];
}

/** Writes an operation stages; they reach storage together with its CloudTrail record, or not at all. */
export interface Transaction {
  putKey(key: KeyRecord): void;
  deleteKey(key: KeyRecord): void;
  putAlias(alias: AliasRecord): void;
  deleteAlias(alias: AliasRecord): void;
}

/** What a running operation can see and do. Built per request by the service. */
export interface OperationContext {
  readonly operation: string;
  readonly requestId: string;
  readonly region: string;
  readonly accountId: string;
  readonly identity: Identity;
  readonly now: number;
  readonly random: Random;
  readonly view: RegionView;
  readonly tx: Transaction;
  /** Finds the key a KeyId names, records it as a resource of the request, and emits key.resolved. */
  resolveKey(keyId: string, options: ResolveOptions): KeyRecord;
  /** Records a key found another way (from a ciphertext header) as a resource of the request. */
  noteKey(key: KeyRecord, via: KeyResolution, role?: 'source' | 'destination'): void;
  /** Throws the key-state exception AWS gives for this operation in the key's state. */
  requireState(key: KeyRecord, operation?: string): void;
  /** Sends one request across the HSM boundary; failures come back as KMS exceptions. */
  hsm<C extends HsmCommand>(command: C): Promise<Extract<HsmResult, { op: C['op'] }>>;
  /** Records which key material a cryptographic call used (CloudTrail additionalEventData). */
  usedKeyMaterial(version: KeyVersion): void;
}


export interface OperationDefinition<I = Record<string, unknown>, O = Record<string, unknown>> {
  name: string;
  members: Members;
  /** The IAM action the authorize step evaluates (kms:Encrypt …). */
  action: string;
  /** CloudTrail's readOnly: true for cryptographic operations and Describe/Get/List. */
  readOnly: boolean;
  /** Operations that change state run one at a time per Region, so each sees the last one's writes. */
  mutates: boolean;
  /** CloudTrail requestParameters, built from the validated input (never plaintext or ciphertext). */
  requestParameters(input: I): Record<string, unknown> | null;
  /** CloudTrail responseElements; null unless the operation says otherwise. */
  responseElements?(output: O): Record<string, unknown> | null;
  run(ctx: OperationContext, input: I): Promise<O>;
}

// Each definition is typed by its own input and output; the registry holds them side by side.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyOperation = OperationDefinition<any, any>;

export function defineOperation<I, O>(definition: OperationDefinition<I, O>): AnyOperation {
  return definition;
}
