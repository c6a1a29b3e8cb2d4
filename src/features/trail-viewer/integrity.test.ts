import { describe, expect, it } from 'vitest';
import { createKms } from '../../engine/index';
import { culpritOf, TAMPERED_SOURCE_IP, tamperCopy } from './integrity';

describe('the tamper demo', () => {
  it('alters a copy, never the engine’s trail, and verify names the altered record', async () => {
    const kms = await createKms();
    const { KeyMetadata } = (await kms.send('CreateKey', {})) as { KeyMetadata: { KeyId: string } };
    await kms.send('Encrypt', { KeyId: KeyMetadata.KeyId, Plaintext: new Uint8Array([1, 2, 3]) });
    await kms.send('DescribeKey', { KeyId: KeyMetadata.KeyId });
    const real = kms.trail.entries();
    const before = JSON.stringify(real);
    const encrypt = real.find((entry) => entry.record.eventName === 'Encrypt')!;

    const copy = tamperCopy(real, encrypt.seq)!;
    expect(copy.field).toBe('sourceIPAddress');
    expect(copy.to).toBe(TAMPERED_SOURCE_IP);
    expect(copy.entries.find((entry) => entry.seq === encrypt.seq)!.record.sourceIPAddress).toBe(TAMPERED_SOURCE_IP);

    const verdict = await kms.trail.verify(copy.entries);
    expect(verdict).toMatchObject({ valid: false, problem: 'altered', seq: encrypt.seq, eventId: encrypt.record.eventID });
    expect(culpritOf(verdict, copy.entries)!.record.eventName).toBe('Encrypt');

    expect(JSON.stringify(kms.trail.entries())).toBe(before);
    await expect(kms.trail.verify()).resolves.toEqual({ valid: true, records: 3 });
    kms.close();
  });

  it('names the newest record when that is the one altered (the engine keeps the head apart)', async () => {
    const kms = await createKms();
    await kms.send('CreateKey', {});
    await kms.send('ListKeys', {});
    const last = kms.trail.entries().at(-1)!;
    const verdict = await kms.trail.verify(tamperCopy(kms.trail.entries(), last.seq)!.entries);
    expect(verdict).toMatchObject({ valid: false, seq: last.seq });
    kms.close();
  });

  it('finds nothing to tamper with in an empty trail', () => {
    expect(tamperCopy([], 1)).toBeNull();
  });
});
