/** Arrow-key navigation on the map: from the selected node to the nearest one in that direction. Pure: unit-tested. */
export interface Point {
  id: string;
  x: number;
  y: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

const AXIS: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The node ahead in the direction (within 60° of it), the one with the smallest distance, sideways steps counting
 * double; null when there is none.
 */
export function nextInDirection(from: Point, points: Point[], direction: Direction): string | null {
  const [ax, ay] = AXIS[direction];
  let best: { id: string; cost: number } | null = null;
  for (const p of points) {
    if (p.id === from.id) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const ahead = dx * ax + dy * ay;
    const aside = Math.abs(dx * ay - dy * ax);
    if (ahead <= 0 || aside > ahead * Math.tan(Math.PI / 3)) continue;
    const cost = ahead + 2 * aside;
    if (!best || cost < best.cost) best = { id: p.id, cost };
  }
  return best?.id ?? null;
}
