/// <reference lib="dom" />
/**
 * A layout that stays put while the user edits: nodes keep the positions they had; a node that appears beside one
 * already drawn (a ghost when a link breaks) is placed next to it; only a map with many new nodes is laid out again
 * with dagre.
 */
import type { Core, NodeSingular } from 'cytoscape';

type Position = { x: number; y: number };

/** Left to right (traffic flows from the Internet to the pods), top to bottom in a panel taller than wide. */
const dagre = (cy: Core) => ({ name: 'dagre', rankDir: cy.width() >= cy.height() ? 'LR' : 'TB', nodeSep: 22, rankSep: cy.width() >= cy.height() ? 150 : 90, edgeSep: 8, fit: true, padding: 24, animate: false });

/** True when the whole map was laid out again (and fitted to the panel). */
export function placeStably(cy: Core, remembered: Map<string, Position>): boolean {
  const leaves = cy.nodes().filter((n) => !n.isParent());
  const fresh = leaves.filter((n) => !remembered.has(n.id()));
  const again = remembered.size === 0 || fresh.length > Math.max(3, leaves.length / 5);
  if (again) {
    cy.layout(dagre(cy) as unknown as Parameters<Core['layout']>[0]).run();
  } else {
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

/** Right of the first neighbour already placed, below what is already there; else below everything. */
function besideNeighbour(n: NodeSingular, remembered: Map<string, Position>): Position {
  const placed = n.neighborhood('node').filter((m) => remembered.has(m.id()));
  const cy = n.cy();
  if (placed.length === 0) {
    const box = cy.elements().boundingBox();
    return { x: box.x1 + 80, y: box.y2 + 60 };
  }
  const anchor = remembered.get(placed[0].id())!;
  const x = anchor.x + (placed[0].outgoers('node').contains(n) ? 1 : -1) * 220;
  let y = anchor.y;
  const others = cy.nodes().filter((m) => m !== n && !m.isParent()).map((m: NodeSingular) => m.position());
  while (others.some((p) => Math.abs(p.x - x) < 100 && Math.abs(p.y - y) < 40)) y += 50;
  return { x, y };
}
