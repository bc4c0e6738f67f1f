/**
 * The edits of a fix that moves whole lines (a field and its block) to another place, re-indented: metadata-outdented
 * moves fields under `metadata:`, unknown-field moves a field one level up or down.
 */
import type { TextEdit } from '../../diagnostics';
import { eolOf } from '../../strings';

/** Lines `[start, end)` (from a line start to a line end) moved to after `insertAt` (a line end), at `indent`. */
export function moveLinesEdits(uri: string, text: string, moves: [number, number][], insertAt: number, indent: string): TextEdit[] {
  const eol = eolOf(text);
  const edits: TextEdit[] = [];
  const moved: string[] = [];
  for (const [start, end] of moves) {
    const lines = text.slice(start, end).split(/\r?\n/);
    const baseIndent = /^ */.exec(lines[0])![0].length;
    moved.push(...lines.map((l) => (l.trim() === '' ? '' : indent + l.slice(Math.min(baseIndent, /^ */.exec(l)![0].length)))));
    // Remove the field's lines together with the line break that precedes them.
    const delStart = start > 0 && text[start - 1] === '\n' ? start - (text[start - 2] === '\r' ? 2 : 1) : start;
    edits.push({ uri, start: delStart, end, newText: '' });
  }
  edits.push({ uri, start: insertAt, end: insertAt, newText: eol + moved.join(eol) });
  return mergeTouching(edits);
}

/** Editors reject overlapping edits; an insertion right where a deletion starts is merged into one replacement. */
function mergeTouching(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && e.start <= last.end) {
      last.end = Math.max(last.end, e.end);
      last.newText = e.start === e.end ? last.newText + e.newText : e.newText + last.newText;
    } else out.push({ ...e });
  }
  return out;
}
