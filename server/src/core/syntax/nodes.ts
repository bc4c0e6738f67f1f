/**
 * A small, plain-data view of a YAML document with absolute offsets. Rules and features read this instead of the
 * `yaml` package's AST, so that they stay simple and the parser stays replaceable.
 */
import type { Range } from '../text';

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

export interface YScalar extends Range {
  type: 'scalar';
  /** The value as the YAML 1.2 core schema reads it. */
  value: string | number | boolean | null;
  /** The exact source text of the scalar. */
  raw: string;
  style: ScalarStyle;
  tag?: string;
}

export interface YPair extends Range {
  key: YNode;
  /** Null when the key has no value at all (`key:` with nothing after it). */
  value: YNode | null;
}

export interface YMap extends Range {
  type: 'map';
  items: YPair[];
  flow: boolean;
}

export interface YSeq extends Range {
  type: 'seq';
  items: YNode[];
  flow: boolean;
}

/** An alias points at the anchored node; walkers must not follow it blindly, or an alias bomb explodes. */
export interface YAlias extends Range {
  type: 'alias';
  name: string;
  target: YNode | null;
}

export type YNode = YScalar | YMap | YSeq | YAlias;

/** Follows aliases (one level at a time, bounded) so that accessors see the anchored value. */
export function deref(node: YNode | null | undefined): YNode | null {
  let n = node ?? null;
  for (let i = 0; n && n.type === 'alias' && i < 16; i++) n = n.target;
  return n && n.type === 'alias' ? null : n;
}

export function isMap(node: YNode | null | undefined): node is YMap {
  return deref(node)?.type === 'map';
}

export function asMap(node: YNode | null | undefined): YMap | null {
  const n = deref(node);
  return n && n.type === 'map' ? n : null;
}

export function asSeq(node: YNode | null | undefined): YSeq | null {
  const n = deref(node);
  return n && n.type === 'seq' ? n : null;
}

export function asScalar(node: YNode | null | undefined): YScalar | null {
  const n = deref(node);
  return n && n.type === 'scalar' ? n : null;
}

/** The key text of a pair, when the key is a scalar. */
export function keyText(pair: YPair): string | null {
  const k = asScalar(pair.key);
  return k && k.value !== null ? String(k.value) : null;
}

/** The last pair with this key (YAML decoders in Go keep the last duplicate). */
export function pairOf(map: YNode | null | undefined, key: string): YPair | null {
  const m = asMap(map);
  if (!m) return null;
  for (let i = m.items.length - 1; i >= 0; i--) {
    if (keyText(m.items[i]) === key) return m.items[i];
  }
  return null;
}

export function get(node: YNode | null | undefined, ...path: (string | number)[]): YNode | null {
  let cur: YNode | null = deref(node);
  for (const step of path) {
    if (!cur) return null;
    if (typeof step === 'number') {
      const s = asSeq(cur);
      cur = s ? deref(s.items[step]) : null;
    } else {
      cur = deref(pairOf(cur, step)?.value);
    }
  }
  return cur;
}

export function getPair(node: YNode | null | undefined, ...path: string[]): YPair | null {
  if (path.length === 0) return null;
  const parent = get(node, ...path.slice(0, -1));
  return pairOf(parent, path[path.length - 1]);
}

/** A scalar's value as a string, or null when the node is absent or not a scalar. */
export function str(node: YNode | null | undefined): string | null {
  const s = asScalar(node);
  if (!s || s.value === null) return null;
  return String(s.value);
}

export function seqItems(node: YNode | null | undefined): YNode[] {
  return asSeq(node)?.items ?? [];
}

/** Reads a map of string to string (labels, selectors) and keeps each entry's node. */
export interface StringEntry {
  key: string;
  value: string;
  pair: YPair;
}

export function stringEntries(node: YNode | null | undefined): StringEntry[] {
  const m = asMap(node);
  if (!m) return [];
  const out: StringEntry[] = [];
  for (const pair of m.items) {
    const k = keyText(pair);
    if (k === null) continue;
    const v = asScalar(pair.value);
    out.push({ key: k, value: v && v.value !== null ? String(v.value) : '', pair });
  }
  return out;
}

/** Finds the innermost node whose range contains the offset, with the chain of pairs that lead to it. */
export interface NodePathStep {
  node: YNode;
  pair?: YPair;
  /** True when the offset is on the pair's key rather than its value. */
  onKey?: boolean;
  index?: number;
}

export function pathAt(root: YNode | null, offset: number): NodePathStep[] {
  const out: NodePathStep[] = [];
  let cur: YNode | null = root;
  while (cur) {
    if (cur.type === 'map') {
      const pair: YPair | undefined = cur.items.find((p) => offset >= p.start && offset <= p.end);
      if (!pair) break;
      if (offset >= pair.key.start && offset <= pair.key.end) {
        out.push({ node: pair.key, pair, onKey: true });
        break;
      }
      if (!pair.value || !(offset >= pair.value.start && offset <= pair.value.end)) {
        out.push({ node: pair.key, pair, onKey: true });
        break;
      }
      out.push({ node: pair.value, pair });
      cur = pair.value;
    } else if (cur.type === 'seq') {
      const idx: number = cur.items.findIndex((n) => offset >= n.start && offset <= n.end);
      if (idx < 0) break;
      out.push({ node: cur.items[idx], index: idx });
      cur = cur.items[idx];
    } else {
      break;
    }
  }
  return out;
}
