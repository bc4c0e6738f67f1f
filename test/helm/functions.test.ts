import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Arg, Node, Pipeline } from '../../server/src/core/helm/ast';
import { loadChart, type Chart } from '../../server/src/core/helm/chart';
import { helmFunctionTable } from '../../server/src/core/helm/helmFuncs';
import { parseTemplate } from '../../server/src/core/helm/parse';
import { readChartFolder } from '../../server/src/node/chartFiles';
import { SHARED_HELM } from './golden';

/** Every function name a template calls, with its count. */
function callsIn(nodes: Node[], into: Map<string, number>): void {
  const arg = (a: Arg): void => {
    if (a.type === 'identifier') into.set(a.name, (into.get(a.name) ?? 0) + 1);
    else if (a.type === 'pipe') pipe(a.pipe);
    else if (a.type === 'chain') arg(a.node);
  };
  const pipe = (p: Pipeline | null): void => p?.cmds.forEach((c) => c.args.forEach(arg));
  for (const n of nodes) {
    if (n.type === 'action' || n.type === 'template') pipe(n.pipe);
    if (n.type === 'if' || n.type === 'with' || n.type === 'range') {
      pipe(n.pipe);
      callsIn(n.list, into);
      callsIn(n.elseList ?? [], into);
    }
  }
}

function allTemplates(c: Chart): string[] {
  return [...c.templates.map((t) => t.text), ...c.subcharts.flatMap(allTemplates)];
}

test('every function the 23 golden charts call is implemented', { skip: !existsSync(SHARED_HELM) && 'no ../shared/helm' }, async () => {
  const calls = new Map<string, number>();
  for (const id of readdirSync(path.join(SHARED_HELM, 'charts'))) {
    const loaded = loadChart(await readChartFolder(path.join(SHARED_HELM, 'charts', id)));
    assert.ok('chart' in loaded);
    for (const text of allTemplates(loaded.chart)) {
      const p = parseTemplate(text);
      assert.ok(!('error' in p), `${id}: ${'error' in p ? p.error : ''}`);
      callsIn(p.body, calls);
      for (const d of p.defines) callsIn(d.body, calls);
    }
  }
  const known = helmFunctionTable();
  const missing = [...calls.keys()].filter((f) => !known.has(f) && f !== 'and' && f !== 'or');
  assert.deepEqual(missing, []);
  assert.ok(calls.size > 80, `${calls.size} distinct functions`);
});
