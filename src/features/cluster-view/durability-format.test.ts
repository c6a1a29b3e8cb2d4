import { describe, expect, it } from 'vitest';
import { durabilityModel } from '../../engine/index';
import { formatDurability, scientific } from './durability-format';

describe('durability in words', () => {
  it('shows the usual eleven nines for three replicas, 4% a year and one-hour repair (DUR-1)', () => {
    const text = formatDurability(durabilityModel({ replicas: 3, annualReplicaLossProbability: 0.04, repairHours: 1 }));
    expect(text.nines).toBe('≈ 11 nines');
    expect(text.percent).toBe('99.999999999%');
    expect(text.annualLoss).toMatch(/^\d\.\d × 10⁻¹² a year \(about 1 in \d+ billion\)$/);
  });

  it('shows a single replica as a plain percentage (the model uses the failure rate, a little over 4%)', () => {
    const text = formatDurability(durabilityModel({ replicas: 1, annualReplicaLossProbability: 0.04, repairHours: 1 }));
    expect(text.nines).toBe('≈ 1 nine');
    expect(text.percent).toBe('95.9%');
    expect(text.annualLoss).toBe('4.1% a year');
  });

  it('says so when the model loses nothing', () => {
    expect(formatDurability(durabilityModel({ replicas: 3, annualReplicaLossProbability: 0, repairHours: 1 })).percent).toBe('100%');
  });

  it('writes powers of ten with superscripts', () => {
    expect(scientific(0.000123)).toBe('1.2 × 10⁻⁴');
    expect(scientific(3e12)).toBe('3.0 × 10¹²');
  });
});
