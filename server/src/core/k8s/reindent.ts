/**
 * Rebuilds the nesting of a document that lost its indentation (YAML copied from a web page that dropped the
 * leading spaces: the seed article as printed), from where each field belongs in the Kubernetes schema. Each line
 * keeps its text and gets the indentation of the field it holds: a field goes to the innermost open object that has
 * such a field, a list item to the innermost open list whose items have its first field, any other key to the open
 * map (labels, selectors). A second `apiVersion` or `kind` that no open object can take starts a new object.
 *
 * The result is used only when every object it makes parses cleanly and has no unknown field; anything it cannot
 * place (a block scalar, a multi-line flow collection, a custom resource) makes it give up.
 */
import type { YMap, YNode } from '../syntax/nodes';
import { asMap, asScalar, get, pathAt } from '../syntax/nodes';
import { parseRewritten } from '../syntax/parse';
import type { SchemaType } from './schema';
import { childType, schemaOf } from './schema';
import { unknownFields } from './fieldPlaces';

/** One object of the rebuilt text: its lines, and the node tree read from them, with the original's offsets. */
export interface RebuiltObject {
  text: string;
  root: YMap;
  /** The offset in the original text of the object's first field. */
  start: number;
}

export interface Reindented {
  objects: RebuiltObject[];
  /** The rebuilt text of the whole document: the objects, separated by `---`. */
  text: string;
  /** How many fields the rebuild put under another parent than the original text has them. */
  moved: number;
  /** How many parents those fields went to. */
  parents: number;
}

interface Line {
  start: number;
  text: string;
  /** Columns of leading blanks in the original line. */
  indent: number;
  /** The field's key, or null for a list item of a scalar, a comment or a blank line. */
  key: string | null;
  dash: number;
  /** True when the field has no value on its line: its value is the block that follows. */
  opens: boolean;
  comment: boolean;
}

const KEY = /^(-[ \t]+)?("(?:[^"\\]|\\.)*"|'[^']*'|[^\s#'"{[-][^:#]*?|-[^\s:#][^:#]*?)[ \t]*:(?:[ \t]+(.*))?$/;

function lineOf(text: string, start: number): Line | 'unreadable' {
  const content = text.trimStart();
  const indent = text.length - content.length;
  const blank = { start, text, indent, key: null, dash: 0, opens: false };
  if (content === '' || content.startsWith('#')) return { ...blank, comment: content !== '' };
  const m = KEY.exec(content);
  const dash = m?.[1]?.length ?? (/^-[ \t]+/.exec(content)?.[0].length ?? (content === '-' ? 1 : 0));
  if (!m) return dash > 0 && readable(content.slice(dash)) ? { ...blank, dash, comment: false } : 'unreadable';
  const value = (m[3] ?? '').replace(/[ \t]+#.*$/, '').trim();
  if (value.startsWith('|') || value.startsWith('>') || !readable(value)) return 'unreadable';
  const key = m[2].startsWith('"') || m[2].startsWith("'") ? m[2].slice(1, -1) : m[2];
  return { start, text, indent, key, dash, opens: value === '' || value.startsWith('&'), comment: false };
}

/** A value that ends on its line: no block scalar, and flow brackets that close. */
function readable(value: string): boolean {
  let depth = 0;
  for (const c of value.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '')) depth += c === '[' || c === '{' ? 1 : c === ']' || c === '}' ? -1 : 0;
  return depth === 0 && !value.startsWith('|') && !value.startsWith('>');
}

interface Frame {
  kind: 'object' | 'list' | 'map' | 'any';
  type: SchemaType | null;
  indent: number;
  seen: Set<string>;
}

/** The frame a field's empty value opens, at `indent`. */
function frameFor(type: SchemaType | null, key: string, indent: number): Frame | null {
  const shape = type?.fields.get(key);
  if (!shape || shape.kind === 'scalar') return null;
  return { kind: shape.kind, type: childType(shape), indent, seen: new Set() };
}

/** The kind's schema of the object that starts at line `from`: its first `apiVersion:` and `kind:` lines. */
function rootType(lines: Line[], from: number): SchemaType | null {
  const value = (key: string) => {
    const line = lines.slice(from).find((l) => l.key === key);
    return line ? line.text.slice(line.text.indexOf(':') + 1).replace(/#.*$/, '').trim().replace(/^["']|["']$/g, '') : null;
  };
  const [apiVersion, kind] = [value('apiVersion'), value('kind')];
  return apiVersion && kind ? schemaOf(apiVersion, kind) : null;
}

/** The new indentation of each line, objects split where a new one starts; null when a line has no place. */
function place(lines: Line[]): { indents: number[]; starts: number[] } | null {
  const indents: number[] = [];
  const starts = [0];
  let stack: Frame[] = [];
  const open = (from: number): boolean => {
    const type = rootType(lines, from);
    stack = type ? [{ kind: 'object', type, indent: 0, seen: new Set() }] : [];
    return !!type;
  };
  if (!open(0)) return null;
  let pending: number[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.key === null && line.dash === 0) {
      pending.push(i);
      continue;
    }
    let indent = line.dash > 0 ? placeItem(stack, line) : placeField(stack, line);
    if (indent === null && line.dash === 0 && line.key && ['apiVersion', 'kind'].includes(line.key) && stack[0].seen.has(line.key)) {
      if (!open(i)) return null;
      starts.push(i - pending.length);
      indent = placeField(stack, line);
    }
    if (indent === null) return null;
    for (const p of pending) indents[p] = lines[p].comment ? indent : 0;
    pending = [];
    indents[i] = indent;
  }
  for (const p of pending) indents[p] = 0;
  return { indents, starts };
}

/** Places a `key: value` line; returns its indentation. */
function placeField(stack: Frame[], line: Line): number | null {
  const key = line.key!;
  let at = -1;
  for (let i = stack.length - 1; i >= 0 && at < 0; i--) if (stack[i].kind === 'object' && stack[i].type!.fields.has(key) && !stack[i].seen.has(key)) at = i;
  const top = stack.length - 1;
  if (at < 0 && (stack[top].kind === 'map' || stack[top].kind === 'any')) at = top;
  if (at < 0) return null;
  stack.length = at + 1;
  const frame = stack[at];
  frame.seen.add(key);
  if (line.opens) {
    const child = frame.kind === 'object' ? frameFor(frame.type, key, frame.indent + 2) : frame.kind === 'any' ? { kind: 'any' as const, type: null, indent: frame.indent + 2, seen: new Set<string>() } : frame.type ? { kind: 'object' as const, type: frame.type, indent: frame.indent + 2, seen: new Set<string>() } : null;
    if (child) stack.push(child);
  }
  return frame.indent;
}

/** Places a `- key: value` or `- value` line, a new item of the innermost list that can hold it. */
function placeItem(stack: Frame[], line: Line): number | null {
  let at = -1;
  for (let i = stack.length - 1; i >= 0 && at < 0; i--) {
    const f = stack[i];
    if (f.kind === 'list' && (line.key === null ? f.type === null : !!f.type?.fields.has(line.key))) at = i;
  }
  if (at < 0 || line.dash > 4) return null;
  stack.length = at + 1;
  const list = stack[at];
  if (line.key !== null) {
    const item: Frame = { kind: 'object', type: list.type, indent: list.indent + line.dash, seen: new Set([line.key]) };
    stack.push(item);
    const child = line.opens ? frameFor(list.type, line.key, item.indent + 2) : null;
    if (child) stack.push(child);
  }
  return list.indent;
}

/**
 * The document rebuilt from the schema, or null when it cannot be, or when it needs no rebuild (every line is where
 * the rebuild would put it, by parent).
 */
export function reindent(text: string, base: number, original: YNode | null): Reindented | null {
  const lines: Line[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const line = lineOf(raw.replace(/\r$/, ''), base + offset);
    if (line === 'unreadable') return null;
    lines.push(line);
    offset += raw.length + 1;
  }
  const placed = place(lines);
  if (!placed) return null;
  const objects: RebuiltObject[] = [];
  const bounds = [...placed.starts, lines.length];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const object = rebuild(lines.slice(bounds[k], bounds[k + 1]), placed.indents.slice(bounds[k], bounds[k + 1]), text, base);
    if (!object) return null;
    objects.push(object);
  }
  const now = (l: Line) => parentKey(objectAt(objects, l.start), l);
  const moved = lines.filter((l) => l.key !== null && parentKey(original, l) !== now(l));
  // Parents by object: two Pods run together each have their own `metadata`.
  const parents = new Set(moved.map((l) => `${objects.findIndex((o) => o.root === objectAt(objects, l.start))}:${now(l)}`)).size;
  return moved.length === 0 ? null : { objects, moved: moved.length, parents, text: objects.map((o) => o.text).join('\n---\n') };
}

function objectAt(objects: RebuiltObject[], offset: number): YMap | null {
  return [...objects].reverse().find((o) => o.start <= offset)?.root ?? objects[0]?.root ?? null;
}

/**
 * Where a line's field sits: the offset of the key whose value holds it (-1 at the top level). Both trees carry the
 * original offsets, so a field whose parent moved with it is not counted as misplaced.
 */
function parentKey(root: YNode | null, line: Line): number | null {
  const keyAt = line.start + line.indent + line.dash;
  const steps = pathAt(root, keyAt);
  const last = steps[steps.length - 1];
  if (!last?.onKey || last.pair?.key.start !== keyAt) return null;
  const parent = [...steps.slice(0, -1)].reverse().find((s) => s.pair);
  return parent?.pair ? parent.pair.key.start : -1;
}

function rebuild(lines: Line[], indents: number[], original: string, base: number): RebuiltObject | null {
  const out: string[] = [];
  const map: { at: number; line: Line; indent: number }[] = [];
  let at = 0;
  for (const [i, line] of lines.entries()) {
    const content = line.text.slice(line.indent);
    map.push({ at, line, indent: indents[i] });
    out.push(content === '' ? '' : ' '.repeat(indents[i]) + content);
    at += out[out.length - 1].length + 1;
  }
  const text = out.join('\n');
  const toOriginal = (o: number): number => {
    let lo = 0;
    while (lo + 1 < map.length && map[lo + 1].at <= o) lo++;
    const { at: lineAt, line, indent } = map[lo];
    const column = o - lineAt;
    return line.start - base + (column < indent ? Math.min(column, line.indent) : column - indent + line.indent);
  };
  const root = asMap(parseRewritten(original, base, text, toOriginal));
  const type = root && schemaOf(String(asScalar(get(root, 'apiVersion'))?.value ?? ''), String(asScalar(get(root, 'kind'))?.value ?? ''));
  if (!root || !type || unknownFields(root, type).length > 0) return null;
  const first = lines.find((l) => l.key !== null);
  return { text, root, start: first ? first.start + first.indent : base };
}
