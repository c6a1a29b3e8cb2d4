// A burst faster than a person can follow is collapsed into counts; a few requests are not.

import { describe, expect, it } from 'vitest';
import { flowWorld } from './flow-harness';
import { MAX_FOLLOWABLE_REQUESTS } from './burst';

describe('bursts', () => {
  it('200 concurrent GenerateDataKey calls become one short timeline of counts', async () => {
    const world = await flowWorld();
    const sent = await Promise.all(Array.from({ length: 200 }, () => world.send('GenerateDataKey', { KeyId: world.keyId, KeySpec: 'AES_256' })));
    const { steps, burst } = world.timeline(sent.map((s) => s.requestId));
    expect(burst).toMatchObject({ operation: 'GenerateDataKey', requests: 200, succeeded: 200, failedByName: {} });
    expect(Object.values(burst!.servedByAz).reduce((a, b) => a + b, 0)).toBe(200);
    expect(steps.length).toBeLessThan(15);
    expect(steps[0]).toMatchObject({ kind: 'request', count: 200 });
    expect(steps.filter((step) => step.kind === 'to-hsm').reduce((sum, step) => sum + step.count!, 0)).toBe(200);
    expect(steps.find((step) => step.kind === 'from-hsm')!.crossed.some((c) => c.sensitive)).toBe(true);
    expect(world.timeline(sent.map((s) => s.requestId), { collapse: 'never' }).steps).toHaveLength(2000);
  });

  it('throttled requests are counted by exception, at the endpoint', async () => {
    const world = await flowWorld();
    world.kms.simulation.setQuota('us-east-1', 'symmetric', 20);
    const sent = await Promise.all(Array.from({ length: 60 }, () => world.send('GenerateDataKey', { KeyId: world.keyId, KeySpec: 'AES_256' })));
    const throttled = sent.filter((s) => s.error?.name === 'ThrottlingException').length;
    expect(throttled).toBeGreaterThan(0);
    const { steps, burst } = world.timeline(sent.map((s) => s.requestId));
    expect(burst!.failedByName).toEqual({ ThrottlingException: throttled });
    expect(steps.find((step) => step.kind === 'refuse')).toMatchObject({ count: throttled, status: 'failed', from: 'kms-endpoint' });
    expect(steps.at(-1)!.title).toBe(`${60 - throttled} ok, ${throttled} refused`);
  });

  it(`up to ${MAX_FOLLOWABLE_REQUESTS} requests stay step by step, however fast`, async () => {
    const world = await flowWorld();
    const sent = await Promise.all(Array.from({ length: MAX_FOLLOWABLE_REQUESTS }, () => world.send('GenerateDataKey', { KeyId: world.keyId, KeySpec: 'AES_256' })));
    const timeline = world.timeline(sent.map((s) => s.requestId));
    expect(timeline.burst).toBeNull();
    expect(timeline.requests).toHaveLength(MAX_FOLLOWABLE_REQUESTS);
  });
});
