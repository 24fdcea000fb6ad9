// Seeded randomness for the derived data (analytics' samples and Louvain runs, the suggestions' folds and
// samples): the same figures run after run, reproducible from one seed.
export type Rng = () => number;

/** A seeded pseudo-random generator (mulberry32): samples and Louvain's moves are the same run after run. */
export function seededRandom(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `k` distinct members of `pool`, drawn with `random` (all of them when k ≥ its size), in drawing order. */
export function sample(pool: number[], k: number, random: Rng): number[] {
  const a = [...pool];
  const m = Math.min(k, a.length);
  for (let i = 0; i < m; i++) {
    const j = i + Math.floor(random() * (a.length - i));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, m);
}

/** Fisher–Yates, in place. */
export function shuffle<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
