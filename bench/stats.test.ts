import { describe, expect, it } from 'vitest';
import { interleave, median } from './stats';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('interleave', () => {
  it('alternates the sides and which goes first', async () => {
    const order: string[] = [];
    const rates = await interleave(
      3,
      () => (order.push('a'), Promise.resolve(1)),
      () => (order.push('b'), Promise.resolve(2)),
    );
    expect(order).toEqual(['a', 'b', 'b', 'a', 'a', 'b']);
    expect(rates).toEqual({ a: [1, 1, 1], b: [2, 2, 2] });
  });
});
