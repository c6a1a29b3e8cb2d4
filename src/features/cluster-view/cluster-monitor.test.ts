import { describe, expect, it } from 'vitest';
import { createKms } from '../../engine/index';
import { createClusterMonitor, type Scheduler } from './cluster-monitor';

// Flushes at once, so each assertion sees the state right after the engine acted.
const immediately: Scheduler = (flush) => {
  flush();
  return () => {};
};

describe('cluster monitor', () => {
  it('narrates a fault change with the repairs it caused', async () => {
    const kms = await createKms();
    const monitor = createClusterMonitor(kms, immediately);
    const disconnect = monitor.connect();
    kms.simulation.setAz('us-east-1c', 'down');
    await kms.send('CreateKey', {});
    await kms.send('CreateKey', {});
    kms.simulation.setAz('us-east-1c', 'up');
    const [latest] = monitor.store.getState().narration;
    expect(latest?.text).toBe('us-east-1c is back up. us-east-1c caught up from us-east-1a (2 writes).');
    const c = monitor.store.getState().regions.find((r) => r.region === 'us-east-1')!.azs[2]!;
    expect(c).toMatchObject({ lag: 0, keys: 2 });
    disconnect();
    kms.close();
  });

  it('knows which AZ served each request, and counts them', async () => {
    const kms = await createKms();
    const monitor = createClusterMonitor(kms, immediately);
    const disconnect = monitor.connect();
    const requestId = '00000000-0000-4000-8000-000000000001';
    await kms.send('GenerateRandom', { NumberOfBytes: 8 }, { requestId });
    const { lastServed, served } = monitor.store.getState();
    expect(lastServed?.region).toBe('us-east-1');
    expect(monitor.routeOf(requestId)?.az).toBe(lastServed?.az);
    expect(served[lastServed!.az]).toBe(1);
    disconnect();
    kms.close();
  });

  it('keeps unchanged Regions and AZs as the same objects, so memoized views skip them', async () => {
    const kms = await createKms();
    const monitor = createClusterMonitor(kms, immediately);
    const disconnect = monitor.connect();
    const before = monitor.store.getState().regions;
    await kms.send('GenerateRandom', { NumberOfBytes: 8 });
    expect(monitor.store.getState().regions).toBe(before);
    kms.simulation.setAz('eu-west-1a', 'down');
    const after = monitor.store.getState().regions;
    expect(after).not.toBe(before);
    expect(after.find((r) => r.region === 'us-east-1')).toBe(before.find((r) => r.region === 'us-east-1'));
    expect(after.find((r) => r.region === 'eu-west-1')!.azs[1]).toBe(before.find((r) => r.region === 'eu-west-1')!.azs[1]);
    disconnect();
    kms.close();
  });

  it('batches: many events before a flush are read once', async () => {
    const kms = await createKms();
    let pending: (() => void) | null = null;
    let scheduled = 0;
    const monitor = createClusterMonitor(kms, (flush) => {
      scheduled++;
      pending = flush;
      return () => {};
    });
    const disconnect = monitor.connect();
    (pending as unknown as () => void)();
    scheduled = 0;
    for (let i = 0; i < 5; i++) await kms.send('GenerateRandom', { NumberOfBytes: 8 });
    expect(scheduled).toBe(1);
    (pending as unknown as () => void)();
    expect(Object.values(monitor.store.getState().served).reduce((a, b) => a + b, 0)).toBe(5);
    disconnect();
    kms.close();
  });

  it('adds refused actions to the narration in words', async () => {
    const kms = await createKms();
    const monitor = createClusterMonitor(kms, immediately);
    const disconnect = monitor.connect();
    monitor.note('us-east-1', 'Refused: KMS Lab keeps one current replica.');
    expect(monitor.store.getState().narration[0]).toMatchObject({ tone: 'refused', text: 'Refused: KMS Lab keeps one current replica.' });
    disconnect();
    kms.close();
  });

  it('groups the lines one action produced into one batch', async () => {
    const kms = await createKms();
    let pending: () => void = () => {};
    const monitor = createClusterMonitor(kms, (flush) => ((pending = flush), () => {}));
    const disconnect = monitor.connect();
    pending();
    kms.simulation.setAz('us-east-1a', 'down');
    pending();
    kms.simulation.setAz('us-east-1a', 'up');
    kms.simulation.setAz('us-east-1b', 'partitioned');
    pending();
    const [newest, second, oldest] = monitor.store.getState().narration;
    expect(newest!.batch).toBe(second!.batch);
    expect(oldest!.batch).toBeLessThan(second!.batch);
    disconnect();
    kms.close();
    disconnect();
    kms.close();
  });
});
