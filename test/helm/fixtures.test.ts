import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderChart } from '../../server/src/core/helm/render';
import { readChartFolder } from '../../server/src/node/chartFiles';
import { helmBinary, helmTemplate } from './oracle';

const CHARTS = path.resolve(__dirname, '../fixtures/charts');

/**
 * Charts of our own (test/fixtures/charts, MIT) for what the golden charts do not use: a dependency aliased twice and
 * one disabled by its condition, tags, a packed subchart, a subchart out of its version range (kept, as helm keeps
 * it), a library chart, the parent's define winning inside a subchart, .Files.Glob/AsConfig/AsSecrets/Lines, tpl,
 * lookup, toToml, break/continue, hooks, a comment-only piece, crds/ and .helmignore; an apiVersion v1 chart with
 * requirements.yaml, a comma-separated condition, YAML 1.1 values, anchors and merge keys, and `-f` nulls. expected/
 * holds helm 3.17.3's output for each.
 */
const CASES: { chart: string; values: string[]; expected: string }[] = [
  { chart: 'netlens-shop', values: [], expected: 'netlens-shop.yaml' },
  { chart: 'netlens-legacy', values: [], expected: 'netlens-legacy.yaml' },
  { chart: 'netlens-legacy', values: ['netlens-legacy/values-override.yaml'], expected: 'netlens-legacy__override.yaml' },
];

async function ours(c: (typeof CASES)[number]): Promise<string> {
  const r = renderChart(await readChartFolder(path.join(CHARTS, c.chart)), { valuesFiles: c.values.map((v) => readFileSync(path.join(CHARTS, v), 'utf8')) });
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r.output;
}

test('our fixture charts render byte for byte as helm rendered them', async () => {
  for (const c of CASES) assert.equal(await ours(c), readFileSync(path.join(CHARTS, 'expected', c.expected), 'utf8'), c.expected);
});

test('and as the helm binary of the devDependency renders them now', { skip: !helmBinary() && 'no helm oracle on this platform' }, async () => {
  const bin = helmBinary()!;
  for (const c of CASES) {
    const helm = helmTemplate(bin, path.join(CHARTS, c.chart), c.values.map((v) => path.join(CHARTS, v)));
    assert.equal(await ours(c), helm, c.expected);
  }
});
