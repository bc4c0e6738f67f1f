/**
 * Where a cold check of the corpus spends its time: a CPU profile of `fullCheck` (benchmark 1), written to the path
 * in PROF, with the bare parse timed beside it. A diagnostic tool for performance work; `npm run bench` reports the figures.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { bareParse, fullCheck } from './coldCheck';
import { loadCorpus } from './corpus';

async function main() {
  const files = await loadCorpus();
  fullCheck(files);
  bareParse(files);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  let t = performance.now();
  fullCheck(files);
  console.log(`full check ${(performance.now() - t).toFixed(0)} ms`);
  const { profile } = await session.post('Profiler.stop');
  t = performance.now();
  bareParse(files);
  console.log(`bare parse ${(performance.now() - t).toFixed(0)} ms`);
  if (process.env.PROF) writeFileSync(process.env.PROF, JSON.stringify(profile));
}
void main();
