// The app's HSM wiring, minus the browser: the engine talks to the HSM through createWorkerHsm and the
// HSM answers through serveHsm, exactly as in the Web Worker, but over a Node MessageChannel (same
// structured cloning, same transfer semantics). The real Worker is covered by e2e/engine.spec.ts.

import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { createKms, createWorkerHsm, HsmWorkerError, type HsmResponse, type HsmWorkerPort } from '../engine/index';
import { createHsmCore, type HsmCore } from '../engine/hsm/core';
import { detachableBuffers, serveHsm, type HsmWorkerScope } from '../engine/hsm/worker-server';

const open: MessagePort[] = [];
afterEach(() => {
  for (const port of open.splice(0)) port.close();
});

/** An HSM core served on one end of a channel; the other end is what the engine's transport gets. */
function channelHsm(core: HsmCore = createHsmCore()) {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  serveHsm(port2 as unknown as HsmWorkerScope, core);
  port2.start();
  port1.start();
  return port1 as unknown as HsmWorkerPort;
}

/** A port that never answers, and lets the test raise the events a failing Worker raises. */
function silentPort() {
  const target = new EventTarget();
  let terminated = false;
  const port: HsmWorkerPort = {
    postMessage: () => undefined,
    addEventListener: (type, listener) => target.addEventListener(type, listener as unknown as EventListener),
    removeEventListener: (type, listener) => target.removeEventListener(type, listener as unknown as EventListener),
    terminate: () => {
      terminated = true;
    },
  };
  const fail = (message: string) => target.dispatchEvent(Object.assign(new Event('error'), { message }));
  return { port, fail, terminated: () => terminated };
}

describe('the HSM behind a message port', () => {
  it('serves CreateKey, Encrypt, Decrypt and GenerateDataKey through kms.send', async () => {
    const kms = await createKms({ hsm: createWorkerHsm(channelHsm()) });
    const { KeyMetadata } = (await kms.send('CreateKey', {})) as { KeyMetadata: { KeyId: string } };
    const plaintext = new TextEncoder().encode('across the boundary');
    const context = { purpose: 'demo' };
    const { CiphertextBlob } = await kms.send('Encrypt', { KeyId: KeyMetadata.KeyId, Plaintext: plaintext, EncryptionContext: context });
    // Requests are copied, never transferred: the caller's plaintext is still whole.
    expect(new TextDecoder().decode(plaintext)).toBe('across the boundary');
    const decrypted = await kms.send('Decrypt', { CiphertextBlob, EncryptionContext: context });
    expect(new TextDecoder().decode(decrypted.Plaintext as Uint8Array)).toBe('across the boundary');

    const dataKey = await kms.send('GenerateDataKey', { KeyId: KeyMetadata.KeyId, KeySpec: 'AES_256' });
    expect((dataKey.Plaintext as Uint8Array).length).toBe(32);
    kms.close();
  });

  it('pairs answers with requests by id when many are in flight', async () => {
    const kms = await createKms({ hsm: createWorkerHsm(channelHsm()) });
    const { KeyMetadata } = (await kms.send('CreateKey', {})) as { KeyMetadata: { KeyId: string } };
    const texts = Array.from({ length: 64 }, (_, i) => `message ${i}`);
    const blobs = await Promise.all(
      texts.map((text) => kms.send('Encrypt', { KeyId: KeyMetadata.KeyId, Plaintext: new TextEncoder().encode(text) })),
    );
    const back = await Promise.all(blobs.map(({ CiphertextBlob }) => kms.send('Decrypt', { CiphertextBlob })));
    expect(back.map(({ Plaintext }) => new TextDecoder().decode(Plaintext as Uint8Array))).toEqual(texts);
    kms.close();
  });

  it('sends the requests of one turn in one message, and answers a batch in one message', async () => {
    const port = channelHsm();
    const posted: number[] = [];
    const counting: HsmWorkerPort = {
      postMessage: (batch) => {
        posted.push(batch.length);
        port.postMessage(batch);
      },
      addEventListener: (type, listener) => port.addEventListener(type, listener),
    };
    let replies = 0;
    port.addEventListener('message', () => replies++);
    const kms = await createKms({ hsm: createWorkerHsm(counting) });
    const { KeyMetadata } = (await kms.send('CreateKey', {})) as { KeyMetadata: { KeyId: string } };
    posted.length = 0;
    replies = 0;
    const blobs = await Promise.all(Array.from({ length: 64 }, () => kms.send('GenerateDataKey', { KeyId: KeyMetadata.KeyId, NumberOfBytes: 32 })));
    expect(blobs).toHaveLength(64);
    expect(posted).toEqual([64]);
    expect(replies).toBe(1);
    kms.close();
  });

  it('fails only the request that cannot be copied when it shares a batch with others', async () => {
    const hsm = createWorkerHsm(channelHsm());
    const route = { region: 'us-east-1', az: 'us-east-1a' };
    const good = hsm.call({ op: 'GenerateRandom', numberOfBytes: 8, route });
    const bad = hsm.call({ op: 'GenerateRandom', numberOfBytes: 8, route: { ...route, oops: () => 0 } as typeof route });
    await expect(bad).rejects.toThrow(/could not be sent to the HSM worker/);
    await expect(good).resolves.toMatchObject({ ok: true, op: 'GenerateRandom' });
    hsm.close?.();
  });

  it('transfers the answer, so the plaintext data key leaves no copy in the worker', async () => {
    const answered: HsmResponse[] = [];
    const core = createHsmCore();
    const watched: HsmCore = {
      async handle(request) {
        const response = await core.handle(request);
        answered.push(response);
        return response;
      },
    };
    const kms = await createKms({ hsm: createWorkerHsm(channelHsm(watched)) });
    const { KeyMetadata } = (await kms.send('CreateKey', {})) as { KeyMetadata: { KeyId: string } };
    const dataKey = await kms.send('GenerateDataKey', { KeyId: KeyMetadata.KeyId, NumberOfBytes: 32 });
    const inWorker = answered.find((response) => response.op === 'GenerateDataKey');
    expect(inWorker?.ok && inWorker.op === 'GenerateDataKey' && inWorker.plaintext?.byteLength).toBe(0);
    expect((dataKey.Plaintext as Uint8Array).byteLength).toBe(32);
    kms.close();
  });

  it('copies and wipes a view that does not own its whole buffer, instead of transferring the rest', () => {
    const backing = new Uint8Array(64).fill(7);
    const response = { ok: true, op: 'GenerateRandom', random: backing.subarray(8, 40) } as HsmResponse;
    const buffers = detachableBuffers(response);
    expect(buffers).toHaveLength(1);
    expect(buffers[0]!.byteLength).toBe(32);
    expect(backing.subarray(8, 40).every((byte) => byte === 0)).toBe(true);
    expect(response.ok && response.op === 'GenerateRandom' && [...response.random.slice(0, 2)]).toEqual([7, 7]);
  });

  it('rejects every pending call when the worker fails, and every later one at once', async () => {
    const { port, fail } = silentPort();
    const hsm = createWorkerHsm(port);
    const pending = hsm.call({ op: 'GenerateRandom', numberOfBytes: 8, route: { region: 'us-east-1', az: 'us-east-1a' } });
    fail('Failed to load the worker script');
    await expect(pending).rejects.toThrow(new HsmWorkerError('The HSM worker failed: Failed to load the worker script.'));
    await expect(hsm.call({ op: 'GenerateRandom', numberOfBytes: 8, route: { region: 'us-east-1', az: 'us-east-1a' } })).rejects.toThrow(
      HsmWorkerError,
    );
  });

  it('turns a failed worker into KMSInternalException for the caller', async () => {
    const { port, fail } = silentPort();
    const kms = await createKms({ hsm: createWorkerHsm(port) });
    const created = kms.send('CreateKey', {});
    await Promise.resolve();
    fail('boom');
    await expect(created).rejects.toMatchObject({ name: 'KMSInternalException' });
    kms.close();
  });

  it('close() terminates the worker and rejects what was still pending', async () => {
    const { port, terminated } = silentPort();
    const hsm = createWorkerHsm(port);
    const pending = hsm.call({ op: 'GenerateRandom', numberOfBytes: 8, route: { region: 'us-east-1', az: 'us-east-1a' } });
    hsm.close?.();
    await expect(pending).rejects.toThrow('The HSM worker was closed.');
    expect(terminated()).toBe(true);
  });
});
