/**
 * Splits a file into YAML documents by text alone, so that an edit can re-parse only the documents it touches.
 * A `---` or `...` marker at column 0 always ends a document in YAML, even inside a block or quoted scalar, which is
 * what makes a purely textual split exact.
 */
export interface DocumentSpan {
  /** Offset of the document's first character (after a `---` marker line, or the start of the file). */
  start: number;
  /** Offset just past the document's last character. */
  end: number;
  /** Offset of the `---` line that opened the document, or -1 for an implicit first document. */
  markerStart: number;
}

const MARKER = /^(---|\.\.\.)(?=[ \t\r\n]|$)/;
/** One line (without its `\n`) that holds nothing but blanks or a comment. Linear: no nested quantifier. */
const BLANK_OR_COMMENT = /^\s*(#.*)?\r?$/;

export function splitDocuments(text: string): DocumentSpan[] {
  const spans: DocumentSpan[] = [];
  let docStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let markerStart = -1;
  let lineStart = docStart;
  let sawContent = false;
  let ended = false;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const m = MARKER.exec(line);
    if (m) {
      if (m[1] === '---') {
        if (sawContent || markerStart >= 0 || ended) pushSpan(spans, text, docStart, lineStart, markerStart, ended);
        markerStart = lineStart;
        // Content may follow the marker on the same line (`--- !tag` or `--- {a: 1}`), so the document starts right after it.
        docStart = lineStart + 3;
        sawContent = line.slice(3).trim() !== '' && !line.slice(3).trim().startsWith('#');
        ended = false;
      } else {
        // `...` ends the document; what follows until the next `---` belongs to no document but comments.
        pushSpan(spans, text, docStart, lineStart, markerStart, false);
        markerStart = -1;
        docStart = lineEnd + 1;
        sawContent = false;
        ended = true;
      }
    } else if (!sawContent && !BLANK_OR_COMMENT.test(line) && !line.startsWith('%')) {
      sawContent = true;
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  if (sawContent || markerStart >= 0 || spans.length === 0) {
    pushSpan(spans, text, Math.min(docStart, text.length), text.length, markerStart, false);
  }
  return spans;
}

function pushSpan(spans: DocumentSpan[], text: string, start: number, end: number, markerStart: number, afterEnd: boolean) {
  if (afterEnd && markerStart < 0) {
    // Only comments stood between a `...` and this point: no document there. Tested line by line, since one regex
    // over the whole slice (`(#[^\n]*\s*)*`) backtracks exponentially on a line like `# # # # … x`.
    if (text.slice(start, end).split('\n').every((line) => BLANK_OR_COMMENT.test(line))) return;
  }
  spans.push({ start: Math.min(start, end), end, markerStart });
}
