/**
 * Offsets to LSP positions and core diagnostics to LSP diagnostics. Positions are computed here, once, with the
 * analysed file's LineIndex (UTF-16 columns, LSP's default encoding).
 */
import type { Diagnostic as LspDiagnostic, Position, Range } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Diagnostic, SeverityName, Snapshot, SourceFile } from '../core';
import { docsUrl } from '../core';

export const SOURCE = 'kube-netlens';

export function toRange(file: SourceFile, start: number, end: number): Range {
  const index = file.lineIndex();
  return { start: index.positionAt(start), end: index.positionAt(end) };
}

export function toOffset(file: SourceFile, position: Position): number {
  return file.lineIndex().offsetAt(position);
}

const SEVERITY: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * `data` carries the rule id and the rule's own facts, so that code actions are keyed on them, never on the
 * message. `clientUri` gives the URI spelling to send for a file.
 */
export function toLspDiagnostic(d: Diagnostic, snapshot: Snapshot, clientUri: (key: string) => string): LspDiagnostic {
  const file = snapshot.files.get(d.uri);
  const range = file ? toRange(file, d.start, d.end) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const related = (d.related ?? []).flatMap((r) => {
    const target = snapshot.files.get(r.uri);
    return target ? [{ location: { uri: clientUri(r.uri), range: toRange(target, r.start, r.end) }, message: r.message }] : [];
  });
  return {
    range,
    severity: SEVERITY[d.severity],
    source: SOURCE,
    code: d.rule,
    codeDescription: { href: docsUrl(d.rule) },
    message: d.message,
    ...(related.length ? { relatedInformation: related } : {}),
    data: { rule: d.rule, ...d.data },
  };
}
