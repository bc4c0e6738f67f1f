/**
 * Issue 12, "Time": nothing a file contains may cost more than linear time. Each shape is timed at N and 2N through
 * the core's entry points; a ratio well above 2 means the work grows faster than the input.
 */
import { test } from 'node:test';
import { Workspace } from '../../server/src/core/model/workspace';
import { checkFile } from '../../server/src/core/rules/runner';
import { assertLinear, growth } from './growth';
import { manyAliases, manyHostPorts, manyIngressPaths, manyIpBlocks, manyNodePorts, manySeparators } from './shapes';

const URI = 'file:///w/shape.yaml';

/** Parses, links and checks one file in a fresh workspace. */
function checkText(text: unknown): void {
  const ws = new Workspace();
  ws.setFile(URI, text as string);
  checkFile(ws.snapshot(), URI);
}

test('one anchor with N aliases is checked in linear time', () => {
  assertLinear('aliases', growth(manyAliases, checkText, { start: 1000, maxN: 8000 }));
});

test('an edit that shifts N identical documents by one reuses them in linear time', () => {
  // Removing the first document moves every `---` document one place up, where its twin was already taken.
  const make = (n: number) => ({ before: 'a: 1\n' + manySeparators(n), after: manySeparators(n) });
  const run = (input: unknown) => {
    const { before, after } = input as { before: string; after: string };
    const ws = new Workspace();
    ws.setFile(URI, before);
    ws.setFile(URI, after);
  };
  assertLinear('identical documents', growth(make, run, { start: 5000, maxN: 40000 }));
});

test('an Ingress with N paths to missing Services is checked in linear time', () => {
  assertLinear('ingress paths', growth(manyIngressPaths, checkText, { start: 1000, maxN: 8000, floorMs: 200, runs: 2 }));
});

test('N ipBlocks, N pods on one host port and N Services on one node port are checked in linear time', () => {
  assertLinear('ipBlocks', growth(manyIpBlocks, checkText, { start: 2000, maxN: 20000, runs: 2 }));
  assertLinear('host ports', growth(manyHostPorts, checkText, { start: 250, maxN: 4000, runs: 2 }));
  assertLinear('node ports', growth(manyNodePorts, checkText, { start: 250, maxN: 4000, runs: 2 }));
});
