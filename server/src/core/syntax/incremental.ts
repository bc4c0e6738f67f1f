/**
 * Re-parses an edited document by re-parsing only the smallest block collection that contains the edit, the way an
 * editor's incremental parser would. Large documents (a CRD's OpenAPI schema runs to thousands of lines and takes the
 * `yaml` package hundreds of milliseconds) then cost a few milliseconds per keystroke.
 *
 * It is deliberately conservative: anything unusual (aliases, a syntax error or duplicate key near the re-parsed
 * stretch, Helm, an edit that could change where the block ends) returns null, and the caller re-parses the whole
 * document. A property test checks that the result always equals a full re-parse.
 */
import type { DocumentSpan } from './documents';
import type { ParsedDocument } from './parse';
import { detectHelm, parseSpan } from './parse';
import type { YMap, YNode, YPair, YScalar, YSeq } from './nodes';
import { keyText } from './nodes';
import { shiftNode, shiftPair } from './shift';
import { lineEndAt } from '../strings';

export interface Edit {
  /** Absolute offset where old and new texts start to differ (the same in both). */
  start: number;
  /** Absolute end of the replaced range in the old text. */
  oldEnd: number;
  /** Absolute end of the inserted range in the new text. */
  newEnd: number;
}

/** The smallest range where two texts differ, from their common prefix and suffix. */
export function diffTexts(oldText: string, newText: string): Edit {
  const max = Math.min(oldText.length, newText.length);
  // Long equal runs are skipped a chunk at a time: comparing two substrings is done natively, many times faster than
  // a loop over characters, and a keystroke in a 2 MB file would otherwise spend milliseconds here.
  let start = 0;
  while (start + CHUNK <= max && oldText.slice(start, start + CHUNK) === newText.slice(start, start + CHUNK)) start += CHUNK;
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let oldEnd = oldText.length;
  let newEnd = newText.length;
  while (oldEnd - CHUNK >= start && newEnd - CHUNK >= start && oldText.slice(oldEnd - CHUNK, oldEnd) === newText.slice(newEnd - CHUNK, newEnd)) {
    oldEnd -= CHUNK;
    newEnd -= CHUNK;
  }
  while (oldEnd > start && newEnd > start && oldText.charCodeAt(oldEnd - 1) === newText.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}

const CHUNK = 1024;

interface Candidate {
  node: YMap | YSeq;
  /** Column of the key that owns the block. */
  ownerColumn: number;
}

export function reparseIncrementally(old: ParsedDocument, oldFileText: string, newFileText: string, newSpan: DocumentSpan, edit: Edit): ParsedDocument | null {
  if (!old.root || old.aliasCount > 0 || old.helm) return null;
  const scalar = editScalar(old, newFileText, newSpan, edit);
  if (scalar) return scalar;
  const candidate = innermostBlock(old.root, oldFileText, edit);
  if (!candidate) return null;
  const { node, ownerColumn } = candidate;
  const delta = edit.newEnd - edit.oldEnd;
  const sliceStart = lineStart(oldFileText, node.start);
  // Before the line break, `\r\n` included: a block parsed alone that ended in a bare `\r` would keep it in its last
  // scalar (`b: pay\r` reads as "pay\r").
  const oldSliceEnd = lineEndAt(oldFileText, node.end);
  if (edit.start < sliceStart || edit.oldEnd > oldSliceEnd) return null;
  const findings = findingsAround(old, sliceStart, oldSliceEnd, delta, true);
  if (!findings) return null;
  const newSliceEnd = oldSliceEnd + delta;
  const slice = newFileText.slice(sliceStart, newSliceEnd);
  if (!indentedUnder(slice, ownerColumn, node.type === 'seq')) return null;
  const newDocText = newFileText.slice(newSpan.start, newSpan.end);
  if (detectHelm(newDocText)) return null;
  // Parse the block alone, as a document of its own placed at its absolute offset.
  const part = parseSpan(newFileText, { start: sliceStart, end: newSliceEnd, markerStart: -1 }, true);
  if (!part.root || part.root.type !== node.type || part.issues.length > 0 || part.duplicateKeys.length > 0 || part.aliasCount > 0 || part.helm) return null;
  const root = rebuild(old.root, node, part.root, oldSliceEnd, delta);
  return { span: newSpan, text: newDocText, root, ...findings, helm: false, aliasCount: 0 };
}

/**
 * The document's syntax issues and duplicate keys once the stretch from `start` to `end` is re-parsed, or null when
 * they may change (the document is then parsed afresh). A tab or a broken line elsewhere in a 20,000-line CRD must not
 * make every keystroke re-parse all of it: the text outside the stretch is unchanged, and so are these findings, which
 * only move. Messages carry no positions. A property test checks the result against a full parse.
 */
function findingsAround(old: ParsedDocument, start: number, end: number, delta: number, block = false): Pick<ParsedDocument, 'issues' | 'duplicateKeys'> | null {
  const ranges = [...old.issues, ...old.duplicateKeys.map((d) => ({ start: Math.min(d.first.start, d.second.start), end: Math.max(d.first.end, d.second.end) }))];
  // Not merely outside it: an error's recovery reaches the lines after it (a tab as indentation makes BAD_INDENT
  // errors and duplicate keys further down, on lines that depend on what lies between), so the stretch must be
  // wholly before every finding, or wholly after every one.
  if (ranges.some((r) => r.end >= start) && ranges.some((r) => r.start <= end)) return null;
  // A re-parsed block may also have caused a finding after it, which then vanishes with the edit (the fuzz found a
  // BAD_INDENT that outlived its cause); a plain scalar that stays one cannot.
  if (block && ranges.some((r) => r.start > end)) return null;
  if (ranges.length === 0 || ranges[0].end < start) return { issues: old.issues, duplicateKeys: old.duplicateKeys };
  return {
    issues: old.issues.map((i) => ({ ...i, start: i.start + delta, end: i.end + delta })),
    duplicateKeys: old.duplicateKeys.map((d) => ({ ...d, key: shiftNode(d.key, delta), first: shiftPair(d.first, delta), second: shiftPair(d.second, delta) })),
  };
}

/**
 * Typing inside a word: an edit within one plain, single-line scalar (a key or a value) that leaves it one plain
 * scalar changes nothing around it, so only that scalar is parsed again, whatever the size of the block around it.
 * Characters that could change the structure (indicators, quotes, brackets, line breaks) are left to the block
 * re-parse, as is a key that now repeats a sibling's.
 */
export function editScalar(old: ParsedDocument, newFileText: string, newSpan: DocumentSpan, edit: Edit): ParsedDocument | null {
  const found = scalarAt(old.root!, edit);
  if (!found || found.node.style !== 'plain' || found.node.tag !== undefined) return null;
  const { node, parent } = found;
  const delta = edit.newEnd - edit.oldEnd;
  const findings = findingsAround(old, node.start, node.end, delta);
  if (!findings) return null;
  const newText = newFileText.slice(node.start, node.end + delta);
  if (!SAFE_PLAIN.test(newText) || !SAFE_PLAIN.test(node.raw) || newText === '<<' || node.raw === '<<') return null;
  const part = parseSpan(newFileText, { start: node.start, end: node.end + delta, markerStart: -1 }, true);
  const replacement = part.root;
  if (!replacement || replacement.type !== 'scalar' || replacement.style !== 'plain' || replacement.raw !== newText || part.issues.length > 0) return null;
  const key = replacement.value === null ? null : String(replacement.value);
  if (parent && key !== null && parent.items.some((p) => p.key !== node && keyText(p) === key)) return null;
  const root = rebuild(old.root!, node, replacement, node.end, delta);
  return { span: newSpan, text: newFileText.slice(newSpan.start, newSpan.end), root, ...findings, helm: false, aliasCount: 0 };
}

/**
 * A plain scalar that stays one in any block context: no indicator at its start, no `: ` or ` #` inside, no quote,
 * bracket, comma or line break anywhere (a comma or bracket would matter in a flow collection).
 */
const SAFE_PLAIN = /^[A-Za-z0-9_./$=+~^()][A-Za-z0-9_./$=+~^() -]*$/;

/** The scalar (key or value, in a block map or sequence) whose range holds the whole edit, with the map it is a key of. */
function scalarAt(root: YNode, edit: Edit): { node: YScalar; parent: YMap | null } | null {
  let cur: YNode | null = root;
  while (cur) {
    if (cur.type === 'scalar') return edit.start >= cur.start && edit.oldEnd <= cur.end ? { node: cur, parent: null } : null;
    if ((cur.type !== 'map' && cur.type !== 'seq') || cur.flow) return null;
    let next: YNode | null = null;
    if (cur.type === 'map') {
      for (const p of cur.items) {
        if (p.key.type === 'scalar' && edit.start >= p.key.start && edit.oldEnd <= p.key.end) return { node: p.key, parent: cur };
        if (p.value && edit.start >= p.value.start && edit.oldEnd <= p.value.end) {
          next = p.value;
          break;
        }
      }
    } else {
      next = cur.items.find((i) => edit.start >= i.start && edit.oldEnd <= i.end) ?? null;
    }
    cur = next;
  }
  return null;
}

/** The deepest block map or sequence, on lines of its own below its key, whose lines contain the edit. */
function innermostBlock(root: YNode, text: string, edit: Edit): Candidate | null {
  let best: Candidate | null = null;
  let cur: YNode | null = root;
  while (cur && (cur.type === 'map' || cur.type === 'seq')) {
    let next: YNode | null = null;
    if (cur.type === 'map') {
      for (const p of (cur as YMap).items as YPair[]) {
        if (edit.start < p.start || edit.oldEnd > lineEndAt(text, p.end)) continue;
        const v: YNode | null = p.value;
        if (v && (v.type === 'map' || v.type === 'seq') && !v.flow && lineStart(text, v.start) > p.key.end && edit.start >= lineStart(text, v.start)) {
          best = { node: v, ownerColumn: p.key.start - lineStart(text, p.key.start) };
        }
        next = v;
        break;
      }
    } else {
      next = cur.items.find((i) => edit.start >= i.start && edit.oldEnd <= lineEndAt(text, i.end)) ?? null;
    }
    cur = next;
  }
  return best;
}

/**
 * True when every content line of the block stays inside it: indented deeper than the owning key, or, for a sequence
 * written at the key's own indentation, a `- ` item at that indentation.
 */
function indentedUnder(slice: string, ownerColumn: number, isSeq: boolean): boolean {
  for (const line of slice.split('\n')) {
    const content = line.replace(/\r$/, '');
    const trimmed = content.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const indent = content.length - trimmed.length;
    if (content.slice(0, indent).includes('\t')) return false;
    if (indent > ownerColumn) continue;
    if (isSeq && indent === ownerColumn && /^-(\s|$)/.test(trimmed)) continue;
    return false;
  }
  return true;
}

/** A copy of the tree with `target` replaced: ancestors are copied, nodes after the edit are copied and shifted. */
function rebuild(node: YNode, target: YNode, replacement: YNode, oldSliceEnd: number, delta: number): YNode {
  if (node === target) return replacement;
  if (node.start >= oldSliceEnd) return shiftNode(node, delta);
  if (node.end < target.start) return node;
  // Only block collections contain the target (a flow collection cannot hold a block one), and a block collection
  // ends with its last item, so ends are recomputed from the children rather than shifted.
  if (node.type === 'map') {
    const items = node.items.map((p) => rebuildPair(p, target, replacement, oldSliceEnd, delta));
    return { ...node, items, end: items.length ? items[items.length - 1].end : node.end };
  }
  if (node.type === 'seq') {
    const items = node.items.map((i) => rebuild(i, target, replacement, oldSliceEnd, delta));
    return { ...node, items, end: items.length ? items[items.length - 1].end : node.end };
  }
  return node;
}

function rebuildPair(p: YPair, target: YNode, replacement: YNode, oldSliceEnd: number, delta: number): YPair {
  if (p.start >= oldSliceEnd) return shiftPair(p, delta);
  if (p.end < target.start) return p;
  const key = p.key === target ? replacement : p.key;
  const value = p.value && rebuild(p.value, target, replacement, oldSliceEnd, delta);
  return { key, value, start: p.start, end: value ? Math.max(value.end, key.end) : key.end };
}

function lineStart(text: string, offset: number): number {
  const i = text.lastIndexOf('\n', offset - 1);
  return i + 1;
}

