/// <reference lib="dom" />
/**
 * The map page: draws the server's map with Cytoscape (dagre layout), in a VS Code webview or in the CLI's standalone
 * HTML. It only renders: the data comes by message (webview) or embedded in the page (CLI), and a click asks the host
 * to reveal the object's YAML.
 */
import cytoscape from 'cytoscape';
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import type { FocusChoice, MapData, MapPlace, ToHost, ToPage } from '../protocol';
import { COLLAPSE_ABOVE, elementsOf, groupId } from './elements';
import type { ViewState } from './elements';
import { nextInDirection } from './keyboard';
import type { Direction } from './keyboard';
import { placeStably } from './layout';
import { readTheme, stylesheet } from './style';
import { buildControls, fillFilters } from './controls';
import type { Controls } from './controls';

declare function acquireVsCodeApi(): { postMessage(message: ToHost): void };

cytoscape.use(dagre);

const host = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : null;
const controls: Controls = buildControls(document.getElementById('app')!);
const cy: Core = cytoscape({ container: controls.graph, style: stylesheet(readTheme()), minZoom: 0.05, maxZoom: 3, boxSelectionEnabled: false });
/** For tests and the curious: the drawing's own data. */
(window as unknown as { kubeNetlensMap: Core }).kubeNetlensMap = cy;

let map: MapData = { nodes: [], edges: [], groups: [] };
let state: ViewState = { collapsed: new Set(), namespace: '', kind: '' };
const positions = new Map<string, { x: number; y: number }>();
let firstMap = true;
const READABLE_ZOOM = 0.6;

function show(next: MapData): void {
  map = next;
  if (firstMap && map.nodes.length > COLLAPSE_ABOVE) state = { ...state, collapsed: new Set(map.groups.map((g) => g.id)) };
  firstMap = false;
  fillFilters(controls, map);
  render();
}

function render(): void {
  const selected = cy.$(':selected').map((e) => e.id());
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elementsOf(map, state));
  });
  // A large map fitted to the panel is too small to read: start readable, at the entry points; Fit shows it all.
  if (placeStably(cy, positions) && cy.zoom() < READABLE_ZOOM) {
    const start = (cy.$id('internet').nonempty() ? cy.$id('internet') : cy.nodes().first()).position();
    const across = cy.width() >= cy.height(); // the layout's direction: left to right, or top to bottom
    cy.zoom(READABLE_ZOOM);
    cy.pan({ x: (across ? 60 : cy.width() / 2) - start.x * READABLE_ZOOM, y: (across ? cy.height() / 2 : 60) - start.y * READABLE_ZOOM });
  }
  for (const id of selected) cy.$id(id).select();
  applySearch();
  const drawn = cy.nodes().filter((n) => !n.hasClass('namespace')).length;
  const broken = cy.edges('.broken').length;
  Object.assign(controls.graph.dataset, { nodes: String(drawn), edges: String(cy.edges().length), broken: String(broken) });
  controls.count.textContent = `${map.nodes.length} nodes, ${map.edges.length} links${broken ? `, ${broken} broken` : ''}`;
}

const nodeOf = (id: string) => map.nodes.find((n) => n.id === id);

function describe(id: string): string {
  const n = nodeOf(id);
  if (!n) {
    const g = map.groups.find((x) => groupId(x.id) === id);
    return g ? `Namespace ${g.id}: ${g.nodes} objects. ${state.collapsed.has(g.id) ? 'Space or click expands it.' : 'Space or double-click collapses it.'}` : '';
  }
  const links = map.edges.filter((e) => e.source === id || e.target === id);
  if (n.category === 'ghost') return `Broken link from ${links.map((e) => nodeOf(e.source)?.name ?? e.source).join(', ')}: no match`;
  const policies = n.badges.length ? `\nIsolated by ${n.badges.map((b) => b.label).join(', ')}` : '';
  const facts = n.details.length ? `: ${n.details.join(', ')}` : '';
  return `${n.kind === n.name ? n.name : `${n.kind} ${n.name}`}${n.namespace ? ` in namespace ${n.namespace}` : ''}${facts}${policies}\n${links.length} link${links.length === 1 ? '' : 's'}`;
}

function setDetails(text: string, where?: MapPlace | null, broken?: string): void {
  controls.details.replaceChildren(text);
  if (broken) controls.details.append(Object.assign(document.createElement('div'), { className: 'broken', textContent: broken }));
  if (where) controls.details.append(Object.assign(document.createElement('div'), { className: 'where', textContent: where.where }));
}

function reveal(place: MapPlace | null | undefined): void {
  if (place && host) host.postMessage({ type: 'reveal', place });
}

function choose(n: NodeSingular, andReveal: boolean): void {
  cy.$(':selected').unselect();
  n.select();
  const data = nodeOf(n.id());
  setDetails(describe(n.id()), data?.place, data?.message);
  if (andReveal) reveal(data?.reveal);
}

function toggleGroup(namespace: string): void {
  const collapsed = new Set(state.collapsed);
  if (!collapsed.delete(namespace)) collapsed.add(namespace);
  state = { ...state, collapsed };
  render();
  const g = cy.$id(groupId(namespace));
  if (g.nonempty()) choose(g as NodeSingular, false);
}

cy.on('tap', 'node', (e: EventObject) => {
  const n = e.target as NodeSingular;
  const group = n.data('group') as string | undefined;
  if (group && state.collapsed.has(group)) toggleGroup(group);
  else choose(n, !group);
});
cy.on('dbltap', 'node.namespace', (e: EventObject) => toggleGroup((e.target as NodeSingular).data('group')));
cy.on('tap', 'edge', (e: EventObject) => {
  const edge = map.edges.find((x) => x.id === e.target.id());
  if (!edge) return;
  setDetails(`${nodeOf(edge.source)?.name ?? edge.source} → ${nodeOf(edge.target)?.name ?? edge.target}${edge.label ? `: ${edge.label}` : ''}`, edge.place, edge.message);
  reveal(edge.place);
});

const KEYS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

controls.graph.addEventListener('keydown', (e) => {
  const current = cy.$('node:selected').first() as NodeSingular;
  const direction = KEYS[e.key];
  if (direction) {
    const points = cy.nodes().filter((n) => !n.isParent()).map((n: NodeSingular) => ({ id: n.id(), ...n.position() }));
    const start = current.nonempty() ? { id: current.id(), ...current.position() } : null;
    const next = start ? nextInDirection(start, points, direction) : points[0]?.id;
    if (next) {
      const n = cy.$id(next) as NodeSingular;
      choose(n, false);
      if (!isVisible(n)) cy.animate({ center: { eles: n } }, { duration: 150 });
    }
  } else if (e.key === 'Enter' && current.nonempty()) reveal(nodeOf(current.id())?.reveal);
  else if (e.key === ' ' && current.nonempty()) {
    const ns = current.data('group') ?? nodeOf(current.id())?.namespace;
    if (ns) toggleGroup(ns);
  } else if (e.key === 'Escape') {
    cy.$(':selected').unselect();
    setDetails('');
  } else if (e.key === '/') controls.search.focus();
  else return;
  e.preventDefault();
});

function isVisible(n: NodeSingular): boolean {
  const b = n.renderedBoundingBox();
  return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height();
}

function applySearch(): void {
  const q = controls.search.value.trim().toLowerCase();
  cy.elements().removeClass('faded');
  if (!q) return;
  const hits = cy.nodes().filter((n) => !n.isParent() && String(n.data('label')).toLowerCase().includes(q));
  cy.elements().not(hits).not(hits.parents()).not(hits.connectedEdges()).addClass('faded');
}

controls.search.addEventListener('input', applySearch);
controls.search.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter') return;
  const hit = cy.nodes().filter((n) => !n.isParent() && !n.hasClass('faded')).first() as NodeSingular;
  if (hit.nonempty()) {
    choose(hit, false);
    cy.animate({ center: { eles: hit } }, { duration: 150 });
    controls.graph.focus();
  }
});
controls.focus.hidden = !host;
controls.focus.addEventListener('change', () => {
  positions.clear();
  host?.postMessage({ type: 'focus', focus: controls.focus.value as FocusChoice, selected: cy.$('node:selected').first().id() ?? null });
});
controls.namespace.addEventListener('change', () => {
  state = { ...state, namespace: controls.namespace.value };
  positions.clear();
  render();
});
controls.kind.addEventListener('change', () => {
  state = { ...state, kind: controls.kind.value };
  positions.clear();
  render();
});
controls.collapse.addEventListener('click', () => {
  state = { ...state, collapsed: new Set(map.groups.map((g) => g.id)) };
  render();
});
controls.expand.addEventListener('click', () => {
  state = { ...state, collapsed: new Set() };
  render();
});
controls.fit.addEventListener('click', () => cy.fit(undefined, 24));

// VS Code changes the body's class when the theme changes; a standalone page follows the system's colour scheme.
const restyle = () => cy.style(stylesheet(readTheme()));
new MutationObserver(restyle).observe(document.body, { attributes: true, attributeFilter: ['class'] });
window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', restyle);

window.addEventListener('message', (e: MessageEvent<ToPage>) => {
  const m = e.data;
  if (m.type === 'map') show(m.map);
  else if (m.type === 'highlight') highlight(m.id);
});

/** The node the editor's cursor is in (its namespace, when collapsed), selected and brought into view. */
function highlight(id: string | null): void {
  cy.$('.highlighted').removeClass('highlighted');
  const n = nodeOf(id ?? '');
  if (!n) return;
  const drawn = cy.$id(n.id).nonempty() ? cy.$id(n.id) : n.namespace ? cy.$id(groupId(n.namespace)) : cy.collection();
  if (drawn.empty()) return;
  drawn.addClass('highlighted');
  choose(drawn.first() as NodeSingular, false);
  if (!isVisible(drawn.first() as NodeSingular)) cy.animate({ center: { eles: drawn } }, { duration: 150 });
}

const embedded = document.getElementById('map-data');
if (embedded) show(JSON.parse(embedded.textContent ?? '{}') as MapData);
host?.postMessage({ type: 'ready' });
