// A model, not a measurement: how likely a Region is to lose a key in a year when its key tokens are
// kept in several Availability Zones and a lost replica is rebuilt from the others.
//
// Each replica fails independently at rate λ per year (from the annual failure probability p:
// λ = −ln(1 − p)) and a failed replica is rebuilt in r hours. Data is lost only if every replica fails
// before the first failed one is rebuilt. For n replicas the chain is: a first failure (rate nλ), then
// each further replica failing within the repair window of the failures before it. With λr ≪ 1:
//   P(loss in a year) ≈ nλ · Π_{k=1}^{n−1} ((n−k)·λ·r)
// (for three replicas: 6·λ³·r², with r in years). AWS states its design goal for key durability, and
// the figure usually quoted is 99.999999999% (eleven nines); this model shows how replication across
// three AZs with fast repair can reach it. Inputs are editable so instructors can explore.

export interface DurabilityInputs {
  /** Replicas of each key token (one per AZ). */
  replicas: number;
  /** Probability that one AZ's replica is lost in a year, 0–1. */
  annualReplicaLossProbability: number;
  /** Hours to rebuild a lost replica from its peers. */
  repairHours: number;
}

export interface DurabilityResult {
  annualLossProbability: number;
  durability: number;
  /** Number of nines in the durability (e.g. 11 for 99.999999999%). */
  nines: number;
}

const HOURS_PER_YEAR = 24 * 365;

export function durabilityModel(inputs: DurabilityInputs): DurabilityResult {
  const { replicas, annualReplicaLossProbability: p, repairHours } = inputs;
  if (!Number.isInteger(replicas) || replicas < 1) throw new RangeError('Replicas must be a whole number of at least 1.');
  if (!(p >= 0 && p < 1)) throw new RangeError('The annual loss probability must be at least 0 and below 1.');
  if (!(repairHours > 0)) throw new RangeError('The repair time must be positive.');
  const lambda = -Math.log(1 - p);
  const r = repairHours / HOURS_PER_YEAR;
  let rate = replicas * lambda;
  for (let k = 1; k < replicas; k++) rate *= Math.min(1, (replicas - k) * lambda * r);
  const annualLossProbability = Math.min(1, rate);
  const durability = 1 - annualLossProbability;
  const nines = annualLossProbability <= 0 ? Infinity : Math.floor(-Math.log10(annualLossProbability));
  return { annualLossProbability, durability, nines };
}
