// Measures how a piece of work grows with its input: timed at N and at a multiple of N in one process, so that a superlinear
// shape (each alias walking the whole document, each path scanning every sibling) shows as a ratio, whatever the
// speed of the machine. Timings are the best of a few runs, since a single run on a shared CI machine is noisy.
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Workspace } from '../../server/src/core/model/workspace';
import { checkFile } from '../../server/src/core/rules/runner';
import { manySeparators } from './shapes';

const URI = 'file:///w/shape.yaml';

/** N `---` documents, and the same less its first line: removing it moves every document to where its twin was. */
export function shiftedTwins(n: number): { before: string; after: string } {
  return { before: 'a: 1\n' + manySeparators(n), after: manySeparators(n) };
}

/** The keystroke that `shiftedTwins` describes, in a fresh workspace: its documents are reused, not parsed again. */
export function shiftTwins(input: unknown): void {
  const { before, after } = input as { before: string; after: string };
  const ws = new Workspace();
  ws.setFile(URI, before);
  ws.setFile(URI, after);
}

/** The work most shapes are timed on: parse, link and check one file in a fresh workspace. */
export function checkText(text: unknown): void {
  const ws = new Workspace();
  ws.setFile(URI, text as string);
  checkFile(ws.snapshot(), URI);
}

export interface Growth {
  n: number;
  /** The larger input is `factor`·n. */
  factor: number;
  ms: number;
  msScaled: number;
  /** msScaled / ms. */
  ratio: number;
  /** The k in time ∝ n^k that the two timings imply: 1 for linear work, 2 for quadratic. */
  exponent: number;
}

// A collection before each timed run, so that a run does not pay for garbage left by earlier work (the unit tests share
// one process). `--expose-gc` set at run time makes `gc` available to code compiled afterwards, here a new context.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

const best = (runs: number, work: () => void): number => {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    collect();
    const t0 = performance.now();
    work();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
};

/**
 * Times `run(make(n))` at n and factor·n. n starts at `start` and doubles until the work takes `floorMs`, so that the
 * ratio is not read from timer noise; `maxN` bounds that search. Inputs are made outside the timed part.
 */
export function growth(
  make: (n: number) => unknown,
  run: (input: unknown) => void,
  opts: { start: number; maxN: number; floorMs?: number; runs?: number; factor?: number },
): Growth {
  const floor = opts.floorMs ?? 50;
  const runs = opts.runs ?? 3;
  const factor = opts.factor ?? 2;
  let n = opts.start;
  let ms = 0;
  for (;;) {
    const input = make(n);
    ms = best(runs, () => run(input));
    if (ms >= floor || n * 2 > opts.maxN) break;
    n *= 2;
  }
  const scaled = make(factor * n);
  const msScaled = best(runs, () => run(scaled));
  const ratio = msScaled / Math.max(ms, 0.001);
  return { n, factor, ms, msScaled, ratio, exponent: Math.log(ratio) / Math.log(factor) };
}

/**
 * Fails when the timings imply time ∝ n^k with k above 1.5, at a size where the work takes at least 50 ms. The
 * tests time at n and 4n: linear work gives about ×4 and quadratic ×16, so the bound (×8) sits a factor of 2 from
 * either, which the noise of a shared CI machine does not bridge; at n and 2n the margin was ×1.4, and a linear
 * shape once failed there (×3.15).
 */
export function assertLinear(what: string, g: Growth, maxExponent = 1.5): void {
  const shown = `${what}: ${g.ms.toFixed(1)} ms at N=${g.n}, ${g.msScaled.toFixed(1)} ms at ${g.factor}N (×${g.ratio.toFixed(2)}, n^${g.exponent.toFixed(2)})`;
  if (g.msScaled < 50) return; // too fast to tell growth from noise, and too fast to matter
  assert.ok(g.exponent <= maxExponent, `superlinear growth: ${shown}`);
}
