/** Helpers for the extension tests: where things are, and waiting for our diagnostics with a deadline. */
import { spawnSync } from 'node:child_process';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'kube-netlens.kube-netlens';

export function extensionPath(): string {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return ext.extensionPath;
}

/** A file of the workspace (the repository's `examples/` folder). */
export function exampleUri(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, path);
}

/** A diagnostic reduced to what the tests compare: rule id, 0-based range and severity. */
export interface Finding {
  rule: string;
  range: [number, number, number, number];
  severity: vscode.DiagnosticSeverity;
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export function finding(d: vscode.Diagnostic): Finding {
  const r = d.range;
  return { rule: ruleOf(d), range: [r.start.line, r.start.character, r.end.line, r.end.character], severity: d.severity };
}

export const byPosition = (a: Finding, b: Finding): number => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.rule.localeCompare(b.rule);

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'kube-netlens');
}

/**
 * Waits until our diagnostics for `uri` satisfy `ok`, polling until the deadline; fails with what was last seen.
 * No fixed sleeps: the test goes on as soon as the editor shows the expected state.
 */
export async function waitForDiagnostics(uri: vscode.Uri, ok: (ds: vscode.Diagnostic[]) => boolean, what: string, ms = 60_000): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const ds = ours(uri);
    if (ok(ds)) return ds;
    if (Date.now() > deadline) {
      throw new Error(`${what}: not seen within ${ms} ms in ${vscode.workspace.asRelativePath(uri)}; last seen: ${JSON.stringify(ds.map(finding))}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

interface CliDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  rule: string;
}

/** What `kube-netlens check --format json` reports for the workspace, by path relative to it. */
export function cliFindings(): Map<string, Finding[]> {
  const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
  // In VS Code the extension host is Electron run as Node (ELECTRON_RUN_AS_NODE); in code-server it is Node.
  const env = { ...process.env, ELECTRON_RUN_AS_NODE: '1' };
  const r = spawnSync(process.execPath, [`${extensionPath()}/dist/cli.js`, 'check', '.', '--format', 'json', '--fail-on', 'never'], { cwd: folder, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`kube-netlens check failed (${r.status}): ${r.stderr}`);
  const out = new Map<string, Finding[]>();
  for (const d of (JSON.parse(r.stdout) as { diagnostics: CliDiagnostic[] }).diagnostics) {
    const list = out.get(d.file) ?? [];
    list.push({ rule: d.rule, range: [d.line - 1, d.column - 1, d.endLine - 1, d.endColumn - 1], severity: SEVERITY[d.severity] });
    out.set(d.file, list);
  }
  return out;
}
