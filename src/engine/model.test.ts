// Seeded operation sequences against a small reference model of key states, deletion windows and
// aliases (STYLE §7): after every step the engine's answer (success or exception name) and its
// lists of keys and aliases must match what the model predicts (KEY-2 … KEY-5, ALIAS-2, ALIAS-3).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, newKms, utf8 } from '../testing/fixture';

type State = 'Enabled' | 'Disabled' | 'PendingDeletion' | 'Deleted';

interface ModelKey {
  id: string;
  state: State;
  deletionDate?: number;
}

type Action =
  | { kind: 'create' }
  | { kind: 'disable' | 'enable' | 'cancel' | 'encrypt'; key: number }
  | { kind: 'schedule'; key: number; days: number }
  | { kind: 'alias'; key: number; name: number }
  | { kind: 'unalias'; name: number }
  | { kind: 'advance'; hours: number[] };

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.constant({ kind: 'create' as const }),
  fc.record({ kind: fc.constantFrom('disable' as const, 'enable' as const, 'cancel' as const, 'encrypt' as const), key: fc.nat(9) }),
  { arbitrary: fc.record({ kind: fc.constant('schedule' as const), key: fc.nat(9), days: fc.integer({ min: 5, max: 32 }) }), weight: 3 },
  fc.record({ kind: fc.constant('alias' as const), key: fc.nat(9), name: fc.nat(3) }),
  fc.record({ kind: fc.constant('unalias' as const), name: fc.nat(3) }),
  // One or more clock moves in a row, as a learner clicking "advance" twice gives.
  { arbitrary: fc.record({ kind: fc.constant('advance' as const), hours: fc.array(fc.integer({ min: 0, max: 24 * 8 }), { minLength: 1, maxLength: 4 }) }), weight: 2 },
);

/** What the model says a step gives: 'ok' or the exception name. It applies the step to the model. */
function predict(keys: ModelKey[], aliases: Map<string, string>, action: Action, now: number): string {
  if (action.kind === 'create' || action.kind === 'advance') return 'ok';
  if (action.kind === 'unalias') return aliases.delete(`alias/n${action.name}`) ? 'ok' : 'NotFoundException';
  const key = keys[action.key % keys.length]!;
  if (action.kind === 'schedule' && (action.days < 7 || action.days > 30)) return 'ValidationException';
  if (key.state === 'Deleted') return 'NotFoundException';
  const pending = key.state === 'PendingDeletion';
  switch (action.kind) {
    case 'disable':
    case 'enable':
      if (pending) return 'KMSInvalidStateException';
      key.state = action.kind === 'enable' ? 'Enabled' : 'Disabled';
      return 'ok';
    case 'encrypt':
      return pending ? 'KMSInvalidStateException' : key.state === 'Disabled' ? 'DisabledException' : 'ok';
    case 'schedule':
      if (pending) return 'KMSInvalidStateException';
      Object.assign(key, { state: 'PendingDeletion', deletionDate: now + action.days * DAY_MS });
      return 'ok';
    case 'cancel':
      if (!pending) return 'KMSInvalidStateException';
      key.state = 'Disabled';
      delete key.deletionDate;
      return 'ok';
    case 'alias': {
      if (pending) return 'KMSInvalidStateException';
      const name = `alias/n${action.name}`;
      if (aliases.has(name)) return 'AlreadyExistsException';
      aliases.set(name, key.id);
      return 'ok';
    }
  }
}

const live = (keys: ModelKey[]) => keys.filter((key) => key.state !== 'Deleted').map((key) => key.id).sort();

/** KEY-5: at the end of its window a key is deleted, with the aliases that point to it. */
function expire(keys: ModelKey[], aliases: Map<string, string>, now: number): void {
  for (const key of keys) {
    if (key.state === 'PendingDeletion' && key.deletionDate! <= now) {
      key.state = 'Deleted';
      for (const [name, target] of aliases) if (target === key.id) aliases.delete(name);
    }
  }
}

describe('a reference model of key states and aliases', () => {
  it('KEY-2 KEY-3 KEY-4 KEY-5 ALIAS-2 ALIAS-3 random sequences of requests and clock moves agree with the model', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(actionArb, { minLength: 1, maxLength: 40 }), async (actions) => {
        const { kms, clock, createKey } = await newKms();
        const keys: ModelKey[] = [];
        const aliases = new Map<string, string>();
        for (const action of actions) {
          if (action.kind !== 'create' && action.kind !== 'advance' && action.kind !== 'unalias' && keys.length === 0) continue;
          const expected = predict(keys, aliases, action, clock.now());
          let sent: Promise<unknown>;
          if (action.kind === 'create') {
            const created = await createKey();
            keys.push({ id: created.KeyId, state: 'Enabled' });
            continue;
          } else if (action.kind === 'advance') {
            for (const hours of action.hours) clock.advance(hours * 60 * 60 * 1000);
            expire(keys, aliases, clock.now());
            const listed = (await kms.send('ListKeys', {})) as { Keys: Array<{ KeyId: string }> };
            expect(listed.Keys.map((key) => key.KeyId).sort(), JSON.stringify(action)).toEqual(live(keys));
            continue;
          } else if (action.kind === 'unalias') {
            sent = kms.send('DeleteAlias', { AliasName: `alias/n${action.name}` });
          } else {
            const KeyId = keys[action.key % keys.length]!.id;
            const requests = {
              disable: () => kms.send('DisableKey', { KeyId }),
              enable: () => kms.send('EnableKey', { KeyId }),
              cancel: () => kms.send('CancelKeyDeletion', { KeyId }),
              encrypt: () => kms.send('Encrypt', { KeyId, Plaintext: utf8('model') }),
              schedule: () => kms.send('ScheduleKeyDeletion', { KeyId, PendingWindowInDays: (action as { days: number }).days }),
              alias: () => kms.send('CreateAlias', { AliasName: `alias/n${(action as { name: number }).name}`, TargetKeyId: KeyId }),
            };
            sent = requests[action.kind]();
          }
          const outcome = await sent.then(
            () => 'ok',
            (error: Error) => error.name,
          );
          expect(outcome, JSON.stringify(action)).toBe(expected);
        }
        const listed = (await kms.send('ListKeys', {})) as { Keys: Array<{ KeyId: string }> };
        expect(listed.Keys.map((key) => key.KeyId).sort()).toEqual(live(keys));
        for (const key of keys.filter((k) => k.state !== 'Deleted')) {
          expect(await kms.send('DescribeKey', { KeyId: key.id })).toHaveProperty('KeyMetadata.KeyState', key.state);
        }
        const { Aliases } = (await kms.send('ListAliases', {})) as { Aliases: Array<{ AliasName: string; TargetKeyId: string }> };
        expect(new Map(Aliases.map((alias) => [alias.AliasName, alias.TargetKeyId]))).toEqual(aliases);
        expect(await kms.trail.verify()).toMatchObject({ valid: true });
      }),
      {
        seed: 4_2026,
        numRuns: 150,
        // Regression: two clock moves in a row, each ending a deletion window (the second used to be missed).
        examples: [
          [
            [
              { kind: 'create' },
              { kind: 'create' },
              { kind: 'schedule', key: 0, days: 7 },
              { kind: 'schedule', key: 1, days: 10 },
              { kind: 'advance', hours: [8 * 24, 3 * 24] },
            ],
          ],
        ],
      },
    );
  });
});
