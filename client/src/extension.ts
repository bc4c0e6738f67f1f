/**
 * The VS Code client: starts the bundled language server and shows its status. All analysis happens in the server.
 *
 * It registers no YAML language features of its own (no language, schema, formatter or completion provider), so that
 * it sits next to Red Hat's YAML extension: both servers attach to the same `yaml` documents, and ours only adds
 * diagnostics (source `kube-netlens`) and the features the server announces.
 */
import * as vscode from 'vscode';
import { type LanguageClient, type LanguageClientOptions, type ServerOptions, State, TransportKind } from 'vscode-languageclient/node';
import { NetlensClient } from './client';
import { checkWorkspace, openExample } from './commands';
import type { Location as LspLocation, Position as LspPosition } from 'vscode-languageclient/node';
import { docsMiddleware, showRuleDocumentation } from './docs';
import { readServerStatus, RUNNING, STARTING, STOPPED, statusView, type StatusView } from './status';
import { registerNetworkMap } from './map/panel';

const CLIENT_ID = 'kubeNetlens';
const CLIENT_NAME = 'Kubernetes Network Lens';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel(CLIENT_NAME);
  const item = vscode.window.createStatusBarItem('kubeNetlens.status', vscode.StatusBarAlignment.Left, 0);
  item.name = CLIENT_NAME;
  item.command = 'kubeNetlens.showOutput';
  const show = (v: StatusView): void => {
    item.text = v.text;
    item.tooltip = v.tooltip;
    item.show();
  };
  show(STARTING);
  context.subscriptions.push(output, item);

  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'untitled', language: 'yaml' },
      // The Kubernetes extension sets `helm` on chart files; only the YAML ones are manifests (not _helpers.tpl, NOTES.txt).
      { scheme: 'file', language: 'helm', pattern: '**/*.{yaml,yml}' },
    ],
    synchronize: { configurationSection: 'kubeNetlens' },
    // A function, so that a restart after the user trusts the workspace sends the new value.
    initializationOptions: () => ({ trusted: vscode.workspace.isTrusted }),
    outputChannel: output,
    middleware: docsMiddleware((rule) => showRuleDocumentation(context, output, rule)),
  };
  const lc = new NetlensClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
  client = lc;
  registerNetworkMap(context, lc);

  // The server may report its status before the client announces that it is running: keep the newer text.
  let reported = false;
  // Handlers registered on the client survive restarts: the client re-installs them on every new connection.
  lc.onNotification('kubeNetlens/status', (params: unknown) => {
    const status = readServerStatus(params);
    if (!status) return output.appendLine(`Ignored a kubeNetlens/status notification with unexpected params: ${JSON.stringify(params)}`);
    reported = true;
    show(statusView(status));
  });
  context.subscriptions.push(
    lc.onDidChangeState((e) => {
      if (e.newState === State.Running) {
        if (!reported) show(RUNNING);
      } else {
        reported = false;
        show(e.newState === State.Starting ? STARTING : STOPPED);
      }
    }),
    vscode.commands.registerCommand('kubeNetlens.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('kubeNetlens.restartServer', () => restart(lc, output)),
    vscode.commands.registerCommand('kubeNetlens.checkWorkspace', () => checkWorkspace(lc, output)),
    vscode.commands.registerCommand('kubeNetlens.openExample', (rel: unknown) => openExample(context, rel)),
    vscode.commands.registerCommand('kubeNetlens.showRuleDocumentation', (rule?: string) => showRuleDocumentation(context, output, typeof rule === 'string' ? rule : undefined)),
    // Code lenses ("selects 3 pods") carry LSP JSON; the editor's references peek wants its own types.
    vscode.commands.registerCommand('kubeNetlens.showReferences', (uri: string, position: LspPosition, locations: LspLocation[]) =>
      vscode.commands.executeCommand(
        'editor.action.showReferences',
        vscode.Uri.parse(uri),
        lc.protocol2CodeConverter.asPosition(position),
        locations.map((l) => lc.protocol2CodeConverter.asLocation(l)),
      ),
    ),
    // The server runs no user code, but it is told whether the workspace is trusted; start it again once it is.
    vscode.workspace.onDidGrantWorkspaceTrust(() => restart(lc, output)),
  );

  try {
    await lc.start();
  } catch (e) {
    output.appendLine(`The language server did not start: ${e instanceof Error ? e.message : String(e)}`);
    show(STOPPED);
  }
}

async function restart(lc: LanguageClient, output: vscode.OutputChannel): Promise<void> {
  output.appendLine('Restarting the language server.');
  try {
    await (lc.isRunning() ? lc.restart() : lc.start());
  } catch (e) {
    output.appendLine(`The language server did not restart: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
