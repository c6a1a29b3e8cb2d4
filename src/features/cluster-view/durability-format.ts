// The durability model's numbers in words a learner can read: "≈ 11 nines", "99.999999999%",
// "1.2 × 10⁻¹¹ a year (about 1 in 83 billion)".

import type { DurabilityResult } from '../../engine/index';

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

export function scientific(value: number): string {
  const [mantissa, exponent = '0'] = value.toExponential(1).split('e');
  const power = String(Number(exponent)).replace(/./g, (c) => SUPERSCRIPT[c] ?? c);
  return `${mantissa} × 10${power}`;
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 2 });

export interface DurabilityText {
  nines: string;
  /** Durability as a percentage, cut (never rounded up) to the nines it has. */
  percent: string;
  annualLoss: string;
}

export function formatDurability({ annualLossProbability: p, nines }: DurabilityResult): DurabilityText {
  if (p <= 0) return { nines: 'no loss at all in this model', percent: '100%', annualLoss: '0 (a replica that never fails)' };
  const odds = 1 / p;
  const oneIn = odds < 1e15 ? compact.format(odds) : scientific(odds);
  const annualLoss = p >= 0.01 ? `${(p * 100).toFixed(1)}% a year` : `${scientific(p)} a year (about 1 in ${oneIn})`;
  const percent = nines >= 2 ? `${'99.'}${'9'.repeat(nines - 2)}%`.replace(/\.%$/, '%') : `${(Math.floor((1 - p) * 1000) / 10).toFixed(1)}%`;
  return { nines: `≈ ${nines} ${nines === 1 ? 'nine' : 'nines'}`, percent, annualLoss };
}
