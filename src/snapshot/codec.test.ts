// The simulator file: a round trip through JSON, and every kind of bad file refused with a clear
// error before the engine's state is touched (issue #6 "State"; SPEC SNAP-3).

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment --
   these tests reach into an untyped JSON file on purpose, to spoil it. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newKms, utf8 } from '../testing/fixture';
import { decodeSnapshotFile, encodeSnapshotFile, FILE_FORMAT, LIMITS } from './index';

async function exported() {
  const fixture = await newKms();
  const { KeyId } = await fixture.createKey({ Description: 'in the file', Tags: [{ TagKey: 'k', TagValue: 'v' }] });
  await fixture.kms.send('CreateAlias', { AliasName: 'alias/filed', TargetKeyId: KeyId });
  await fixture.kms.send('ScheduleKeyDeletion', { KeyId: (await fixture.createKey()).KeyId, PendingWindowInDays: 7 });
  const { CiphertextBlob } = (await fixture.kms.send('Encrypt', { KeyId, Plaintext: utf8('filed') })) as { CiphertextBlob: Uint8Array };
  const text = encodeSnapshotFile(await fixture.kms.state.export(), new Date(Date.UTC(2026, 5, 1)));
  return { ...fixture, KeyId, CiphertextBlob, text };
}

/** The file as JSON, changed by `edit`, back to text. */
const edited = (text: string, edit: (file: Record<string, any>) => void) => {
  const file = JSON.parse(text) as Record<string, any>;
  edit(file);
  return JSON.stringify(file);
};

describe('simulator file', () => {
  it('round trip: export → file → import into a fresh engine on the same HSM keys decrypts and verifies', async () => {
    const source = await exported();
    const file = JSON.parse(source.text) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 'kms-lab-simulator', version: 1, accountId: '111122223333' });
    expect(file.note).toMatch(/domain keys/);
    const decoded = decodeSnapshotFile(source.text);
    if (!decoded.ok) throw new Error(decoded.error);
    const target = await newKms({ domainKeys: source.domainKeys });
    await target.kms.state.import(decoded.snapshot);
    // Encoding what was imported gives the same file.
    expect(JSON.parse(encodeSnapshotFile(await target.kms.state.export(), new Date(Date.UTC(2026, 5, 1))))).toEqual(JSON.parse(source.text));
    await expect(target.kms.send('Decrypt', { CiphertextBlob: source.CiphertextBlob })).resolves.toHaveProperty('Plaintext', utf8('filed'));
    await expect(target.kms.send('DescribeKey', { KeyId: 'alias/filed' })).resolves.toHaveProperty('KeyMetadata.Description', 'in the file');
    await expect(target.kms.trail.verify()).resolves.toMatchObject({ valid: true });
  });

  it('never holds key material: only the 61-byte exported tokens, in base64', async () => {
    const { text } = await exported();
    const file = JSON.parse(text) as { keys: Array<{ versions: Array<{ token: string }> }> };
    for (const key of file.keys) for (const version of key.versions) expect(atob(version.token)).toHaveLength(61);
  });

  const bad: Array<[string, (text: string) => string, RegExp]> = [
    ['not JSON', (t) => t.slice(0, t.length / 2), /not JSON/],
    ['a foreign JSON file', () => JSON.stringify({ Records: [] }), /not a KMS Lab simulator file/],
    ['a JSON array', () => '[1,2,3]', /not a KMS Lab simulator file/],
    ['the wrong version', (t) => edited(t, (f) => (f.version = 2)), /version 2; this KMS Lab reads version 1/],
    ['a missing version', (t) => edited(t, (f) => delete f.version), /version "?missing"?/],
    ['a missing member', (t) => edited(t, (f) => delete f.keys[0].policy), /keys\.0\.policy/],
    ['a wrong type', (t) => edited(t, (f) => (f.keys[0].creationDate = '2026-01-01')), /keys\.0\.creationDate/],
    ['an unknown member', (t) => edited(t, (f) => (f.keys[0].plaintextKey = 'AAAA')), /keys\.0/],
    ['a string too long', (t) => edited(t, (f) => (f.keys[0].description = 'x'.repeat(LIMITS.descriptionChars + 1))), /keys\.0\.description: is longer/],
    ['too many tags', (t) => edited(t, (f) => (f.keys[0].tags = Array.from({ length: 51 }, (_, i) => ({ TagKey: `k${i}`, TagValue: '' })))), /more than 50 tags/],
    ['a token that is not base64', (t) => edited(t, (f) => (f.keys[0].versions[0].token = '<script>')), /not base64/],
    ['a key with no material', (t) => edited(t, (f) => (f.keys[0].versions = [])), /no key material/],
    ['a record nested too deep', (t) => edited(t, (f) => {
      let deep: unknown = 'x';
      for (let i = 0; i < 20; i++) deep = { d: deep };
      f.trail.entries[0].record.requestParameters = deep;
    }), /trail\.entries\.0\.record/],
    ['__proto__ at the top', (t) => t.replace('{', '{"__proto__":{"polluted":true},'), /"__proto__"/],
    ['constructor deep inside', (t) => edited(t, (f) => (f.trail.entries[0].record.requestParameters = { constructor: { prototype: { x: 1 } } })), /"(constructor|prototype)"/],
    ['a file over the size limit', () => ' '.repeat(LIMITS.fileChars + 1), /larger than 64 MiB/],
  ];

  it.each(bad)('refuses %s with a clear error', async (_what, spoil, message) => {
    const { text } = await exported();
    const result = decodeSnapshotFile(spoil(text));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a file the schema accepts but the engine does not (altered trail, other account) leaves the current state untouched', async () => {
    const { text } = await exported();
    const target = await newKms();
    const { KeyId } = await target.createKey();
    const before = await target.storage.load();
    for (const spoiled of [
      edited(text, (f) => (f.trail.entries[0].record.eventName = 'Decrypt')),
      edited(text, (f) => (f.accountId = '444455556666')),
    ]) {
      const decoded = decodeSnapshotFile(spoiled);
      if (!decoded.ok) throw new Error(decoded.error);
      await expect(target.kms.state.import(decoded.snapshot)).rejects.toMatchObject({ name: 'SnapshotError' });
    }
    expect(await target.storage.load()).toEqual(before);
    await expect(target.kms.send('DescribeKey', { KeyId })).resolves.toBeDefined();
  });

  it('property: any JSON value that is not a simulator file is refused, never thrown', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = decodeSnapshotFile(JSON.stringify(value) ?? 'null');
        expect(result.ok).toBe(false);
      }),
      { seed: 6, numRuns: 300 },
    );
  });

  it('property: changing any one scalar of a valid file is either refused or still a well-typed snapshot', async () => {
    const { text } = await exported();
    const file = JSON.parse(text) as unknown;
    const paths: Array<Array<string | number>> = [];
    const walk = (value: unknown, path: Array<string | number>) => {
      if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, Array.isArray(value) ? Number(key) : key]);
      else paths.push(path);
    };
    walk(file, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)), (path, replacement) => {
        const copy = JSON.parse(text) as Record<string, unknown>;
        let parent: any = copy;
        for (const step of path.slice(0, -1)) parent = parent[step];
        parent[path.at(-1)!] = replacement;
        const result = decodeSnapshotFile(JSON.stringify(copy));
        if (result.ok) expect(result.snapshot.keys.every((key) => key.versions.every((version) => version.token instanceof Uint8Array))).toBe(true);
        else expect(result.error).toMatch(/\S/);
      }),
      { seed: 1129, numRuns: 200 },
    );
    expect(FILE_FORMAT).toBe('kms-lab-simulator');
  });
});
