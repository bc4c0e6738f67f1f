/**
 * textDocument/codeAction for our diagnostics (rule fixes, disable-for-this-line, documentation), and
 * workspace/executeCommand for the documentation command, which asks the client to open the rule's page.
 */
import { CodeActionKind, DiagnosticSeverity } from 'vscode-languageserver';
import type { CodeAction, Command, Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Diagnostic, SeverityName, SourceFile } from '../../core';
import { codeActions as coreCodeActions, SHOW_DOCUMENTATION_COMMAND } from '../../core';
import { SOURCE, toOffset } from '../convert';
import type { Feature } from './feature';
import { guarded, locate } from './feature';
import { toChanges } from './places';

const SEVERITIES: Record<DiagnosticSeverity, SeverityName> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

/** Our LSP diagnostic back to the core's: the rule id and the rule's data come from `data`, never from the message. */
function fromLsp(d: LspDiagnostic, file: SourceFile, uri: string): Diagnostic | null {
  if (d.source !== SOURCE) return null;
  const { rule, ...data } = (d.data ?? {}) as { rule?: unknown } & Record<string, unknown>;
  const id = typeof rule === 'string' ? rule : typeof d.code === 'string' ? d.code : null;
  if (!id) return null;
  return { uri, start: toOffset(file, d.range.start), end: toOffset(file, d.range.end), severity: SEVERITIES[d.severity ?? DiagnosticSeverity.Warning], rule: id, message: d.message, data };
}

export const codeAction: Feature = {
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] }, executeCommandProvider: { commands: [SHOW_DOCUMENTATION_COMMAND] } }),
  register(ctx) {
    const literals = ctx.capabilities.textDocument?.codeAction?.codeActionLiteralSupport !== undefined;
    ctx.connection.onCodeAction(
      guarded(ctx, 'textDocument/codeAction', null, (params): (CodeAction | Command)[] | null => {
        // A malformed request (no range) gets no actions rather than an internal error.
        if (!params.range?.start) return null;
        const at = locate(ctx.state, params.textDocument.uri, params.range.start);
        if (!at) return null;
        const pairs = (params.context?.diagnostics ?? []).map((lsp) => ({ lsp, core: fromLsp(lsp, at.file, at.uri) })).filter((p): p is { lsp: LspDiagnostic; core: Diagnostic } => p.core !== null);
        const actions = coreCodeActions(at.snapshot, at.uri, pairs.map((p) => p.core), (rule, e) => ctx.log.fileError(`quick fixes of ${rule}`, at.uri, e));
        const out: (CodeAction | Command)[] = [];
        for (const a of actions) {
          const command = a.command ? { title: a.title, command: a.command.command, arguments: a.command.arguments } : undefined;
          // A client without code action literals understands only commands; edits need a literal.
          if (!literals) {
            if (command) out.push(command);
            continue;
          }
          const lsp = pairs.find((p) => p.core === a.diagnostic)!.lsp;
          out.push({
            title: a.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [lsp],
            ...(a.edits ? { edit: { changes: toChanges(ctx.state, at.snapshot, a.edits) } } : {}),
            ...(a.preferred ? { isPreferred: true } : {}),
            ...(command ? { command } : {}),
          });
        }
        return out;
      }),
    );
    ctx.connection.onExecuteCommand(
      guarded(ctx, 'workspace/executeCommand', null, async (params) => {
        const url = params.arguments?.[0];
        if (params.command !== SHOW_DOCUMENTATION_COMMAND || typeof url !== 'string' || !/^https:\/\//.test(url)) return null;
        if (ctx.capabilities.window?.showDocument?.support) await ctx.connection.window.showDocument({ uri: url, external: true });
        else void ctx.connection.window.showInformationMessage(`Documentation: ${url}`);
        return null;
      }),
    );
  },
};
