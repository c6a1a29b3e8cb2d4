// Small statistics for the benchmarks: medians of interleaved rounds, so that a slow moment of the
// machine (another process, a GC) lands on both sides of a ratio instead of on one.

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs `a` and `b` alternately, `rounds` times each, and returns each side's per-round rates. */
export async function interleave(rounds: number, a: () => Promise<number>, b: () => Promise<number>): Promise<{ a: number[]; b: number[] }> {
  const rates = { a: [] as number[], b: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    // Alternate which side goes first, so neither always runs on a warmer (or hotter) machine.
    if (round % 2 === 0) {
      rates.a.push(await a());
      rates.b.push(await b());
    } else {
      rates.b.push(await b());
      rates.a.push(await a());
    }
  }
  return rates;
}

/** A benchmark result as bench/results.json stores it. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number; unit: string };
  ratio?: number;
  note?: string;
}
