/**
 * A small seeded pseudo-random generator (mulberry32), so that every fuzz run can be replayed exactly from its seed.
 */
export class Random {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** The seed to use: `FUZZ_SEED` when set, otherwise a fixed default so that CI runs are reproducible. */
export function fuzzSeed(defaultSeed: number): number {
  const s = process.env.FUZZ_SEED;
  return s && /^\d+$/.test(s) ? Number(s) >>> 0 : defaultSeed;
}

/** The number of cases to run: `FUZZ_CASES` when set, otherwise the CI default. */
export function fuzzCases(defaultCases: number): number {
  const s = process.env.FUZZ_CASES;
  return s && /^\d+$/.test(s) ? Number(s) : defaultCases;
}

/** Whether to run the long passes (`npm run test:fuzz` sets FUZZ_FULL=1); `npm test` runs bounded ones. */
export function fuzzFull(): boolean {
  return process.env.FUZZ_FULL === '1';
}
