// SPEC TRAIL-4: the trail is hash-chained, and verify() names the first record that was altered,
// removed or reordered — including the newest one, against the engine's own note of the head.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TrailEntry } from './index';
import { GENESIS_HASH, canonicalJson, legacyLinkHash, linkHash, recordDigest, verifyChain, verifyChainInSlices } from './trail/chain';
import { newKms, utf8 } from '../testing/fixture';

/** An engine with six records, and a deep copy of its entries to tamper with. */
async function sixRecords() {
  const fixture = await newKms();
  const { kms, createKey } = fixture;
  const { KeyId } = await createKey();
  await kms.send('Encrypt', { KeyId, Plaintext: utf8('one') });
  await kms.send('DescribeKey', { KeyId });
  await kms.send('DisableKey', { KeyId });
  await kms.send('Encrypt', { KeyId, Plaintext: utf8('two') }).catch(() => undefined);
  await kms.send('EnableKey', { KeyId });
  const copy = (): TrailEntry[] => structuredClone([...kms.trail.entries()]);
  return { ...fixture, copy };
}

describe('TRAIL-4 the hash chain', () => {
  it('TRAIL-4 a link is SHA-256 over the previous hash, a newline and the record digest (checked with WebCrypto)', async () => {
    const { kms } = await sixRecords();
    const sha256Hex = async (text: string) =>
      Array.from(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))), (b) => b.toString(16).padStart(2, '0')).join('');
    for (const entry of kms.trail.entries()) {
      const digest = await sha256Hex(canonicalJson(entry.record));
      expect(recordDigest(entry.record)).toBe(digest);
      expect(entry.hash).toBe(await sha256Hex(`${entry.prevHash}\n${digest}`));
    }
  });

  it('TRAIL-4 links written in the earlier form (previous hash and canonical JSON) still verify, alone or followed by new ones', async () => {
    const { kms, copy } = await sixRecords();
    const entries = copy();
    let prevHash = GENESIS_HASH;
    for (const entry of entries.slice(0, 3)) {
      entry.prevHash = prevHash;
      entry.hash = legacyLinkHash(prevHash, entry.record);
      prevHash = entry.hash;
    }
    for (const entry of entries.slice(3)) {
      entry.prevHash = prevHash;
      entry.hash = linkHash(prevHash, entry.record);
      prevHash = entry.hash;
    }
    expect(verifyChain(entries)).toEqual({ valid: true, records: 6 });
    entries[1]!.record.userAgent = 'rewritten-history';
    expect(verifyChain(entries)).toMatchObject({ valid: false, index: 1, problem: 'altered' });
    await expect(kms.trail.verify()).resolves.toEqual({ valid: true, records: 6 });
  });

  it('TRAIL-4 a cryptographic call that fails inside the HSM records its error, not the success it was drafting', async () => {
    const { kms, createKey } = await newKms();
    const { KeyId } = await createKey();
    const { CiphertextBlob } = await kms.send('Encrypt', { KeyId, Plaintext: utf8('drafted while the HSM works') });
    await expect(kms.send('Decrypt', { CiphertextBlob, EncryptionContext: { wrong: 'context' } })).rejects.toMatchObject({ name: 'InvalidCiphertextException' });
    const failed = kms.trail.entries().at(-1)!.record;
    expect(failed).toMatchObject({ eventName: 'Decrypt', errorCode: 'InvalidCiphertextException' });
    expect(failed).not.toHaveProperty('additionalEventData');
    await kms.send('Decrypt', { CiphertextBlob });
    const succeeded = kms.trail.entries().at(-1)!.record;
    expect(succeeded).not.toHaveProperty('errorCode');
    expect(succeeded.eventID).not.toBe(failed.eventID);
    await expect(kms.trail.verify()).resolves.toEqual({ valid: true, records: kms.trail.entries().length });
  });

  it('TRAIL-4 each record links SHA-256 over the previous hash and its canonical JSON, from a zero genesis', async () => {
    const { kms } = await sixRecords();
    const entries = kms.trail.entries();
    expect(entries.map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(entries[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      if (i > 0) expect(entry.prevHash).toBe(entries[i - 1]!.hash);
      expect(entry.hash).toBe(linkHash(entry.prevHash, entry.record));
      expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    await expect(kms.trail.verify()).resolves.toEqual({ valid: true, records: 6 });
  });

  it('TRAIL-4 the hash is over canonical JSON: key order does not matter, content does', async () => {
    const { copy } = await sixRecords();
    const entry = copy()[0]!;
    const reordered = Object.fromEntries(Object.entries(entry.record).reverse()) as typeof entry.record;
    expect(linkHash(entry.prevHash, reordered)).toBe(entry.hash);
    expect(linkHash(entry.prevHash, { ...reordered, userAgent: 'other' })).not.toBe(entry.hash);
  });

  it('TRAIL-4 canonical JSON reads back as the same value and ignores key order, whatever the names hold', () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(reversed)
      : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]))
      : value;
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = canonicalJson(value);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(reversed(value))).toBe(json);
      }),
      { seed: 4, numRuns: 300 },
    );
  });

  it('TRAIL-4 an altered record is named', async () => {
    const { kms, copy } = await sixRecords();
    const entries = copy();
    entries[2]!.record.userAgent = 'rewritten-history';
    await expect(kms.trail.verify(entries)).resolves.toMatchObject({ valid: false, index: 2, seq: 3, eventId: entries[2]!.record.eventID, problem: 'altered' });
  });

  it('TRAIL-4 an altered record whose own hash was recomputed is named through the next link', async () => {
    const { kms, copy } = await sixRecords();
    const entries = copy();
    const target = entries[1]!;
    target.record.errorCode = 'Nothing to see here';
    target.hash = linkHash(target.prevHash, target.record);
    await expect(kms.trail.verify(entries)).resolves.toMatchObject({ valid: false, index: 1, seq: 2, problem: 'altered' });
  });

  it('TRAIL-4 the newest record altered with its hash recomputed is caught by the head', async () => {
    const { kms, copy } = await sixRecords();
    const entries = copy();
    const newest = entries[5]!;
    newest.record.eventName = 'DescribeKey';
    newest.hash = linkHash(newest.prevHash, newest.record);
    await expect(kms.trail.verify(entries)).resolves.toMatchObject({ valid: false, index: 5, seq: 6, problem: 'altered' });
  });

  it('TRAIL-4 a removed record is named by the gap', async () => {
    const { kms, copy } = await sixRecords();
    const entries = copy();
    entries.splice(3, 1);
    await expect(kms.trail.verify(entries)).resolves.toMatchObject({ valid: false, index: 3, seq: 5, problem: 'removed', explanation: expect.stringContaining('Record 4 is missing') as unknown });
    const headless = copy().slice(1);
    await expect(kms.trail.verify(headless)).resolves.toMatchObject({ valid: false, index: 0, problem: 'removed' });
    const tailless = copy().slice(0, -1);
    await expect(kms.trail.verify(tailless)).resolves.toMatchObject({ valid: false, problem: 'truncated' });
    await expect(kms.trail.verify([])).resolves.toMatchObject({ valid: false, problem: 'truncated', explanation: 'The trail ends at record 0, but KMS wrote up to record 6.' });
  });

  it.each([
    [2, 3],
    [1, 4],
    [0, 5],
  ])('TRAIL-4 records %i and %i swapped are named as reordered', async (a, b) => {
    const { kms, copy } = await sixRecords();
    const entries = copy();
    [entries[a], entries[b]] = [entries[b]!, entries[a]!];
    await expect(kms.trail.verify(entries)).resolves.toMatchObject({ valid: false, index: a, seq: b + 1, problem: 'reordered' });
  });

  it('TRAIL-4 a trail cut short in storage is caught after reopening, by the stored head', async () => {
    const { kms, storage, reopen } = await sixRecords();
    const { state, trail } = await storage.load();
    await storage.replace(state, trail.slice(0, -2));
    const reopened = await reopen();
    await expect(reopened.kms.trail.verify()).resolves.toMatchObject({ valid: false, problem: 'truncated', explanation: 'The trail ends at record 4, but KMS wrote up to record 6.' });
    await expect(kms.trail.verify()).resolves.toMatchObject({ valid: true });
  });
});

describe('TRAIL-4 verifying a long trail', () => {
  /** A valid chain of `count` records built directly, without an engine. */
  function chainOf(count: number): TrailEntry[] {
    const entries: TrailEntry[] = [];
    let prevHash = GENESIS_HASH;
    for (let seq = 1; seq <= count; seq++) {
      const record = { eventVersion: '1.08', eventID: `event-${seq}`, eventName: 'Encrypt' } as unknown as TrailEntry['record'];
      const hash = linkHash(prevHash, record);
      entries.push({ seq, prevHash, hash, record });
      prevHash = hash;
    }
    return entries;
  }

  it('gives the same verdicts in slices as in one go, and lets other tasks run in between', async () => {
    const entries = chainOf(5_000);
    let otherTaskRan = false;
    setTimeout(() => (otherTaskRan = true), 0);
    await expect(verifyChainInSlices(entries)).resolves.toEqual({ valid: true, records: 5_000 });
    expect(otherTaskRan).toBe(true);

    const altered = structuredClone(entries);
    (altered[4_321]!.record as unknown as Record<string, unknown>).eventName = 'Decrypt';
    const inSlices = await verifyChainInSlices(altered);
    expect(inSlices).toEqual(verifyChain(altered));
    expect(inSlices).toMatchObject({ valid: false, seq: 4_322, problem: 'altered' });
  });
});
