/**
 * Offsets are the core's only notion of position. This module converts them to lines and columns for the edges
 * (LSP and CLI), which do the conversion exactly once.
 */
export interface LineCol {
  /** Zero-based line. */
  line: number;
  /** Zero-based column in UTF-16 code units, which is also LSP's default position encoding. */
  character: number;
}

export class LineIndex {
  private readonly starts: number[];

  constructor(
    private readonly text: string,
    known?: number[],
  ) {
    if (known) {
      this.starts = known;
      return;
    }
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // A lone CR, a CRLF pair and a LF each end a line, as the editor sees them.
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /**
   * The index of `text`, which is this index's text with `[edit.start, edit.oldEnd)` replaced by
   * `[edit.start, edit.newEnd)` of the new text. Line starts before the edit are kept, those after it are moved, and
   * only the edited stretch is scanned. A line start depends on the one or two characters before it (a CR followed by
   * a LF ends one line, not two), which is why the kept and moved starts stay one character clear of the edit.
   */
  afterEdit(text: string, edit: { start: number; oldEnd: number; newEnd: number }): LineIndex {
    const old = this.starts;
    let kept = 0;
    while (kept < old.length && old[kept] <= edit.start - 1) kept++;
    // The first line always starts at 0, whatever the edit.
    const starts = kept > 0 ? old.slice(0, kept) : [0];
    const scanFrom = starts[starts.length - 1];
    const scanTo = Math.min(text.length, edit.newEnd + 1);
    for (let i = scanFrom; i < scanTo; i++) {
      const c = text.charCodeAt(i);
      let next = -1;
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        next = i + 1;
      } else if (c === 10) next = i + 1;
      if (next >= 0 && next < edit.newEnd + 2) starts.push(next);
    }
    const delta = edit.newEnd - edit.oldEnd;
    let moved = kept;
    while (moved < old.length && old[moved] < edit.oldEnd + 2) moved++;
    for (let j = moved; j < old.length; j++) starts.push(old[j] + delta);
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** The offset just past the line's content, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1];
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  positionAt(offset: number): LineCol {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    // An offset between the CR and the LF of a CRLF (parsers report some errors there) is shown at the line's end,
    // so that no position ever points past the line's content.
    return { line: lo, character: Math.min(o, this.lineEnd(lo)) - this.starts[lo] };
  }

  offsetAt(pos: LineCol): number {
    if (pos.line >= this.starts.length) return this.text.length;
    if (pos.line < 0) return 0;
    return Math.min(this.starts[pos.line] + Math.max(0, pos.character), this.lineEnd(pos.line));
  }
}

/** A half-open range of offsets into one file's text. */
export interface Range {
  start: number;
  end: number;
}
