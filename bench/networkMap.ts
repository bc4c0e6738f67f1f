/**
 * The network map of the whole corpus: the core's data (workspace parsed once, then the map of its snapshot), the
 * webview's dagre layout of it in headless Cytoscape (every namespace expanded, and collapsed as the page starts above
 * COLLAPSE_ABOVE nodes), and the CLI's SVG export (DOT, then Graphviz in WebAssembly).
 */
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import { Workspace } from '../server/src/core/model/workspace';
import { networkMap, relocateMap } from '../server/src/core/features/networkMap';
import type { NetworkMap } from '../server/src/core/features/networkMap';
import { elementsOf } from '../client/src/map/webview/elements';
import { layoutByGroup } from '../client/src/map/webview/layout';
import type { MapData } from '../client/src/map/protocol';
import { toDot } from '../server/src/cli/mapFormats';
import { svgOf } from '../server/src/cli/map';
import type { CorpusFile } from './corpus';
import { median, time } from './stats';

cytoscape.use(dagre);

export interface MapBench {
  nodes: number;
  edges: number;
  broken: number;
  groups: number;
  dataMs: number;
  layoutMs: number;
  collapsedLayoutMs: number;
  svgMs: number;
  svgKB: number;
}

/** The page's layout of the map, as the page runs it, without a canvas. */
function layout(map: MapData, collapsed: boolean): void {
  const elements = elementsOf(map, { collapsed: new Set(collapsed ? map.groups.map((g) => g.id) : []), namespace: '', kind: '' });
  const cy = cytoscape({ headless: true, styleEnabled: true, elements, style: [{ selector: 'node[w]', style: { width: 'data(w)', height: 'data(h)' } }] });
  layoutByGroup(cy);
  cy.destroy();
}

export async function mapBench(files: CorpusFile[], runs = 3): Promise<MapBench> {
  const ws = new Workspace(DEFAULT_CONFIG);
  for (const f of files) ws.setFile(f.path, f.text);
  const snapshot = ws.snapshot();
  const data: number[] = [];
  let map: NetworkMap = networkMap(snapshot);
  for (let i = 0; i < runs; i++) {
    // A fresh snapshot each time: the link graph and the findings behind the ghosts are worked out again.
    ws.setFile(files[0].path, `${files[0].text}\n# run ${i}\n`);
    const fresh = ws.snapshot();
    const r = await time(() => networkMap(fresh));
    data.push(r.ms);
    map = r.value;
  }
  const wire: MapData = relocateMap(map, (p) => ({ uri: p.uri, range: { start: { line: 0, character: p.start }, end: { line: 0, character: p.end } }, where: p.uri }));
  const layoutMs: number[] = [];
  const collapsedMs: number[] = [];
  const svgMs: number[] = [];
  let svg = '';
  for (let i = 0; i < runs; i++) {
    layoutMs.push((await time(() => layout(wire, false))).ms);
    collapsedMs.push((await time(() => layout(wire, true))).ms);
    const s = await time(() => svgOf(toDot(wire)));
    svgMs.push(s.ms);
    svg = s.value;
  }
  return {
    nodes: map.nodes.length,
    edges: map.edges.length,
    broken: map.edges.filter((e) => e.kind === 'broken').length,
    groups: map.groups.length,
    dataMs: median(data),
    layoutMs: median(layoutMs),
    collapsedLayoutMs: median(collapsedMs),
    svgMs: median(svgMs),
    svgKB: svg.length / 1024,
  };
}
