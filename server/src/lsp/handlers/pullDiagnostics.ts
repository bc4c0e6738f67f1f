/**
 * Pull diagnostics (`textDocument/diagnostic`, `workspace/diagnostic`), offered when the client declares them. The
 * answers come from the diagnostics scheduler's results; results that did not change are answered as unchanged.
 */
import type { DocumentDiagnosticReport, WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver';
import { DocumentDiagnosticReportKind } from 'vscode-languageserver';
import { usesPullDiagnostics } from '../diagnostics';
import { Slices } from '../slices';
import { canonicalUri } from '../uris';
import type { Feature } from './feature';
import { guarded } from './feature';

export const pullDiagnostics: Feature = {
  capabilities: (client) => (usesPullDiagnostics(client) ? { diagnosticProvider: { identifier: 'kube-netlens', interFileDependencies: true, workspaceDiagnostics: true } } : {}),

  register(ctx) {
    if (!usesPullDiagnostics(ctx.capabilities)) return;
    const { state, diagnostics } = ctx;
    const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };

    ctx.connection.languages.diagnostics.on(
      guarded(ctx, 'textDocument/diagnostic', empty, (params) => {
        const key = canonicalUri(params.textDocument.uri);
        if (!state.workspace.hasFile(key) && !state.isOpen(key)) return empty;
        const result = diagnostics.resultFor(key);
        if (params.previousResultId === result.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: result.resultId };
        return { kind: DocumentDiagnosticReportKind.Full, resultId: result.resultId, items: result.items };
      }),
    );

    ctx.connection.languages.diagnostics.onWorkspace(
      guarded(ctx, 'workspace/diagnostic', { items: [] }, async (params, token) => {
        const previous = new Map(params.previousResultIds.map((p) => [canonicalUri(p.uri), p.value] as const));
        const items: WorkspaceDocumentDiagnosticReport[] = [];
        state.snapshot();
        // Computed in slices, checking for cancellation between them, so that other messages get through.
        const slices = new Slices();
        for (const key of state.workspace.uris()) {
          if ((await slices.pause()) && token.isCancellationRequested) return { items: [] };
          if (!state.workspace.hasFile(key)) continue;
          const result = diagnostics.resultFor(key, true);
          const before = previous.get(key);
          previous.delete(key);
          // A file never reported with nothing to report is left out, which keeps the answer small.
          if (before === undefined && result.items.length === 0) continue;
          const uri = state.clientUri(key);
          const version = state.appliedVersion(key);
          if (before === result.resultId) items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri, version, resultId: result.resultId });
          else items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version, resultId: result.resultId, items: result.items });
        }
        // Files the client knows about that left the workspace: their diagnostics are cleared.
        for (const key of previous.keys()) items.push({ kind: DocumentDiagnosticReportKind.Full, uri: state.clientUri(key), version: null, items: [] });
        return { items };
      }),
    );
  },
};
