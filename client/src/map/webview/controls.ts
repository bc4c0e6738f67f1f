/// <reference lib="dom" />
/** The page's controls: search, namespace and kind filters, collapse and fit buttons, the graph and the details line. */
import type { MapData } from '../protocol';

export interface Controls {
  /** What the host maps; only in the editor, where there is a host to ask. */
  focus: HTMLSelectElement;
  search: HTMLInputElement;
  namespace: HTMLSelectElement;
  kind: HTMLSelectElement;
  collapse: HTMLButtonElement;
  expand: HTMLButtonElement;
  fit: HTMLButtonElement;
  count: HTMLElement;
  graph: HTMLElement;
  details: HTMLElement;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]>, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const el = Object.assign(document.createElement(tag), props);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  return el;
}

export function buildControls(app: HTMLElement): Controls {
  const c: Controls = {
    focus: element('select', {}, { 'aria-label': 'Map of' }),
    search: element('input', { type: 'search', placeholder: 'Search objects (/)' }, { 'aria-label': 'Search objects' }),
    namespace: element('select', {}, { 'aria-label': 'Show namespace' }),
    kind: element('select', {}, { 'aria-label': 'Show kind' }),
    collapse: element('button', { type: 'button', textContent: 'Collapse all' }),
    expand: element('button', { type: 'button', textContent: 'Expand all' }),
    fit: element('button', { type: 'button', textContent: 'Fit' }),
    count: element('span', { className: 'count' }, { 'aria-live': 'polite' }),
    graph: element('div', { id: 'graph', tabIndex: 0 }, {
      role: 'application',
      'aria-label': 'Network map. Arrow keys move between objects, Enter reveals the YAML, Space collapses or expands a namespace, slash searches.',
      'aria-describedby': 'details',
    }),
    details: element('div', { id: 'details', className: 'details' }, { role: 'status', 'aria-live': 'polite' }),
  };
  const toolbar = element('div', { className: 'toolbar' }, { role: 'toolbar', 'aria-label': 'Map controls' });
  c.focus.append(...([['workspace', 'the workspace'], ['file', 'the current file'], ['object', 'the selected object and its neighbours']] as const).map(([value, text]) => element('option', { value, textContent: `Map of ${text}` })));
  toolbar.append(c.focus, c.search, c.namespace, c.kind, c.collapse, c.expand, c.fit, c.count);
  app.append(toolbar, c.graph, c.details);
  return c;
}

/** The filters' choices for this map, keeping what the user chose while it is still there. */
export function fillFilters(c: Controls, map: MapData): void {
  const options = (select: HTMLSelectElement, all: string, values: string[]) => {
    const was = select.value;
    select.replaceChildren(element('option', { value: '', textContent: all }), ...values.map((v) => element('option', { value: v, textContent: v })));
    select.value = values.includes(was) ? was : '';
  };
  options(c.namespace, 'All namespaces', map.groups.map((g) => g.id));
  options(c.kind, 'All kinds', [...new Set(map.nodes.filter((n) => n.namespace !== null && n.category !== 'ghost').map((n) => n.kind))].sort());
}
