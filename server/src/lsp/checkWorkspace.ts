/**
 * The `kubeNetlens/checkWorkspace` request behind the Check Workspace command: every folder is read again from disk,
 * as `kube-netlens check` would read it, every file is checked, and the answer counts the findings by severity with
 * the workspace's counts. The diagnostics themselves reach the Problems panel the usual way (pushed or pulled).
 */
import type { Connection } from 'vscode-languageserver';
import { DiagnosticSeverity, RequestType0 } from 'vscode-languageserver';
import type { DiagnosticsScheduler } from './diagnostics';
import type { Indexer } from './indexing';
import type { Log } from './log';
import { Slices } from './slices';
import type { ServerState } from './state';
import type { StatusReporter, WorkspaceCounts } from './status';

export interface CheckWorkspaceResult extends WorkspaceCounts {
  errors: number;
  warnings: number;
  information: number;
  hints: number;
  ms: number;
}

export const CheckWorkspaceRequest = new RequestType0<CheckWorkspaceResult | null, void>('kubeNetlens/checkWorkspace');

export interface CheckWorkspaceDeps {
  connection: Connection;
  state: ServerState;
  indexer: Indexer;
  diagnostics: DiagnosticsScheduler;
  status: StatusReporter;
  log: Log;
}

export function registerCheckWorkspace(deps: CheckWorkspaceDeps): void {
  deps.connection.onRequest(CheckWorkspaceRequest, async () => {
    try {
      return await checkWorkspace(deps);
    } catch (e) {
      deps.log.error('kube-netlens: Check Workspace failed', e);
      return null;
    }
  });
}

async function checkWorkspace({ state, indexer, diagnostics, status, log }: CheckWorkspaceDeps): Promise<CheckWorkspaceResult> {
  const t0 = Date.now();
  const folders = state.workspaceFolders();
  // Without a folder there is nothing to read, and no run would ever complete: the open files are checked as they are.
  if (folders.length > 0) {
    const indexed = indexer.nextIndexed();
    indexer.cancel();
    indexer.index([...folders]);
    await indexed;
  }
  const found = { errors: 0, warnings: 0, information: 0, hints: 0 };
  const slices = new Slices();
  for (const key of state.workspace.uris()) {
    await slices.pause();
    for (const d of diagnostics.resultFor(key).items) {
      if (d.severity === DiagnosticSeverity.Error) found.errors++;
      else if (d.severity === DiagnosticSeverity.Warning) found.warnings++;
      else if (d.severity === DiagnosticSeverity.Information) found.information++;
      else found.hints++;
    }
  }
  const result = { ...status.counts(state.snapshot()), ...found, ms: Date.now() - t0 };
  log.info(`Check Workspace: ${result.errors} errors, ${result.warnings} warnings, ${result.information} information, ${result.hints} hints in ${result.files} files (${result.ms} ms)`);
  return result;
}
