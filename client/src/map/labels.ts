/** A node's label, the same in the editor's map and in the CLI's pictures. Pure: the page and the CLI both use it. */
import type { MapNode } from '../../../server/src/core';

/** The lines of a node's label: kind and name, its facts, the policies isolating it, a ghost's message. */
export function nodeLines(n: MapNode<unknown>): string[] {
  if (n.category === 'ghost') return ['no match', ...wrap(n.message ?? '', 48)];
  const title = n.category === 'external' || n.category === 'controller' ? n.name : `${n.kind} ${n.name}`;
  return [title, ...n.details, ...n.badges.map((b) => `policy ${b.label.slice(b.label.indexOf('/') + 1)}`)];
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}
