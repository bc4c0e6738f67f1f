/**
 * Helpers for driving the language server with fuzzed texts: the edit that turns one text into another (as an
 * editor's incremental change), and the diagnostics the core computes for the same texts, in LSP form, to compare
 * with what the server answers.
 */
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { unanalysedText } from '../../server/src/node/files';
import { Workspace } from '../../server/src/core/model/workspace';
import { checkFile } from '../../server/src/core/rules/runner';

/** The smallest single edit from `before` to `after`, as a ranged content change; never splits a CRLF. */
export function editBetween(before: string, after: string): TextDocumentContentChangeEvent {
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  // An edit boundary between CR and LF is ambiguous in positions (both sides are the end of the line).
  while (prefix > 0 && before[prefix - 1] === '\r') prefix--;
  while (suffix > 0 && before[before.length - suffix] === '\n' && before[before.length - suffix - 1] === '\r') suffix--;
  const doc = TextDocument.create('file:///x', 'yaml', 0, before);
  return { range: { start: doc.positionAt(prefix), end: doc.positionAt(before.length - suffix) }, text: after.slice(prefix, after.length - suffix) };
}

/** The core's diagnostics for one file of a workspace, as the server would send them (range, severity, code, message). */
export function coreDiagnostics(files: ReadonlyMap<string, string>, uri: string): Comparable[] {
  const ws = new Workspace();
  // As the server takes in editor texts: held to the limits of files on disk (a NUL makes one binary), then parsed.
  const max = ws.getConfig().maxFileSizeKB * 1024;
  for (const [u, t] of files) {
    const skipped = unanalysedText(t, max);
    if (skipped) ws.skipFile(u, skipped);
    else ws.setFile(u, t);
  }
  const snapshot = ws.snapshot();
  const index = snapshot.files.get(uri)!.lineIndex();
  const severity = { error: 1, warning: 2, information: 3, hint: 4 } as const;
  return checkFile(snapshot, uri).map((d) => ({ range: { start: index.positionAt(d.start), end: index.positionAt(d.end) }, severity: severity[d.severity], code: d.rule, message: d.message }));
}

export interface Comparable {
  range: Diagnostic['range'];
  severity?: Diagnostic['severity'];
  code?: Diagnostic['code'];
  message: string;
}

export function comparableLsp(items: Diagnostic[]): Comparable[] {
  return items.map((d) => ({ range: d.range, severity: d.severity, code: d.code, message: d.message }));
}

/** Throws unless every range lies within the text's lines (LSP positions, UTF-16). */
export function assertRangesWithin(text: string, items: Diagnostic[], what: string): void {
  const doc = TextDocument.create('file:///x', 'yaml', 0, text);
  for (const d of items) {
    for (const p of [d.range.start, d.range.end]) {
      const lineLength = doc.offsetAt({ line: p.line, character: Number.MAX_SAFE_INTEGER }) - doc.offsetAt({ line: p.line, character: 0 });
      if (p.line < 0 || p.line >= doc.lineCount || p.character < 0 || p.character > lineLength) {
        throw new Error(`${what}: ${d.code} at ${JSON.stringify(d.range)} lies outside the text (${doc.lineCount} lines; line ${p.line} has ${lineLength} characters)`);
      }
    }
  }
}
