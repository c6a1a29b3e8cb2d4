import { describe, expect, it } from 'vitest';
import { createKms, type Kms } from '../../engine/index';
import type { CallOutcome } from '../../stores/engine-store';
import type { ConsoleCall } from './console-env';
import { listAll, loadKeyRows } from './load-keys';

function callOn(kms: Kms, seen: string[]): ConsoleCall {
  return async (operation, input): Promise<CallOutcome> => {
    seen.push(operation);
    try {
      return { ok: true, output: await kms.send(operation, input), requestId: undefined };
    } catch (error) {
      const { name, message } = error as Error;
      return { ok: false, error: { name, message }, requestId: undefined };
    }
  };
}

describe('loading the key list', () => {
  it('reads keys the way the console does: ListKeys, ListAliases, then DescribeKey for each key', async () => {
    const kms = await createKms();
    const created = (await kms.send('CreateKey', { Description: 'orders' })) as { KeyMetadata: { KeyId: string } };
    await kms.send('CreateKey', {});
    await kms.send('CreateAlias', { AliasName: 'alias/orders', TargetKeyId: created.KeyMetadata.KeyId });
    const seen: string[] = [];
    const loaded = await loadKeyRows(callOn(kms, seen));
    expect(seen.sort()).toEqual(['DescribeKey', 'DescribeKey', 'ListAliases', 'ListKeys']);
    expect(loaded.ok && loaded.value.map((row) => [row.description, row.aliases, row.status, row.keyManager])).toEqual([
      ['orders', ['alias/orders'], 'Enabled', 'CUSTOMER'],
      ['', [], 'Enabled', 'CUSTOMER'],
    ]);
    kms.close();
  });

  it('follows NextMarker until the list is no longer truncated', async () => {
    const kms = await createKms();
    for (let i = 0; i < 5; i++) await kms.send('CreateKey', {});
    const seen: string[] = [];
    const listed = await listAll<{ KeyId: string }>(callOn(kms, seen), 'ListKeys', { Limit: 2 }, 'Keys');
    expect(listed.ok && listed.value).toHaveLength(5);
    expect(seen).toEqual(['ListKeys', 'ListKeys', 'ListKeys']);
    kms.close();
  });

  it('reports the AWS exception of a failed read instead of an empty list', async () => {
    const kms = await createKms();
    const loaded = await listAll(callOn(kms, []), 'ListKeys', { Limit: 0 }, 'Keys');
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.error.name).toBe('ValidationException');
    kms.close();
  });
});
