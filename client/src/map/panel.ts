/**
 * The network map's webview panel: the command that opens it beside the editor, the page it loads (the bundled
 * dist/map.js under a nonce CSP), and the host side of the conversation. It asks the server for the map, sends it to
 * the page again after edits, reveals the YAML of what the user clicks, and tells the page which object the editor's
 * cursor is in.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { randomBytes } from 'node:crypto';
import { mapPage } from './page';
import type { FocusChoice, MapData, MapPlace, MapRequest, ToHost, ToPage } from './protocol';
import { NETWORK_MAP_REQUEST } from './protocol';

/** Edits come in bursts; the map is asked for again once they pause. */
const REFRESH_AFTER_MS = 250;

export function registerNetworkMap(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand('kubeNetlens.showNetworkMap', () => MapPanel.show(context, client)));
}

class MapPanel {
  private static current: MapPanel | undefined;
  private map: MapData = { nodes: [], edges: [], groups: [] };
  private focus: MapRequest['focus'] = undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** The editor column to reveal YAML in: the one the user last worked in. */
  private column = vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One;

  static show(context: vscode.ExtensionContext, client: LanguageClient): void {
    if (MapPanel.current) return MapPanel.current.panel.reveal(vscode.ViewColumn.Beside, true);
    const dist = vscode.Uri.joinPath(context.extensionUri, 'dist');
    const panel = vscode.window.createWebviewPanel('kubeNetlens.networkMap', 'Network Map', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [dist], retainContextWhenHidden: true });
    MapPanel.current = new MapPanel(panel, client, dist);
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly client: LanguageClient,
    dist: vscode.Uri,
  ) {
    const webview = panel.webview;
    webview.html = mapPage({
      title: 'Network Map',
      nonce: randomBytes(16).toString('base64'),
      script: { src: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'map.js')).toString() },
      styles: { href: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'map.css')).toString() },
      cspSource: webview.cspSource,
    });
    this.disposables.push(
      webview.onDidReceiveMessage((m: ToHost) => this.receive(m)),
      panel.onDidDispose(() => this.dispose()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.languageId === 'yaml' && e.contentChanges.length > 0) this.refreshSoon();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => this.highlight(e.textEditor)),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e?.viewColumn) this.column = e.viewColumn;
        if (this.focus?.kind === 'file') this.refreshSoon();
      }),
    );
  }

  private receive(m: ToHost): void {
    if (m.type === 'ready') void this.refresh();
    else if (m.type === 'reveal') void this.reveal(m.place);
    else if (m.type === 'focus') {
      this.focus = focusFor(m.focus, m.selected, vscode.window.activeTextEditor);
      void this.refresh();
    }
  }

  private refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_AFTER_MS);
  }

  private async refresh(): Promise<void> {
    try {
      // The server takes every pending edit into the snapshot before it answers.
      this.map = await this.client.sendRequest<MapData>(NETWORK_MAP_REQUEST, { focus: this.focus } satisfies MapRequest);
    } catch {
      return; // The server is restarting: the next edit or the next open asks again.
    }
    this.post({ type: 'map', map: this.map });
    const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors[0];
    if (editor) this.highlight(editor);
  }

  /** The innermost object of the map that holds the cursor. */
  private highlight(editor: vscode.TextEditor): void {
    if (editor.document.languageId !== 'yaml') return;
    const uri = editor.document.uri.toString();
    const at = editor.selection.active;
    const holding = this.map.nodes.filter((n) => n.place && sameUri(n.place.uri, uri) && contains(n.place, at));
    holding.sort((a, b) => a.place!.range.end.line - a.place!.range.start.line - (b.place!.range.end.line - b.place!.range.start.line));
    this.post({ type: 'highlight', id: holding[0]?.id ?? null });
  }

  private async reveal(place: MapPlace): Promise<void> {
    const range = new vscode.Range(place.range.start.line, place.range.start.character, place.range.end.line, place.range.end.character);
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(place.uri), { viewColumn: this.column, selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private post(m: ToPage): void {
    void this.panel.webview.postMessage(m);
  }

  private dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    MapPanel.current = undefined;
  }
}

function focusFor(choice: FocusChoice, selected: string | null, editor: vscode.TextEditor | undefined): MapRequest['focus'] {
  if (choice === 'file' && editor) return { kind: 'file', uri: editor.document.uri.toString() };
  if (choice === 'object' && selected) return { kind: 'object', target: selected, hops: 2 };
  return undefined;
}

const sameUri = (a: string, b: string) => a === b || vscode.Uri.parse(a).toString() === b;

function contains(place: MapPlace, at: vscode.Position): boolean {
  const { start, end } = place.range;
  return (at.line > start.line || (at.line === start.line && at.character >= start.character)) && (at.line < end.line || (at.line === end.line && at.character <= end.character));
}
