// Seeded randomness for the quiz: the same seed gives the same questions in the same order, so a
// learner can share a quiz ("seed 4F2K9Q") and a test can pin one. Not for cryptography.

/** A seed is a short human-readable string; any string works, these are easy to read aloud. */
const SEED_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** FNV-1a over the seed's UTF-16 code units: a stable 32-bit start value for the generator. */
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < seed.length; index += 1) {
    hash ^= seed.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: small, fast and well spread; returns numbers in [0, 1). */
export function seededRandom(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A new copy of `items` in a Fisher–Yates order drawn from `random`. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let index = out.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [out[index], out[other]] = [out[other] as T, out[index] as T];
  }
  return out;
}

/**
 * A fresh six-character seed. `random` defaults to crypto.getRandomValues so two learners rarely get
 * the same quiz; pass one in to make it deterministic.
 */
export function newSeed(random?: () => number): string {
  let seed = '';
  const bytes = new Uint32Array(6);
  if (random === undefined) crypto.getRandomValues(bytes);
  for (let index = 0; index < 6; index += 1) {
    const value = random === undefined ? (bytes[index] as number) / 4294967296 : random();
    seed += SEED_ALPHABET[Math.floor(value * SEED_ALPHABET.length)];
  }
  return seed;
}

/** A seed as typed by a learner: trimmed, at most 32 characters; empty means "none given". */
export function normalizeSeed(input: string): string {
  return input.trim().slice(0, 32);
}
