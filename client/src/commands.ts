/**
 * The palette commands that talk to the server or the workspace: Check Workspace (a full check, then the Problems
 * panel) and the walkthrough's Open Example (an untitled copy of a bundled example, so that nothing on disk changes).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { checkSummary, type CheckResult } from './status';

export async function checkWorkspace(lc: LanguageClient, output: vscode.OutputChannel): Promise<void> {
  let result: CheckResult | null = null;
  try {
    result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Kubernetes: checking the workspace' }, () =>
      lc.sendRequest<CheckResult | null>('kubeNetlens/checkWorkspace'),
    );
  } catch (e) {
    output.appendLine(`Check Workspace failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  if (result) vscode.window.setStatusBarMessage(checkSummary(result), 20_000);
}

/** The examples the walkthrough opens, by path below the extension's `examples/`. */
const EXAMPLES = new Set(['mistakes/payments.yaml']);

export async function openExample(context: vscode.ExtensionContext, rel: unknown): Promise<void> {
  if (typeof rel !== 'string' || !EXAMPLES.has(rel)) return;
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'examples', ...rel.split('/')));
  const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: new TextDecoder().decode(bytes) });
  await vscode.window.showTextDocument(doc, { preview: false });
}
