// The goal language: what a lesson step or an interactive question asks the learner to bring about,
// written as data and checked against the live engine (check.ts), and the API calls that set a scene
// or solve it (run-calls.ts). Nothing here knows about React or any view.

/** How a goal names a KMS key. Resolved in the goal's Region each time the goal is checked. */
export type KeySelector =
  /** The key an alias points to now, e.g. `{ alias: 'alias/billing' }`. */
  | { alias: string }
  /** A key ID or key ARN. */
  | { keyId: string }
  /** The newest key whose Description is exactly this: handy for keys a start state created. */
  | { description: string };

export type KeyStateName =
  | 'Creating'
  | 'Enabled'
  | 'Disabled'
  | 'PendingDeletion'
  | 'PendingImport'
  | 'PendingReplicaDeletion'
  | 'Unavailable'
  | 'Updating';

/** KeyMetadata members a `key-exists` goal may pin down (compared with ===). */
export interface KeyMetadataMatch {
  Description?: string;
  KeySpec?: string;
  KeyUsage?: string;
  Origin?: string;
  KeyManager?: 'AWS' | 'CUSTOMER';
  MultiRegion?: boolean;
}

/**
 * One CloudTrail record, described by what it must show. Records the content layer itself caused
 * (the checker's reads, the call runner's look-ups) never match.
 */
export interface TrailMatch {
  /** The API name: `GenerateDataKey`, `Decrypt`, `ScheduleKeyDeletion` … */
  eventName: string;
  /** The key the record names in `resources`. */
  key?: KeySelector;
  /** Pairs that `requestParameters.encryptionContext` must contain. */
  encryptionContext?: Record<string, string>;
  /** With `encryptionContext`: the context must be exactly these pairs, no more. */
  exactContext?: boolean;
  /** Members that `requestParameters` must contain (compared deeply), e.g. `{ keySpec: 'AES_256' }`. */
  parameters?: Record<string, unknown>;
  /** The call failed with this exception name, e.g. `DisabledException`. Implies outcome 'failure'. */
  error?: string;
  /** Default: 'success', or 'failure' when `error` is given. */
  outcome?: 'success' | 'failure' | 'any';
  /** The caller: an IAM user name (`Alice`), a role session name, or a full ARN. */
  user?: string;
  /**
   * Which key material the call used (CloudTrail's `additionalEventData.keyMaterialId`), compared with
   * the key's current material when the goal is checked: 'previous' means material rotated away from.
   */
  keyMaterial?: 'current' | 'previous';
}

export type Goal =
  /** A key exists (in any state) and, optionally, has these metadata values. */
  | { kind: 'key-exists'; key: KeySelector; metadata?: KeyMetadataMatch; region?: string }
  /** A key is in a state; for PendingDeletion, optionally with this waiting period. */
  | { kind: 'key-state'; key: KeySelector; state: KeyStateName; pendingWindowInDays?: number; region?: string }
  /** An alias exists and, optionally, points to this key. */
  | { kind: 'alias-exists'; alias: string; targetKey?: KeySelector; region?: string }
  /** GetKeyRotationStatus says automatic rotation is on or off (and, optionally, the period). */
  | { kind: 'key-rotation-status'; key: KeySelector; enabled: boolean; periodInDays?: number; region?: string }
  /** ListKeyRotations shows at least this many completed rotations (of this type). */
  | { kind: 'key-rotations'; key: KeySelector; atLeast: number; rotationType?: 'AUTOMATIC' | 'ON_DEMAND'; region?: string }
  /** The key carries these tags (others may exist). */
  | { kind: 'key-tags'; key: KeySelector; tags: Record<string, string>; region?: string }
  /**
   * The key policy document has an Allow statement naming this principal (`Alice`, `root` for the
   * account, or an ARN) for this action, and no Deny statement that blocks it. Conditions are not
   * evaluated: a statement with a Condition counts as written. The account principal (`root`) in an
   * Allow means "IAM policies decide", so it does not count as naming a user.
   */
  | { kind: 'key-policy-allows'; key: KeySelector; principal: string; action: string; region?: string }
  /** A CloudTrail record matching `TrailMatch` exists. */
  | ({ kind: 'trail-record'; region?: string } & TrailMatch)
  /**
   * The simulated fleet of a Region (kms.simulation.health): how many of its Availability Zones are
   * down or partitioned (not serving because their AZ is out), and whether it can take writes.
   */
  | { kind: 'azs-down'; atLeast?: number; atMost?: number; writable?: boolean; region?: string }
  /** CloudTrail records matching each step exist, in this order. */
  | { kind: 'trail-sequence'; steps: TrailMatch[]; region?: string }
  | { kind: 'all'; goals: Goal[] }
  | { kind: 'any'; goals: Goal[] }
  /** Passes while `goal` does not; `because` says, in plain words, why `goal` must not hold. */
  | { kind: 'not'; goal: Goal; because: string };

export type GoalKind = Goal['kind'];

/**
 * A value inside an API call's input, resolved when the call runs:
 * - `{ $ref: 'alias/old' }` — the key ID the alias points to (in the call's Region);
 * - `{ $ref: 'name' }` / `{ $ref: 'name.Member.Sub' }` — the output of an earlier call saved as `name`;
 * - `{ $utf8: 'text' }` — the text's UTF-8 bytes;
 * - `{ $bytes: 5000 }` — that many bytes (of the letter `a`);
 * - `{ $principal: 'Alice' }` — the ARN of a simulated identity, or of the account with `'root'`;
 * - `{ $json: value }` — the value (placeholders resolved) as a JSON string, e.g. a key policy.
 */
export type Placeholder =
  | { $ref: string }
  | { $utf8: string }
  | { $bytes: number }
  | { $principal: string }
  | { $json: CallValue };

export type CallValue = string | number | boolean | null | Placeholder | CallValue[] | { [member: string]: CallValue };

/** One KMS API call, as data. */
export interface ApiCall {
  operation: string;
  input?: Record<string, CallValue>;
  /** Region (default: the run's Region) and caller (an identity's user name such as `Alice`, or an ARN). */
  context?: { region?: string; principal?: string };
  /** Keep the output under this name for later `$ref`s. */
  saveAs?: string;
  /** The call is meant to fail with this exception; it is an error if it succeeds or fails otherwise. */
  expectError?: string;
}

/**
 * A change to the simulated infrastructure (kms.simulation), as data: what a lesson on durability and
 * availability sets up or asks for. It is not a KMS API call and leaves no CloudTrail record.
 */
export type SimulationAction =
  | { simulation: 'setAz'; az: string; state: 'up' | 'down' | 'partitioned' }
  | { simulation: 'setRegion'; region: string; state: 'up' | 'down' };

/** One step of a start state or a solution: a KMS API call or a change to the simulated fleet. */
export type Action = ApiCall | SimulationAction;
