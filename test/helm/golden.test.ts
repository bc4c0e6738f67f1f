import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderChart } from '../../server/src/core/helm/render';
import { mapManifest } from '../../server/src/core/helm/sourceMap';
import { readChartFolder } from '../../server/src/node/chartFiles';
import { SHARED_HELM, compareRenders, goldenCases } from './golden';

const present = existsSync(path.join(SHARED_HELM, 'expected/index.json'));

test('every golden chart renders the objects helm 3.17 renders (52 renders of 23 charts), each key and scalar with its source', { skip: !present && 'no ../shared/helm' }, async () => {
  const misses: string[] = [];
  let matched = 0;
  const cases = goldenCases();
  for (const c of cases) {
    const files = await readChartFolder(path.join(SHARED_HELM, 'charts', c.chart));
    const valuesFiles = c.values ? [readFileSync(path.join(SHARED_HELM, c.values), 'utf8')] : [];
    const r = renderChart(files, { valuesFiles });
    if (!r.ok) {
      misses.push(`${c.id}: ${r.kind}: ${r.message}`);
      continue;
    }
    const problems = compareRenders(r.output, readFileSync(path.join(SHARED_HELM, 'expected', c.expected), 'utf8'), c);
    // Every key and scalar of the output knows the template range that wrote it (checked on each chart's default render).
    if (!c.values) for (const m of r.manifests) for (const n of mapManifest(r, m)) if (!n.source) problems.push(`${m.source}: no source for ${n.path.join('.')}`);
    if (problems.length) misses.push(`${c.id}:\n    ${problems.slice(0, 5).join('\n    ')}`);
    else matched++;
  }
  assert.equal(cases.length, 52);
  assert.deepEqual(misses, [], `${matched}/${cases.length} renders match`);
});

test('renders without random values print exactly what helm prints, byte for byte', { skip: !present && 'no ../shared/helm' }, async () => {
  const differ: string[] = [];
  for (const c of goldenCases().filter((x) => Object.keys(x.volatile).length === 0)) {
    const files = await readChartFolder(path.join(SHARED_HELM, 'charts', c.chart));
    const valuesFiles = c.values ? [readFileSync(path.join(SHARED_HELM, c.values), 'utf8')] : [];
    const r = renderChart(files, { valuesFiles });
    const expected = readFileSync(path.join(SHARED_HELM, 'expected', c.expected), 'utf8');
    if (!r.ok || r.output !== expected) differ.push(c.id);
  }
  assert.deepEqual(differ, []);
});
