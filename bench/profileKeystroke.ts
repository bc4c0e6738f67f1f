/**
 * What one keystroke costs inside the core, stage by stage: the same workspace and the same 200 edits as benchmark 2,
 * applied in process (no LSP, no JSON), each stage timed apart. It says what bounds the keystroke figure.
 *
 *   node --expose-gc --import tsx bench/profileKeystroke.ts
 *
 * With --expose-gc it also prints the heap in use after a full collection, before and after the edits, which is how
 * a leak across versions shows. PROF=<file> writes a CPU profile of the edits; N=<count> changes the number of edits.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { pathToFileURL } from 'node:url';
import { corpusPath, loadCorpus } from './corpus';
import { editPlan } from './keystroke';
import { median, percentile } from './stats';
import { Workspace } from '../server/src/core/model/workspace';
import { checkFile, FindingsCache } from '../server/src/core/rules/runner';
import { linkSignature } from '../server/src/core/model/signature';
import { linkGraph } from '../server/src/core/model/graph/ofSnapshot';
import { RULE_READS } from '../server/src/core/rules/registry';

const STAGES = {
  parse: 'setFile: split, re-parse what changed, move the rest',
  snapshot: 'snapshot: objects, templates, indexes',
  check: 'checkFile of the edited file, findings cache on',
  signature: "linkSignature of the edited file (decides whether other files are re-checked)",
  graph: 'link graph, as the first hover or definition after the edit builds it',
};

function heapMB(): string {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return 'n/a (run with --expose-gc)';
  gc();
  return `${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`;
}

async function main() {
  const files = await loadCorpus();
  const ws = new Workspace();
  for (const f of files) ws.setFile(pathToFileURL(f.path).href, f.text);
  const target = corpusPath('argoproj__argo-cd', 'manifests', 'install.yaml');
  const uri = pathToFileURL(target).href;
  let lines = files.find((f) => f.path === target)!.text.split('\n');
  const cache = new FindingsCache();
  const first = ws.snapshot();
  checkFile(first, uri, { cache });
  linkGraph(first);
  console.log(`heap in use after loading the corpus: ${heapMB()}`);
  const times: Record<keyof typeof STAGES, number[]> = { parse: [], snapshot: [], check: [], signature: [], graph: [] };
  const timed = <T>(stage: keyof typeof STAGES, f: () => T): T => {
    const t0 = performance.now();
    const value = f();
    times[stage].push(performance.now() - t0);
    return value;
  };
  const session = new Session();
  if (process.env.PROF) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  for (const { line, character } of editPlan(lines.join('\n'), Number(process.env.N ?? 200))) {
    lines = [...lines];
    lines[line] = `${lines[line].slice(0, character)}x${lines[line].slice(character)}`;
    const text = lines.join('\n');
    timed('parse', () => ws.setFile(uri, text));
    const snapshot = timed('snapshot', () => ws.snapshot());
    timed('check', () => checkFile(snapshot, uri, { cache }));
    timed('signature', () => linkSignature(snapshot, uri, RULE_READS));
    timed('graph', () => linkGraph(snapshot));
  }
  if (process.env.PROF) writeFileSync(process.env.PROF, JSON.stringify((await session.post('Profiler.stop')).profile));
  console.log(`heap in use after ${times.parse.length} edits: ${heapMB()}\n`);
  console.log('| stage | median | p95 | max |\n| --- | --- | --- | --- |');
  for (const [stage, what] of Object.entries(STAGES)) {
    const v = times[stage as keyof typeof STAGES];
    console.log(`| ${what} | ${median(v).toFixed(1)} ms | ${percentile(v, 95).toFixed(1)} ms | ${Math.max(...v).toFixed(1)} ms |`);
  }
}

void main();
