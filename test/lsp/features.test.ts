/**
 * Round trips of the editor features over stdio: hover, definition, references, completion, code actions and the
 * documentation command, code lenses, symbols and rename, against the built server.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ClientCapabilities, CodeAction, CompletionList, DocumentSymbol, Hover, Location, SymbolInformation, WorkspaceEdit, CodeLens } from 'vscode-languageserver-protocol/node';
import { PUSH_CAPABILITIES, withClient } from './client';
import type { TestClient } from './client';

const CAPS: ClientCapabilities = {
  ...PUSH_CAPABILITIES,
  window: { ...PUSH_CAPABILITIES.window, showDocument: { support: true } },
  textDocument: {
    ...PUSH_CAPABILITIES.textDocument,
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
    rename: { prepareSupport: true },
  },
};

const SVC = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: http
`;

const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx
          ports:
            - name: http
              containerPort: 8080
`;

const at = (line: number, character: number) => ({ line, character });

async function withApp(caps: ClientCapabilities, body: (client: TestClient) => Promise<void>) {
  await withClient({ files: { 'svc.yaml': SVC, 'deploy.yaml': DEPLOY }, capabilities: caps }, async (client) => {
    await client.waitReady();
    client.open('svc.yaml', SVC);
    await client.waitForDiagnostics('svc.yaml', 0);
    await body(client);
  });
}

test('the server announces every feature it offers', async () => {
  await withApp(CAPS, async (client) => {
    const caps = client.initializeResult.capabilities;
    assert.equal(caps.hoverProvider, true);
    assert.equal(caps.definitionProvider, true);
    assert.equal(caps.referencesProvider, true);
    assert.ok(caps.completionProvider);
    assert.ok(caps.codeActionProvider);
    assert.deepEqual(caps.executeCommandProvider, { commands: ['kubeNetlens.showDocumentation'] });
    assert.ok(caps.codeLensProvider);
    assert.ok(caps.documentSymbolProvider);
    assert.equal(caps.workspaceSymbolProvider, true);
    assert.deepEqual(caps.renameProvider, { prepareProvider: true });
  });
});

test('hover in markdown, definition and references across files', async () => {
  await withApp(CAPS, async (client) => {
    const doc = { uri: client.uri('svc.yaml') };
    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: doc, position: at(3, 8) });
    const md = (hover.contents as { kind: string; value: string });
    assert.equal(md.kind, 'markdown');
    assert.match(md.value, /`80\/TCP` → targetPort `http` → 8080 \(container `web` in deployment\/web\)/);
    assert.deepEqual(hover.range, { start: at(3, 8), end: at(3, 11) });
    const defs = await client.connection.sendRequest<Location[]>('textDocument/definition', { textDocument: doc, position: at(9, 20) });
    assert.deepEqual(defs, [{ uri: client.uri('deploy.yaml'), range: { start: at(17, 20), end: at(17, 24) } }]);
    const refs = await client.connection.sendRequest<Location[]>('textDocument/references', { textDocument: { uri: client.uri('deploy.yaml') }, position: at(11, 9), context: { includeDeclaration: false } });
    assert.deepEqual(refs, [{ uri: client.uri('svc.yaml'), range: { start: at(6, 4), end: at(6, 12) } }]);
  });
});

test('hover falls back to plain text for clients without markdown', async () => {
  const plain = { ...CAPS, textDocument: { ...CAPS.textDocument, hover: { contentFormat: ['plaintext'] } } } as ClientCapabilities;
  await withApp(plain, async (client) => {
    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri: client.uri('svc.yaml') }, position: at(3, 8) });
    const value = (hover.contents as { kind: string; value: string });
    assert.equal(value.kind, 'plaintext');
    assert.ok(!value.value.includes('**') && !value.value.includes('`'), value.value);
    assert.match(value.value, /Service default\/web/);
  });
});

test('completion replaces the word being typed', async () => {
  await withApp(CAPS, async (client) => {
    const text = SVC.replace('targetPort: http', 'targetPort: ht');
    const since = client.mark();
    client.change('svc.yaml', [{ text }]);
    await client.waitForDiagnostics('svc.yaml', since);
    const list = await client.connection.sendRequest<CompletionList>('textDocument/completion', { textDocument: { uri: client.uri('svc.yaml') }, position: at(9, 20) });
    assert.deepEqual(list.items.map((i) => i.label), ['http', '8080']);
    assert.deepEqual((list.items[0].textEdit as { range: unknown }).range, { start: at(9, 18), end: at(9, 20) });
  });
});

test('code actions: the rule fix, disable-for-this-line, and the documentation command opening the page', async () => {
  await withApp(CAPS, async (client) => {
    const typo = SVC.replace('app: web', 'app: wbe');
    const since = client.mark();
    client.change('svc.yaml', [{ text: typo }]);
    const published = await client.waitForDiagnostics('svc.yaml', since, (d) => d.length > 0);
    const diagnostic = published.diagnostics.find((d) => d.code === 'service-selector-no-match')!;
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: client.uri('svc.yaml') }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    assert.deepEqual(actions.map((a) => a.title), [
      "Change the selector's app to 'web'",
      'Disable service-selector-no-match for this line',
      'Show documentation for service-selector-no-match',
    ]);
    assert.deepEqual(actions[0].edit, { changes: { [client.uri('svc.yaml')]: [{ range: { start: at(6, 9), end: at(6, 12) }, newText: 'web' }] } });
    assert.equal(actions[0].isPreferred, true);
    assert.deepEqual(actions[1].edit, { changes: { [client.uri('svc.yaml')]: [{ range: { start: at(6, 0), end: at(6, 0) }, newText: '    # kube-netlens-disable-next-line service-selector-no-match\n' }] } });
    const shown: unknown[] = [];
    client.connection.onRequest('window/showDocument', (p: unknown) => {
      shown.push(p);
      return { success: true };
    });
    await client.connection.sendRequest('workspace/executeCommand', actions[2].command);
    assert.deepEqual(shown, [{ uri: 'https://github.com/kube-netlens/kube-netlens/blob/main/docs/rules.md#service-selector-no-match', external: true }]);
  });
});

test('code lenses, document symbols and workspace symbols', async () => {
  await withApp(CAPS, async (client) => {
    const lenses = await client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: client.uri('svc.yaml') } });
    assert.equal(lenses.length, 1);
    // The answer carries no locations: they come with the resolution of the lens the editor shows.
    assert.equal(lenses[0].command, undefined);
    const lens = await client.connection.sendRequest<CodeLens>('codeLens/resolve', lenses[0]);
    assert.equal(lens.command!.title, 'selects 1 pod template: deployment/web');
    assert.equal(lens.command!.command, 'kubeNetlens.showReferences');
    assert.deepEqual(lens.command!.arguments, [client.uri('svc.yaml'), at(0, 0), [{ uri: client.uri('deploy.yaml'), range: { start: at(11, 8), end: at(11, 16) } }]]);
    const unknown = { range: lenses[0].range, data: { nonsense: true } };
    assert.deepEqual(await client.connection.sendRequest<CodeLens>('codeLens/resolve', unknown), unknown);
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri('svc.yaml') } });
    assert.deepEqual(symbols.map((s) => [s.name, s.children?.map((c) => c.name)]), [['Service default/web', ['80/TCP']]]);
    const found = await client.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: 'web' });
    assert.deepEqual(found.map((s) => `${s.name} ${s.containerName} ${s.location.uri === client.uri('deploy.yaml') ? 'deploy' : 'svc'}`).sort(), ['web Deployment default deploy', 'web Service default svc']);
  });
});

test('rename across files, and a refused rename answers with the reason', async () => {
  await withApp(CAPS, async (client) => {
    const doc = { uri: client.uri('svc.yaml') };
    const prepared = await client.connection.sendRequest('textDocument/prepareRename', { textDocument: doc, position: at(6, 10) });
    assert.deepEqual(prepared, { range: { start: at(6, 9), end: at(6, 12) }, placeholder: 'web' });
    const edit = await client.connection.sendRequest<WorkspaceEdit>('textDocument/rename', { textDocument: doc, position: at(6, 10), newName: 'site' });
    assert.deepEqual(Object.keys(edit.changes!).sort(), [client.uri('deploy.yaml'), client.uri('svc.yaml')].sort());
    assert.equal(edit.changes![client.uri('deploy.yaml')].length, 2);
    await assert.rejects(client.connection.sendRequest('textDocument/prepareRename', { textDocument: doc, position: at(3, 8) }), /Nothing to rename here/);
  });
});
