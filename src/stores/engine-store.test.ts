import { describe, expect, it, vi } from 'vitest';
import { createKms, type Kms } from '../engine/index';
import { createEngineStore, type EngineStore } from './engine-store';

async function ready(store: EngineStore): Promise<Kms> {
  store.getState().start();
  await vi.waitFor(() => expect(store.getState().status).toBe('ready'));
  return store.getState().kms!;
}

describe('engine store', () => {
  it('starts one engine, and start() while running does nothing', async () => {
    const open = vi.fn(() => createKms());
    const store = createEngineStore({ open });
    await ready(store);
    store.getState().start();
    expect(open).toHaveBeenCalledTimes(1);
    store.getState().stop();
    expect(store.getState().status).toBe('idle');
  });

  it('acts as the chosen identity unless a call names its own, and as Admin when none is chosen', async () => {
    let acting: string | null = 'arn:aws:iam::111122223333:user/Alice';
    const store = createEngineStore({ open: () => createKms(), actingPrincipal: () => acting });
    const kms = await ready(store);
    const userOf = () => kms.trail.entries().at(-1)!.record.userIdentity.arn;
    await store.getState().call('CreateKey', {});
    expect(userOf()).toBe('arn:aws:iam::111122223333:user/Alice');
    await store.getState().call('ListKeys', {}, { principal: 'arn:aws:iam::111122223333:user/Bob' });
    expect(userOf()).toBe('arn:aws:iam::111122223333:user/Bob');
    acting = null;
    await store.getState().call('ListKeys', {});
    expect(userOf()).toBe('arn:aws:iam::111122223333:user/Admin');
    store.getState().stop();
  });

  it('learns at once that a reset replaced everything: the trail empties and stateEpoch moves on', async () => {
    const store = createEngineStore({ open: () => createKms() });
    const kms = await ready(store);
    await store.getState().call('CreateKey', {});
    await vi.waitFor(() => expect(store.getState().trail).toHaveLength(1));
    const epoch = store.getState().stateEpoch;
    const seen: string[] = [];
    kms.events.subscribe((event) => seen.push(event.type));
    await kms.state.reset();
    expect(seen).toEqual(['state.replaced']);
    expect(store.getState().trail).toHaveLength(0);
    expect(store.getState().stateEpoch).toBe(epoch + 1);
    store.getState().stop();
  });

  it('keeps each instance separate', async () => {
    const a = createEngineStore({ open: () => createKms() });
    const b = createEngineStore({ open: () => createKms() });
    await ready(a);
    expect(b.getState().kms).toBeNull();
    a.getState().stop();
  });

  it('closes an engine that finishes opening after stop()', async () => {
    let resolve!: (kms: Kms) => void;
    const store = createEngineStore({ open: () => new Promise<Kms>((r) => (resolve = r)) });
    store.getState().start();
    store.getState().stop();
    const kms = await createKms();
    const close = vi.spyOn(kms, 'close');
    resolve(kms);
    await vi.waitFor(() => expect(close).toHaveBeenCalled());
    expect(store.getState().kms).toBeNull();
  });

  it('reports a failure to start in words', async () => {
    const store = createEngineStore({ open: () => Promise.reject(new Error('IndexedDB is blocked')) });
    store.getState().start();
    await vi.waitFor(() => expect(store.getState().status).toBe('failed'));
    expect(store.getState().failure).toBe('IndexedDB is blocked');
  });

  it('gives each call its request id, the HSM that served it, and a fresh trail', async () => {
    const store = createEngineStore({ open: () => createKms() });
    await ready(store);
    const created = await store.getState().call('CreateKey', {});
    expect(created.ok).toBe(true);
    const keyId = created.ok ? (created.output.KeyMetadata as { KeyId: string }).KeyId : '';
    const [one, two] = await Promise.all([
      store.getState().call('Encrypt', { KeyId: keyId, Plaintext: new Uint8Array([1]) }),
      store.getState().call('Encrypt', { KeyId: keyId, Plaintext: new Uint8Array([2]) }),
    ]);
    expect(one.requestId).toBeDefined();
    expect(one.requestId).not.toBe(two.requestId);
    const crossing = store.getState().hsmCallsOf(one.requestId!)![0]!;
    expect(crossing.hsmOperation).toBe('Encrypt');
    expect(crossing.hsmId).toBe(`hsm-${crossing.az}`);
    expect(crossing.received.map((item) => item.kind)).toEqual(['ciphertext']);

    await vi.waitFor(() => expect(store.getState().trail).toHaveLength(3));
    const requestIds = store.getState().trail.map((entry) => entry.record.requestID);
    expect(requestIds).toContain(one.requestId);
    expect(requestIds).toContain(two.requestId);
    store.getState().stop();
  });

  it('returns an AWS exception instead of throwing', async () => {
    const store = createEngineStore({ open: () => createKms() });
    await ready(store);
    const outcome = await store.getState().call('Encrypt', { KeyId: 'alias/missing', Plaintext: new Uint8Array([1]) });
    expect(outcome).toMatchObject({ ok: false, error: { name: 'NotFoundException' } });
    expect(outcome.requestId).toBeDefined();
    store.getState().stop();
  });

  it('carries the engine\'s detail with an exception that has one', async () => {
    const store = createEngineStore({ open: () => createKms() });
    const kms = await ready(store);
    for (const az of ['us-east-1a', 'us-east-1b', 'us-east-1c']) kms.simulation.setAz(az, 'down');
    const outcome = await store.getState().call('CreateKey', {});
    expect(outcome).toMatchObject({ ok: false, error: { name: 'KMSInternalException', detail: expect.stringContaining('us-east-1') as unknown } });
    const missing = await store.getState().call('Encrypt', { KeyId: 'alias/missing', Plaintext: new Uint8Array([1]) }, { region: 'us-west-2' });
    expect(missing.ok ? undefined : Object.keys(missing.error)).toEqual(['name', 'message']);
    store.getState().stop();
  });

  it('keeps the HSM crossings of the newest 500 requests, evicting the oldest first, at a cost that does not grow with them', async () => {
    const store = createEngineStore({ open: () => createKms() });
    await ready(store);
    const first = await store.getState().call('GenerateRandom', { NumberOfBytes: 8 });
    const { hsmCallsOf, hsmCallsVersion } = store.getState();
    const firstCrossings = hsmCallsOf(first.requestId!);
    expect(firstCrossings).toHaveLength(1);
    const rest = [];
    for (let i = 0; i < 500; i++) rest.push(await store.getState().call('GenerateRandom', { NumberOfBytes: 8 }));
    expect(store.getState().hsmCallsVersion).toBeGreaterThan(hsmCallsVersion);
    expect(hsmCallsOf(first.requestId!)).toBeUndefined();
    expect(hsmCallsOf(rest[0]!.requestId!)).toHaveLength(1);
    expect(hsmCallsOf(rest[499]!.requestId!)![0]!.received.map((item) => item.kind)).toEqual(['random-bytes']);
    // A request's array is replaced, never changed in place, so a selector holding it sees a change.
    expect(firstCrossings![0]!.received).toHaveLength(1);
    store.getState().stop();
  });
});

