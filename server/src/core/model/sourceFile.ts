/**
 * One file of the workspace: its text, its documents parsed one by one, and the objects they hold. Re-parsing reuses
 * every document whose text did not change, so an edit costs only the documents it touches.
 */
import { LineIndex } from '../text';
import { splitDocuments } from '../syntax/documents';
import type { ParsedDocument } from '../syntax/parse';
import { parseSpan } from '../syntax/parse';
import { diffTexts, reparseIncrementally } from '../syntax/incremental';
import type { Edit } from '../syntax/incremental';
import { shiftDocument } from '../syntax/shift';

export interface SourceFile {
  uri: string;
  text: string;
  docs: ParsedDocument[];
  /** Set when the file was not analysed (too large, binary); the reason is shown to the user. */
  skipped?: string;
  lineIndex(): LineIndex;
}

export function makeSourceFile(uri: string, original: string, previous?: SourceFile): SourceFile {
  const steps = sourceFileInSteps(uri, original, previous);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `makeSourceFile`, pausing after each document it parses (reused ones cost nothing), so that the language server can
 * let messages through while a file of thousands of documents is parsed.
 */
export function* sourceFileInSteps(uri: string, original: string, previous?: SourceFile): Generator<void, SourceFile, void> {
  const text = yamlLineBreaks(original);
  const spans = splitDocuments(text);
  const reusable = reusableDocuments(previous?.docs ?? []);
  // What changed, in the original texts (for the line index) and in the texts the parser reads. Those differ only
  // where a lone CR became LF, which depends on the character after it: one more character before the edit covers it.
  const rawEdit = previous && !previous.skipped ? diffTexts(previous.text, original) : null;
  const previousText = previous && yamlLineBreaks(previous.text);
  const edit = rawEdit && (text === original && previousText === previous!.text ? rawEdit : { ...rawEdit, start: Math.max(0, rawEdit.start - 1) });
  const docs: ParsedDocument[] = [];
  for (const [i, span] of spans.entries()) {
    const docText = text.slice(span.start, span.end);
    const cached = reusable(i, docText);
    if (cached) {
      // The same text, taken from this version: a document keeping the slice of an older version's text would keep
      // that whole older text alive.
      docs.push(cached.span.start === span.start ? { ...cached, span, text: docText } : { ...shiftDocument(cached, span), text: docText });
      continue;
    }
    // The one document an edit falls in may be re-parsed in part: only the block that holds the edit.
    const old = previous?.docs[i];
    const partial =
      edit && old && previous!.docs.length === spans.length && old.span.start === span.start && edit.start >= span.start && edit.newEnd <= span.end && edit.oldEnd <= old.span.end
        ? reparseIncrementally(old, previousText!, text, span, edit)
        : null;
    docs.push(partial ?? parseSpan(text, span, previous !== undefined));
    yield;
  }
  // The line index is carried over from the previous version when that one was built: only the lines the edit
  // touched are scanned again. Only the index is kept, never the previous file, so versions do not pile up in memory.
  const previousIndex = previous && indexes.get(previous);
  return withLineIndex({ uri, text: original, docs }, previousIndex && rawEdit ? indexAfterEdit(previousIndex, original, rawEdit) : undefined);
}

/**
 * Made in a function of its own on purpose: a closure keeps alive every variable of the scope it was made in that
 * any closure there uses, so one made in `makeSourceFile` would keep `previous`, whose line index keeps its own
 * previous, and so on through every version of the file.
 */
function indexAfterEdit(previous: LineIndex, text: string, edit: Edit): () => LineIndex {
  return () => previous.afterEdit(text, edit);
}

/**
 * Finds, for each new document, an old one with the same text to reuse, each old one at most once. The old document
 * at the same position is tried first: comparing two strings is cheaper than hashing every document's text, and
 * after a keystroke every document but one is where it was.
 */
function reusableDocuments(olds: ParsedDocument[]): (index: number, text: string) => ParsedDocument | undefined {
  const used = new Set<ParsedDocument>();
  // The old documents of each text, with the position before which all are taken: a document once taken stays taken,
  // so each is skipped over once, and N identical documents that all moved cost N, not N².
  let byText: Map<string, { docs: ParsedDocument[]; next: number }> | undefined;
  const take = (d: ParsedDocument) => (used.add(d), d);
  return (index, text) => {
    const same = olds[index];
    if (same && !used.has(same) && same.text === text) return take(same);
    if (!byText) {
      byText = new Map();
      for (const d of olds) {
        const twins = byText.get(d.text);
        if (twins) twins.docs.push(d);
        else byText.set(d.text, { docs: [d], next: 0 });
      }
    }
    const twins = byText.get(text);
    if (!twins) return undefined;
    while (twins.next < twins.docs.length && used.has(twins.docs[twins.next])) twins.next++;
    const found = twins.docs[twins.next];
    return found && take(found);
  };
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

/** Each file's line index, once built. */
const indexes = new WeakMap<SourceFile, LineIndex>();

function withLineIndex(f: Omit<SourceFile, 'lineIndex'>, derive?: () => LineIndex): SourceFile {
  const file: SourceFile = {
    ...f,
    lineIndex: () => {
      let index = indexes.get(file);
      if (!index) {
        indexes.set(file, (index = derive ? derive() : new LineIndex(f.text)));
        // The previous version's index is not needed any more; holding it would keep that version's text alive.
        derive = undefined;
      }
      return index;
    },
  };
  return file;
}
