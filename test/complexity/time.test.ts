/**
 * Issue 12, "Time": nothing a file contains may cost more than linear time. Each shape is timed at N and 4N through
 * the core's entry points; a ratio well above 4 means the work grows faster than the input (growth.ts says why 4N).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeLenses, lensLocations } from '../../server/src/core/features/codeLens';
import { Workspace } from '../../server/src/core/model/workspace';
import { assertLinear, checkText, growth, shiftTwins, shiftedTwins } from './growth';
import { manyAliases, manyHostPorts, manyIngressPaths, manyIpBlocks, manyNodePorts, sharedLabel } from './shapes';

const URI = 'file:///w/shape.yaml';

test('one anchor with N aliases is checked in linear time', () => {
  assertLinear('aliases', growth(manyAliases, checkText, { start: 1000, maxN: 8000, factor: 4 }));
});

test('an edit that shifts N identical documents by one reuses them in linear time', () => {
  assertLinear('identical documents', growth(shiftedTwins, shiftTwins, { start: 5000, maxN: 40000, factor: 4 }));
});

test('an Ingress with N paths to missing Services is checked in linear time', () => {
  assertLinear('ingress paths', growth(manyIngressPaths, checkText, { start: 1000, maxN: 8000, floorMs: 200, runs: 2, factor: 4 }));
});

test('N ipBlocks, N pods on one host port and N Services on one node port are checked in linear time', () => {
  assertLinear('ipBlocks', growth(manyIpBlocks, checkText, { start: 2000, maxN: 20000, runs: 2, factor: 4 }));
  assertLinear('host ports', growth(manyHostPorts, checkText, { start: 250, maxN: 4000, runs: 2, factor: 4 }));
  assertLinear('node ports', growth(manyNodePorts, checkText, { start: 250, maxN: 4000, runs: 2, factor: 4 }));
});

test('code lenses for N Services and N pod templates sharing a label: the answer grows linearly, places come per lens', () => {
  const lensesOf = (n: number) => {
    const ws = new Workspace();
    ws.setFile(URI, sharedLabel(n));
    const snapshot = ws.snapshot();
    return { snapshot, lenses: codeLenses(snapshot, URI) };
  };
  const small = lensesOf(200);
  const large = lensesOf(400);
  assert.equal(large.lenses.length, 2 * small.lenses.length);
  // Every lens once carried every place (N² in all); now the answer is titles, and a click asks for one lens's places.
  const ratio = JSON.stringify(large.lenses).length / JSON.stringify(small.lenses).length;
  assert.ok(ratio < 2.2, `the lens answer grew ×${ratio.toFixed(2)} when the input doubled`);
  assert.equal(lensLocations(large.snapshot, URI, large.lenses[0]).length, 400);
});

test('the bound tells quadratic work from linear work', () => {
  const pairs = (n: unknown) => {
    const items = Array.from({ length: n as number }, (_, i) => i);
    let sum = 0;
    for (const a of items) for (const b of items) sum += a ^ b;
    return sum;
  };
  const quadratic = growth((n) => n, pairs, { start: 1000, maxN: 16000, runs: 2, factor: 4 });
  assert.throws(() => assertLinear('pairs', quadratic), /superlinear growth: pairs/, JSON.stringify(quadratic));
  // Linear work that allocates nothing: a scan over a large array grew ×8 at 4N once, from the memory it took.
  const scan = (n: unknown) => {
    let sum = 0;
    for (let i = 0; i < (n as number) * 100; i++) sum += i ^ (sum >>> 3);
    return sum;
  };
  assertLinear('scan', growth((n) => n, scan, { start: 5000, maxN: 80000, runs: 2, factor: 4 }));
});
