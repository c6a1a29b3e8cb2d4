import { describe, expect, it } from 'vitest';
import { allPages, withMarker } from './paginate';
import { newKms } from '../testing/fixture';

describe('allPages', () => {
  it('reads every page of ListKeys through Marker and NextMarker', async () => {
    const { kms, createKey } = await newKms();
    const made = [];
    for (let i = 0; i < 5; i++) made.push((await createKey()).KeyId);
    const markers: Array<string | undefined> = [];
    const keys = await allPages<{ KeyId: string }>((marker) => {
      markers.push(marker);
      return kms.send('ListKeys', withMarker({ Limit: 2 }, marker));
    }, 'Keys');
    expect(keys.map((key) => key.KeyId).sort()).toEqual(made.sort());
    expect(markers).toHaveLength(3);
    expect(markers[0]).toBeUndefined();
  });

  it('stops on a page without NextMarker even if it says Truncated, and passes a failure through', async () => {
    await expect(allPages(() => Promise.resolve({ Items: [1, 2], Truncated: true }), 'Items')).resolves.toEqual([1, 2]);
    await expect(allPages(() => Promise.reject(new Error('denied')), 'Items')).rejects.toThrow('denied');
  });
});
