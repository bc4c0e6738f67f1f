/**
 * Rule documentation in the editor: the docs/rules.md shipped in the extension, opened at the rule's section in
 * VS Code's Markdown preview, so that it works offline; the web page when the preview cannot open it. Diagnostic
 * links and the server's "Show documentation" actions are routed here (`docsMiddleware`).
 */
import * as vscode from 'vscode';
import type { Middleware, vsdiag } from 'vscode-languageclient/node';
import { docsUrl } from '../../server/src/core/rules/types';
import { ruleOfDocsUrl, rulesOfManifest } from './ruleDocs';

/** Registered in extension.ts. */
const SHOW_RULE_DOCUMENTATION = 'kubeNetlens.showRuleDocumentation';
/** The command of the server's "Show documentation for …" code actions, with the docs URL as its argument. */
const SERVER_SHOW_DOCUMENTATION = 'kubeNetlens.showDocumentation';

export async function showRuleDocumentation(context: vscode.ExtensionContext, output: vscode.OutputChannel, id?: string): Promise<void> {
  const rule = id ?? (await pickRule(context));
  if (!rule) return;
  const local = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md');
  try {
    await vscode.workspace.fs.stat(local);
    await vscode.commands.executeCommand('markdown.showPreview', local.with({ fragment: rule }));
  } catch (e) {
    output.appendLine(`Cannot preview ${local.fsPath} (${e instanceof Error ? e.message : String(e)}); opening the documentation on the web.`);
    await vscode.env.openExternal(vscode.Uri.parse(docsUrl(rule)));
  }
}

async function pickRule(context: vscode.ExtensionContext): Promise<string | undefined> {
  const items = rulesOfManifest(context.extension.packageJSON).map((r) => ({ label: r.id, description: r.severity, detail: r.title }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Kubernetes Network Lens: rule documentation', placeHolder: 'Type a rule id or words of its title', matchOnDetail: true });
  return picked?.label;
}

/** A link that runs the command (the Problems panel and the hover open a diagnostic's code link with commands allowed). */
function commandLink(rule: string): vscode.Uri {
  return vscode.Uri.parse(`command:${SHOW_RULE_DOCUMENTATION}?${encodeURIComponent(JSON.stringify([rule]))}`);
}

/** Points each diagnostic's rule link at the shipped documentation. The diagnostics are the client's fresh copies. */
function localise(diagnostics: readonly vscode.Diagnostic[]): void {
  for (const d of diagnostics) {
    if (typeof d.code !== 'object') continue;
    const rule = ruleOfDocsUrl(d.code.target.toString(true));
    if (rule) d.code = { value: d.code.value, target: commandLink(rule) };
  }
}

function localiseReports(reports: readonly (vsdiag.DocumentDiagnosticReport | vsdiag.WorkspaceDocumentDiagnosticReport)[]): void {
  for (const r of reports) if (r.kind === 'full') localise(r.items);
}

/** The client middleware that routes documentation links, pushed, pulled or from a code action, to the shipped docs. */
export function docsMiddleware(show: (rule: string) => Promise<void>): Middleware {
  return {
    handleDiagnostics: (uri, diagnostics, next) => {
      localise(diagnostics);
      next(uri, diagnostics);
    },
    provideDiagnostics: async (document, previousResultId, token, next) => {
      const report = await next(document, previousResultId, token);
      if (report) localiseReports([report]);
      return report;
    },
    provideWorkspaceDiagnostics: async (resultIds, token, reporter, next) => {
      const report = await next(resultIds, token, (chunk) => {
        if (chunk) localiseReports(chunk.items);
        reporter(chunk);
      });
      if (report) localiseReports(report.items);
      return report;
    },
    executeCommand: (command, args, next) => {
      const rule = command === SERVER_SHOW_DOCUMENTATION && typeof args[0] === 'string' ? ruleOfDocsUrl(args[0]) : undefined;
      return rule ? show(rule) : next(command, args);
    },
  };
}
