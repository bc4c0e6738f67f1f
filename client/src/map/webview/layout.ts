/// <reference lib="dom" />
/**
 * A layout that stays put while the user edits: nodes keep the positions they had; a node that appears beside one
 * already drawn (a ghost when a link breaks) is placed next to it. A map with many new nodes is laid out again, a
 * namespace at a time: dagre inside each group (dagre over nested groups took 212 s for the corpus's 1,489 nodes),
 * a grid inside a very large one, the groups packed in rows, and the Internet and the ingress controllers in a
 * column on their left.
 */
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';

type Position = { x: number; y: number };

const DAGRE = { name: 'dagre', rankDir: 'LR', nodeSep: 22, rankSep: 150, edgeSep: 8, fit: false, animate: false };
const GAP = 60;
/** Above this many members, dagre takes tens of seconds (967 nodes and 2,279 edges in the corpus's default: 30 s). */
const DAGRE_UP_TO = 250;
const ORDER = ['route', 'service', 'workload', 'config', 'ghost'];
const rank = (n: NodeSingular) => ORDER.findIndex((c) => n.hasClass(c));
/** A large group as a grid, routes first and workloads last, in reading order. */
const GRID = { name: 'grid', fit: false, avoidOverlap: true, condense: true, sort: (a: NodeSingular, b: NodeSingular) => rank(a) - rank(b) };

/** True when the whole map was laid out again (and fitted to the panel). */
export function placeStably(cy: Core, remembered: Map<string, Position>): boolean {
  const leaves = cy.nodes().filter((n) => !n.isParent());
  const fresh = leaves.filter((n) => !remembered.has(n.id()));
  const again = remembered.size === 0 || fresh.length > Math.max(3, leaves.length / 5);
  if (again) layoutByGroup(cy);
  else {
    leaves.forEach((n) => {
      const at = remembered.get(n.id());
      if (at) n.position(at);
      return true;
    });
    fresh.forEach((n) => {
      n.position(besideNeighbour(n, remembered));
    });
  }
  remembered.clear();
  leaves.forEach((n) => {
    remembered.set(n.id(), { ...n.position() });
  });
  return again;
}

export function layoutByGroup(cy: Core): void {
  const groups = cy.nodes().filter((n) => n.isParent());
  const units: NodeCollection[] = groups.map((g: NodeSingular) => {
    const members = g.children();
    const options = members.length > DAGRE_UP_TO ? GRID : DAGRE;
    members.union(members.edgesWith(members)).layout(options as unknown as Parameters<Core['layout']>[0]).run();
    return members;
  });
  // Collapsed namespaces are single nodes without a parent; the Internet and the controllers are placed apart.
  const entries = cy.nodes().filter((n) => !n.isParent() && !n.isChild() && (n.hasClass('external') || n.hasClass('controller')));
  cy.nodes().filter((n) => !n.isParent() && !n.isChild() && !entries.contains(n)).forEach((n) => {
    units.push(cy.collection().union(n));
  });
  pack(units);
  placeEntries(cy, entries);
  cy.fit(undefined, 24);
}

/** Rows of units, left to right, each row as wide as the square root of the total area allows. */
function pack(units: NodeCollection[]): void {
  const boxes = units.map((u) => u.boundingBox({}));
  const width = Math.max(Math.sqrt(boxes.reduce((a, b) => a + (b.w + GAP) * (b.h + GAP), 0)) * 1.6, ...boxes.map((b) => b.w));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  units.forEach((u, i) => {
    const b = boxes[i];
    if (x > 0 && x + b.w > width) {
      x = 0;
      y += rowHeight + GAP;
      rowHeight = 0;
    }
    u.shift({ x: x - b.x1, y: y - b.y1 });
    x += b.w + GAP;
    rowHeight = Math.max(rowHeight, b.h);
  });
}

/** The Internet left of everything, each controller between it and the rest, at the height of what it leads to. */
function placeEntries(cy: Core, entries: NodeCollection): void {
  const rest = cy.nodes().not(entries).boundingBox({});
  const controllers = entries.filter((n) => n.hasClass('controller'));
  const wanted = controllers.map((c: NodeSingular) => {
    const led = c.outgoers('node');
    return { c, y: led.nonempty() ? led.boundingBox({}).y1 + led.boundingBox({}).h / 2 : rest.y1 };
  });
  // At the height of their Ingresses, one below the other.
  let below = -Infinity;
  for (const { c, y } of wanted.sort((a, b) => a.y - b.y)) {
    below = Math.max(y, below + 50);
    c.position({ x: rest.x1 - 260, y: below });
  }
  entries.filter((n) => n.hasClass('external')).forEach((n) => {
    n.position({ x: rest.x1 - (controllers.nonempty() ? 520 : 260), y: rest.y1 + rest.h / 2 });
  });
}

/** Right of the first neighbour already placed, moved down until it overlaps no box; else below everything. */
function besideNeighbour(n: NodeSingular, remembered: Map<string, Position>): Position {
  const placed = n.neighborhood('node').filter((m) => remembered.has(m.id()));
  const cy = n.cy();
  if (placed.length === 0) {
    const box = cy.elements().boundingBox();
    return { x: box.x1 + 80, y: box.y2 + 60 };
  }
  const anchor = placed[0] as NodeSingular;
  const at = remembered.get(anchor.id())!;
  const half = { w: n.width() / 2 + 12, h: n.height() / 2 + 12 };
  const x = at.x + (anchor.outgoers('node').contains(n) ? 1 : -1) * (anchor.width() / 2 + half.w + 80);
  const boxes = cy.nodes().filter((m) => m !== n && !m.isParent()).map((m: NodeSingular) => m.boundingBox({}));
  let y = at.y;
  while (boxes.some((b) => x + half.w > b.x1 && x - half.w < b.x2 && y + half.h > b.y1 && y - half.h < b.y2)) y += 30;
  return { x, y };
}
