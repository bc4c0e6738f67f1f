/**
 * Seeded fuzzing of the core: real manifests, damaged by random mutations, fed through Workspace.setFile, a
 * snapshot, checkFile for every file and the link graph. Each case edits one file of a folder-sized workspace up to
 * three times in a row (as typing does), then restores it, so incremental re-parsing is exercised as much as parsing;
 * every fifth case also compares the incremental result (re-parsed in part, findings of unchanged documents reused)
 * with a from-scratch analysis of the same texts.
 *
 * Reproduce a failure with the printed seed: `FUZZ_SEED=<seed> FUZZ_CASES=<n> node scripts/test.mjs test/fuzz`.
 * The failing text is written to test/fuzz/.scratch/; make it a regression fixture in test/fuzz/regressions/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Workspace } from '../../server/src/core/model/workspace';
import { FindingsCache } from '../../server/src/core/rules/runner';
import { analyse, comparable } from './analyse';
import { loadCorpus } from './corpus';
import type { CorpusGroup } from './corpus';
import { mutate } from './mutate';
import { fuzzCases, fuzzSeed, Random } from './random';

const SEED = fuzzSeed(20261125);
const CASES = fuzzCases(2000);
/**
 * Per-step budget: one edit's re-analysis of the whole folder, in CPU time of this process (user + system), so that
 * other work on a shared machine does not make it flaky. Generous; it catches hangs and blow-ups, not slowness.
 */
const STEP_BUDGET_MS = 1000;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Keeps the five slowest steps, for the report. */
function noteSlow(slowest: { ms: number; label: string }[], ms: number, label: () => string): void {
  if (slowest.length === 5 && ms <= slowest[4].ms) return;
  slowest.push({ ms, label: label() });
  slowest.sort((a, b) => b.ms - a.ms);
  slowest.length = Math.min(slowest.length, 5);
}

function workspaceOf(group: CorpusGroup, texts?: Map<string, string>): Workspace {
  const ws = new Workspace();
  for (const f of group.files) ws.setFile(f.uri, texts?.get(f.uri) ?? f.text);
  return ws;
}

test(`core fuzz: ${CASES} cases, seed ${SEED}`, () => {
  const { groups, real } = loadCorpus();
  assert.ok(groups.length > 0, 'no corpus to fuzz');
  const rng = new Random(SEED);
  const workspaces = new Map<CorpusGroup, Workspace>();
  const caches = new Map<Workspace, FindingsCache>();
  const slowest: { ms: number; label: string }[] = [];
  let steps = 0;
  const started = performance.now();
  const cpuStart = cpuMs();
  console.log(`core fuzz: seed ${SEED}, ${CASES} cases, ${groups.length} folders (${real ? 'real corpus + ' : ''}examples + seeds)`);
  for (let n = 0; n < CASES; n++) {
    const group = rng.pick(groups);
    const target = rng.pick(group.files);
    const donor = rng.pick(rng.pick(groups).files).text;
    let ws = workspaces.get(group);
    if (!ws) workspaces.set(group, (ws = workspaceOf(group)));
    let cache = caches.get(ws);
    if (!cache) caches.set(ws, (cache = new FindingsCache()));
    let text = target.text;
    const applied: string[] = [];
    const label = () => `case ${n} (seed ${SEED}) on ${target.uri}: ${applied.join(', ')}`;
    try {
      for (let edit = rng.between(1, 3); edit > 0; edit--) {
        const m = mutate(text, rng, donor);
        text = m.text;
        applied.push(...m.applied, '|');
        const t0 = cpuMs();
        ws.setFile(target.uri, text);
        analyse(ws, rng, cache);
        const ms = cpuMs() - t0;
        steps++;
        noteSlow(slowest, ms, label);
        assert.ok(ms < STEP_BUDGET_MS, `${label()}: one re-analysis took ${ms.toFixed(0)} ms of CPU (budget ${STEP_BUDGET_MS} ms)`);
      }
      if (n % 5 === 0) {
        const incremental = comparable(analyse(ws, undefined, cache).diagnostics);
        const fresh = comparable(analyse(workspaceOf(group, new Map([[target.uri, text]]))).diagnostics);
        assert.equal(incremental, fresh, `${label()}: incremental analysis differs from a from-scratch one`);
      }
      ws.setFile(target.uri, target.text);
    } catch (e) {
      const dir = path.join(__dirname, '.scratch');
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `case-${SEED}-${n}.yaml`);
      writeFileSync(file, text);
      workspaces.delete(group);
      throw new Error(`${label()}\nfailing text written to ${file}\n${(e as Error).stack ?? String(e)}`);
    }
  }
  const total = performance.now() - started;
  console.log(`core fuzz: ${CASES} cases, ${steps} re-analyses in ${(total / 1000).toFixed(1)} s (${(cpuMs() - cpuStart) / 1000 | 0} s CPU); slowest (CPU):\n${slowest.map((s) => `  ${s.ms.toFixed(0)} ms: ${s.label}`).join('\n')}`);
});
