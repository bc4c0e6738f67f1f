/**
 * Benchmark 7: the inputs that once cost more than linear time (issue 12, "Time"), each timed through the core at the
 * sizes the issue measured and at twice those, in this process. The complexity tests bound the growth at N and 4N (≤ n^1.5, ×8);
 * the figures say how long such a file holds the server.
 */
import { Workspace } from '../server/src/core/model/workspace';
import { codeLenses } from '../server/src/core/features/codeLens';
import { checkText, growth, shiftTwins, shiftedTwins } from '../test/complexity/growth';
import type { Growth } from '../test/complexity/growth';
import { manyAliases, manyHostPorts, manyIngressPaths, manyIpBlocks, manyNodePorts, sharedLabel } from '../test/complexity/shapes';

export interface ShapeRow {
  /** The input, and what is timed on it. */
  shape: string;
  growth: Growth;
  target: string;
}

function lenses(text: unknown): void {
  const ws = new Workspace();
  ws.setFile('file:///w/shape.yaml', text as string);
  codeLenses(ws.snapshot(), 'file:///w/shape.yaml');
}

const LINEAR = '≤ 3×';

export function complexity(): ShapeRow[] {
  // Fixed sizes and one run each: figures to read, not a test.
  const at = (n: number) => ({ start: n, maxN: n, floorMs: 0, runs: 1 });
  return [
    { shape: 'ConfigMap with one anchor and N aliases: parse, link, check', growth: growth(manyAliases, checkText, at(8000)), target: LINEAR },
    { shape: 'one keystroke shifting N identical `---` documents: re-split and reuse', growth: growth(shiftedTwins, shiftTwins, at(40000)), target: LINEAR },
    { shape: 'Ingress with N paths to missing Services: parse, link, check', growth: growth(manyIngressPaths, checkText, at(10000)), target: LINEAR },
    { shape: 'NetworkPolicy with N ipBlocks: parse, link, check', growth: growth(manyIpBlocks, checkText, at(20000)), target: LINEAR },
    { shape: 'N Pods on one host port: parse, link, check', growth: growth(manyHostPorts, checkText, at(3000)), target: LINEAR },
    { shape: 'N NodePort Services on one node port: parse, link, check', growth: growth(manyNodePorts, checkText, at(3000)), target: LINEAR },
    // Every Service selects every template: the links themselves number N², and lenses count them.
    { shape: 'N Services and N Deployments sharing one label: parse, link, code lenses', growth: growth(sharedLabel, lenses, at(1000)), target: 'none: N² links (docs/performance.md)' },
  ];
}
