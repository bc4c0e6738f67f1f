/**
 * Where a completion is asked for, read from the text rather than the parse: while a key is half typed the document
 * usually does not parse at all. The cursor's line says whether a key or a value is being typed; the lines above,
 * by indentation, give the chain of parent keys (`*` for a sequence item).
 */
import type { Range } from '../text';
import { lineStartAt } from '../strings';

export interface CompletionContext {
  /** `key` while typing a key (or a bare sequence item), `value` after `key: `. */
  mode: 'key' | 'value' | 'item';
  /** Parent keys from the object's root, `*` for sequence items, e.g. `['spec', 'ports', '*']`. */
  parents: string[];
  /** In `value` mode, the key whose value is being typed. */
  key: string | null;
  /** The partial word under the cursor, and the range a completion replaces. */
  word: string;
  replace: Range;
  /** Where the key of the cursor's line starts: a point inside the map being written, even when its value is empty. */
  keyStart: number;
}

const KEY_LINE = /^(\s*)((?:-\s+)*)(["']?)([\w./-]*)$/;
const VALUE_LINE = /^(\s*)((?:-\s+)*)(["']?)([\w./-]+)\3\s*:\s+(["']?)([\w./:-]*)$/;
const PARENT_LINE = /^(\s*)((?:-\s+)*)(["']?)([\w./-]+)\3\s*:(\s|$)/;
const ITEM_LINE = /^(\s*)-(\s|$)/;

/** Reads the completion context at an offset of a document's text, which starts at `docStart`. */
export function completionContext(text: string, docStart: number, offset: number): CompletionContext | null {
  const lineStart = lineStartAt(text, offset);
  const prefix = text.slice(lineStart, offset);
  const after = /^[\w./:-]*/.exec(text.slice(offset))![0];
  const value = VALUE_LINE.exec(prefix);
  const key = value ? null : KEY_LINE.exec(prefix);
  const m = value ?? key;
  if (!m) return null;
  const word = value ? value[6] : key![4];
  const replace = { start: offset - word.length, end: offset + after.length };
  const dashes = m[2];
  const keyCol = m[1].length + dashes.length;
  const parents: string[] = [];
  let col = keyCol;
  // A line that starts with `- ` opens a sequence item; its first key sits inside the item.
  if (dashes) {
    parents.unshift('*');
    col = m[1].length;
  }
  const mode = value ? 'value' : dashes && key ? 'item' : 'key';
  collectParents(text, docStart, lineStart, col, dashes.length > 0, parents);
  return { mode, parents, key: value ? value[4] : null, word, replace, keyStart: lineStart + keyCol };
}

/**
 * Walks up from the line before `lineStart`, collecting each enclosing key. `atItem` is true when the position so
 * far is a sequence item's dash, whose parent key may sit at the same column (`ports:` over `- port: 80`).
 */
function collectParents(text: string, docStart: number, lineStart: number, startCol: number, startAtItem: boolean, parents: string[]) {
  let col = startCol;
  let atItem = startAtItem;
  let end = lineStart;
  while (end > docStart && col > 0) {
    const start = lineStartAt(text, end - 1);
    const line = text.slice(start, end).replace(/\r?\n$/, '');
    end = start;
    if (/^\s*(#.*)?$/.test(line)) continue;
    if (/^---/.test(line)) break;
    const indent = /^\s*/.exec(line)![0].length;
    const parent = PARENT_LINE.exec(line);
    const item = ITEM_LINE.exec(line);
    if (parent) {
      const dashCol = parent[1].length;
      const kCol = dashCol + parent[2].length;
      if (parent[2] && dashCol < col && kCol >= col && !atItem) {
        // A sibling key inside the same sequence item: the item is our parent.
        parents.unshift('*');
        col = dashCol;
        atItem = true;
        continue;
      }
      if (kCol < col || (atItem && kCol <= col && !parent[2])) {
        parents.unshift(parent[4]);
        col = kCol;
        atItem = false;
        if (parent[2]) {
          parents.unshift('*');
          col = dashCol;
          atItem = true;
        }
      }
    } else if (item && indent < col && !atItem) {
      parents.unshift('*');
      col = indent;
      atItem = true;
    }
  }
}
