// Measures how a piece of work grows with its input: timed at N and at 2N in one process, so that a superlinear
// shape (each alias walking the whole document, each path scanning every sibling) shows as a ratio, whatever the
// speed of the machine. Timings are the best of a few runs, since a single run on a shared CI machine is noisy.
import assert from 'node:assert/strict';
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
  ms: number;
  ms2n: number;
  ratio: number;
}

const best = (runs: number, work: () => void): number => {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
};

/**
 * Times `run(make(n))` at n and 2n. n starts at `start` and doubles until the work takes `floorMs`, so that the ratio is
 * not read from timer noise; `maxN` bounds that search. Inputs are made outside the timed part.
 */
export function growth(make: (n: number) => unknown, run: (input: unknown) => void, opts: { start: number; maxN: number; floorMs?: number; runs?: number }): Growth {
  const floor = opts.floorMs ?? 50;
  const runs = opts.runs ?? 3;
  let n = opts.start;
  let ms = 0;
  for (;;) {
    const input = make(n);
    ms = best(runs, () => run(input));
    if (ms >= floor || n * 2 > opts.maxN) break;
    n *= 2;
  }
  const input2 = make(2 * n);
  const ms2n = best(runs, () => run(input2));
  return { n, ms, ms2n, ratio: ms2n / Math.max(ms, 0.001) };
}

/** Fails when doubling the input more than triples the time, at a size where the work takes at least the floor. */
export function assertLinear(what: string, g: Growth, maxRatio = 3): void {
  const shown = `${what}: ${g.ms.toFixed(1)} ms at N=${g.n}, ${g.ms2n.toFixed(1)} ms at 2N (×${g.ratio.toFixed(2)})`;
  if (g.ms2n < 50) return; // too fast to tell growth from noise, and too fast to matter
  assert.ok(g.ratio <= maxRatio, `superlinear growth: ${shown}`);
}
