/**
 * From a rendered manifest back to the templates: every key and scalar of the output knows the template range that
 * wrote it. Text copied from a template maps to itself, character for character; a value an action printed maps to
 * the whole action, and when that action is an `include` or a `toYaml .Values.x`, also to the `define` or the values
 * key (`secondary`). The manifest is read with the syntax layer, as any manifest is.
 */
import { splitDocuments } from '../syntax/documents';
import type { YNode } from '../syntax/nodes';
import { parseSpan } from '../syntax/parse';
import type { Secondary, Segment } from './exec';
import type { Manifest } from './manifests';
import type { RenderSuccess } from './render';

export interface SourceLocation {
  /** The template's path, as in `# Source:` (`mychart/templates/service.yaml`). */
  file: string;
  start: number;
  end: number;
  kind: Segment['kind'];
  secondary?: Secondary;
}

/** The first segment that ends after `offset` (segments are in output order). */
function firstAfter(segments: Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].outEnd <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the text at [start, end) of a manifest's content came from; null for text no template wrote. */
export function locate(render: RenderSuccess, manifest: Manifest, start: number, end: number): SourceLocation | null {
  const segments = render.templates.get(manifest.source)?.segments;
  if (!segments) return null;
  const a = manifest.offset + start;
  const b = Math.max(manifest.offset + end, a + 1);
  let literal: Segment | null = null;
  for (let i = firstAfter(segments, a); i < segments.length && segments[i].outStart < b; i++) {
    const s = segments[i];
    if (s.kind === 'action') return { file: s.file, start: s.pos, end: s.end, kind: 'action', ...(s.secondary ? { secondary: s.secondary } : {}) };
    literal ??= s;
  }
  if (!literal) return null;
  const from = Math.max(a, literal.outStart) - literal.outStart + literal.pos;
  const to = Math.min(b, literal.outEnd) - literal.outStart + literal.pos;
  return { file: literal.file, start: from, end: to, kind: 'literal' };
}

export interface MappedNode {
  /** The keys and indexes from the manifest's root. */
  path: (string | number)[];
  role: 'key' | 'value';
  /** The node's range in the manifest's content. */
  start: number;
  end: number;
  source: SourceLocation | null;
}

/** Every key and scalar of a manifest, with its source. */
export function mapManifest(render: RenderSuccess, manifest: Manifest): MappedNode[] {
  const out: MappedNode[] = [];
  const text = manifest.content;
  for (const span of splitDocuments(text)) {
    const doc = parseSpan(text, span);
    walk(doc.root, [], (path, role, node) => out.push({ path, role, start: node.start, end: node.end, source: locate(render, manifest, node.start, node.end) }));
  }
  return out;
}

function walk(node: YNode | null, path: (string | number)[], visit: (path: (string | number)[], role: 'key' | 'value', node: YNode) => void, depth = 0): void {
  if (!node || depth > 256) return;
  if (node.type === 'scalar') visit(path, 'value', node);
  else if (node.type === 'map') {
    for (const pair of node.items) {
      const key = pair.key.type === 'scalar' ? String(pair.key.value) : '?';
      visit([...path, key], 'key', pair.key);
      walk(pair.value, [...path, key], visit, depth + 1);
    }
  } else if (node.type === 'seq') node.items.forEach((item, i) => walk(item, [...path, i], visit, depth + 1));
}
