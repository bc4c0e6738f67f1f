/**
 * One file of the workspace: its text, its documents parsed one by one, and the objects they hold. Re-parsing reuses
 * every document whose text did not change, so an edit costs only the documents it touches.
 */
import { LineIndex } from '../text';
import { splitDocuments } from '../syntax/documents';
import type { ParsedDocument } from '../syntax/parse';
import { parseSpan } from '../syntax/parse';
import { diffTexts, reparseIncrementally } from '../syntax/incremental';

export interface SourceFile {
  uri: string;
  text: string;
  docs: ParsedDocument[];
  /** Set when the file was not analysed (too large, binary); the reason is shown to the user. */
  skipped?: string;
  lineIndex(): LineIndex;
}

export function makeSourceFile(uri: string, original: string, previous?: SourceFile): SourceFile {
  const text = yamlLineBreaks(original);
  const reuse = new Map<string, ParsedDocument[]>();
  for (const d of previous?.docs ?? []) {
    const list = reuse.get(d.text);
    if (list) list.push(d);
    else reuse.set(d.text, [d]);
  }
  const spans = splitDocuments(text);
  const edit = previous && previous.docs.length === spans.length ? diffTexts(yamlLineBreaks(previous.text), text) : null;
  const docs = spans.map((span, i) => {
    const cached = reuse.get(text.slice(span.start, span.end))?.shift();
    if (cached) {
      if (cached.span.start === span.start) return { ...cached, span };
      return shiftDocument(cached, span.start - cached.span.start, span);
    }
    // The one document an edit falls in may be re-parsed in part: only the block that holds the edit.
    const old = previous?.docs[i];
    if (edit && old && old.span.start === span.start && edit.start >= span.start && edit.newEnd <= span.end && edit.oldEnd <= old.span.end) {
      const partial = reparseIncrementally(old, yamlLineBreaks(previous!.text), text, span, edit);
      if (partial) return partial;
    }
    return parseSpan(text, span);
  });
  return withLineIndex({ uri, text: original, docs });
}

/**
 * YAML, kubectl and editors take a lone CR as a line break; the `yaml` package and the document splitter do not. The
 * parser is given CR replaced by LF: one character for one, so every offset stays valid for the original text, on
 * which positions are computed.
 */
function yamlLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

export function skippedFile(uri: string, reason: string): SourceFile {
  return withLineIndex({ uri, text: '', docs: [], skipped: reason });
}

function withLineIndex(f: Omit<SourceFile, 'lineIndex'>): SourceFile {
  let index: LineIndex | undefined;
  return { ...f, lineIndex: () => (index ??= new LineIndex(f.text)) };
}

/**
 * A document whose text is unchanged but which moved (an edit above it) is re-based rather than re-parsed: offsets
 * are absolute, so every range shifts by the same amount. Cloning and shifting is far cheaper than parsing, which is
 * what keeps per-keystroke analysis of large files fast.
 */
function shiftDocument(doc: ParsedDocument, delta: number, span: ParsedDocument['span']): ParsedDocument {
  // structuredClone keeps shared references shared, so an alias still points at its (shifted) anchor.
  const copy = structuredClone(doc);
  const seen = new Set<object>();
  const shift = (n: Ranged | null | undefined): void => {
    if (!n || seen.has(n)) return;
    seen.add(n);
    n.start += delta;
    n.end += delta;
    if (n.type === 'map') for (const p of n.items as Ranged[]) shift(p);
    else if (n.type === 'seq') for (const i of n.items as Ranged[]) shift(i);
    else if (n.type === 'alias') shift(n.target as Ranged | null);
    else if (n.key !== undefined) {
      shift(n.key as Ranged);
      shift(n.value as Ranged | null);
    }
  };
  shift(copy.root as Ranged | null);
  for (const i of copy.issues) shift(i as unknown as Ranged);
  for (const d of copy.duplicateKeys) {
    shift(d.first as unknown as Ranged);
    shift(d.second as unknown as Ranged);
    shift(d.key as unknown as Ranged);
  }
  return { ...copy, span };
}

type Ranged = { start: number; end: number; [k: string]: unknown };
