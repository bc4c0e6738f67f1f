/**
 * Moving a parsed tree by a fixed number of characters. Offsets are absolute, so a document whose text did not
 * change but which moved (an edit above it) is re-based instead of re-parsed. The original stays untouched, since
 * older snapshots still hold it.
 *
 * Moving is lazy: a moved collection copies its items only when something reads them. A keystroke near the top of a
 * 30,000-line file moves every node below it, but the analysis of a moved document that did not change reads only
 * its top (kind, metadata, the pod template), so copying the rest eagerly would cost more than everything else a
 * keystroke does.
 */
import type { DuplicateKey, ParsedDocument, SyntaxIssue } from './parse';
import type { DocumentSpan } from './documents';
import type { YMap, YNode, YPair, YSeq } from './nodes';

/**
 * A copy of `node` moved by `delta`. With a `memo` the copy is made at once, and a node reached twice (an alias's
 * anchor) is copied once, so the copy's aliases point at the copy's anchors and the identities a document refers to
 * can be looked up afterwards. Without one, collections are copied lazily; that needs a tree without aliases.
 */
export function shiftNode(node: YNode, delta: number, memo?: Map<object, object>): YNode {
  if (!memo) {
    if (delta === 0) return node;
    if (node.type === 'map' || node.type === 'seq') return lazyCollection(node, delta);
  }
  const seen = memo?.get(node) as YNode | undefined;
  if (seen) return seen;
  let out: YNode;
  switch (node.type) {
    case 'map':
    case 'seq': {
      const items: (YPair | YNode)[] = [];
      out = { ...node, start: node.start + delta, end: node.end + delta, items } as YMap | YSeq;
      memo?.set(node, out);
      if (node.type === 'map') for (const p of node.items) items.push(shiftPair(p, delta, memo));
      else for (const i of node.items) items.push(shiftNode(i, delta, memo));
      return out;
    }
    case 'alias':
      out = { ...node, start: node.start + delta, end: node.end + delta, target: null };
      memo?.set(node, out);
      out.target = node.target && shiftNode(node.target, delta, memo);
      return out;
    default:
      out = { ...node, start: node.start + delta, end: node.end + delta };
      memo?.set(node, out);
      return out;
  }
}

/** For a moved collection whose items were not read yet: the collection it copies and by how much. */
const pending = new WeakMap<object, { source: YMap | YSeq; delta: number }>();

/**
 * A moved collection whose `items` are copied (one level, each item itself lazy) on first read, then kept as a plain
 * property. Moving a collection that was itself moved and never read moves its source instead, so that a document
 * moved by many edits in a row does not become a chain of views.
 */
function lazyCollection(node: YMap | YSeq, delta: number): YNode {
  const earlier = pending.get(node);
  const source = earlier?.source ?? node;
  const total = delta + (earlier?.delta ?? 0);
  const out = { type: node.type, items: [] as unknown[], flow: node.flow, start: node.start + delta, end: node.end + delta } as YMap | YSeq;
  pending.set(out, { source, delta: total });
  Object.defineProperty(out, 'items', {
    configurable: true,
    enumerable: true,
    get() {
      const items = source.type === 'map' ? source.items.map((p) => shiftPair(p, total)) : source.items.map((i) => shiftNode(i, total));
      Object.defineProperty(out, 'items', { value: items, writable: true, configurable: true, enumerable: true });
      pending.delete(out);
      return items;
    },
  });
  return out;
}

export function shiftPair(p: YPair, delta: number, memo?: Map<object, object>): YPair {
  const seen = memo?.get(p) as YPair | undefined;
  if (seen) return seen;
  const out: YPair = { key: shiftNode(p.key, delta, memo), value: p.value && shiftNode(p.value, delta, memo), start: p.start + delta, end: p.end + delta };
  memo?.set(p, out);
  return out;
}

/** A whole parsed document moved to `span`; its text is unchanged. */
export function shiftDocument(doc: ParsedDocument, span: DocumentSpan): ParsedDocument {
  const delta = span.start - doc.span.start;
  // Aliases and duplicate keys refer to nodes of the tree itself: a memo keeps those references inside the copy.
  const memo = doc.aliasCount > 0 || doc.duplicateKeys.length > 0 ? new Map<object, object>() : undefined;
  const root = doc.root && shiftNode(doc.root, delta, memo);
  const issues: SyntaxIssue[] = doc.issues.map((i) => ({ ...i, start: i.start + delta, end: i.end + delta }));
  const duplicateKeys: DuplicateKey[] = doc.duplicateKeys.map((d) => ({
    ...d,
    key: shiftNode(d.key, delta, memo),
    first: shiftPair(d.first, delta, memo),
    second: shiftPair(d.second, delta, memo),
  }));
  return { ...doc, span, root, issues, duplicateKeys };
}
