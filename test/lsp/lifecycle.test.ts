import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spawn } from 'node:child_process';
import { StreamMessageReader, StreamMessageWriter, TextDocumentSyncKind, createProtocolConnection } from 'vscode-languageserver-protocol/node';
import type { StatusParams } from './client';
import { SERVER, deployment, service, withClient } from './client';

test('initialize announces incremental sync and workspace folders; shutdown and exit end the process', async () => {
  await withClient({}, async (client) => {
    const caps = client.initializeResult.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental });
    assert.deepEqual(caps.workspace?.workspaceFolders, { supported: true, changeNotifications: true });
    assert.equal(caps.diagnosticProvider, undefined, 'a client that does not pull gets pushed diagnostics');
    assert.equal(client.initializeResult.serverInfo?.name, 'kube-netlens');
    await client.waitReady();
    // The server asked for its settings, scoped to the folder, and registered its file watchers.
    const config = client.ofMethod('workspace/configuration')[0].params as { items: { section: string; scopeUri?: string }[] };
    assert.deepEqual(config.items, [{ section: 'kubeNetlens' }, { section: 'kubeNetlens', scopeUri: client.uri('') }]);
    const registrations = client.ofMethod('client/registerCapability').flatMap((r) => (r.params as { registrations: { method: string; registerOptions: { watchers?: { globPattern: string }[] } }[] }).registrations);
    const watchers = registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles')?.registerOptions.watchers?.map((w) => w.globPattern);
    assert.deepEqual(watchers?.slice(0, 3), ['**/*.{yaml,yml}', '**/Kustomization', '**/templates/**/*.tpl']);
    assert.ok(registrations.some((r) => r.method === 'workspace/didChangeConfiguration'));
  });
});

test('indexing reports workDoneProgress and kubeNetlens/status, with manifest and link counts', async () => {
  const files: Record<string, string> = { 'app/deploy.yaml': deployment('web'), 'app/svc.yaml': service('web'), 'README.md': '# not a manifest', 'values.yaml': 'replicas: 3\n' };
  for (let i = 0; i < 30; i++) files[`more/cm-${i}.yaml`] = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\ndata: {}\n`;
  await withClient({ files }, async (client) => {
    const ready = await client.waitReady();
    // 33 YAML files; 32 hold Kubernetes objects (values.yaml does not); the Service selects the Deployment's pods.
    assert.deepEqual(ready, { state: 'ready', indexed: 33, total: 33, files: 33, documents: 34, resources: 33, manifests: 32, links: 1 });
    const statuses = client.ofMethod('kubeNetlens/status').map((r) => r.params as StatusParams);
    assert.equal(statuses[0].state, 'indexing', 'the first status says indexing started');

    const create = client.ofMethod('window/workDoneProgress/create')[0];
    assert.ok(create, 'the server creates a progress token');
    const token = (create.params as { token: string }).token;
    const progress = client.ofMethod('$/progress').filter((r) => (r.params as { token: string }).token === token).map((r) => (r.params as { value: { kind: string; message?: string; percentage?: number } }).value);
    assert.equal(progress[0].kind, 'begin');
    assert.equal(progress.at(-1)!.kind, 'end');
    const reports = progress.filter((p) => p.kind === 'report');
    assert.ok(reports.some((p) => p.message === 'Indexing 33 manifests…'), JSON.stringify(reports));
    assert.equal(reports.at(-1)!.percentage, 100);
    assert.ok(reports.every((p, i) => i === 0 || p.percentage! >= reports[i - 1].percentage!), 'the percentage never goes back');

    // After an edit, the status is sent again with the new counts.
    const since = client.mark();
    client.open('app/svc.yaml', service('nothing'));
    const after = await client.waitFor('status after the edit', () => client.received.find((r) => r.seq > since && r.method === 'kubeNetlens/status')?.params as StatusParams | undefined);
    assert.equal(after.state, 'ready');
    assert.equal(after.links, 0);
  });
});

test('without workspace folders, an opened document is still analysed', async () => {
  await withClient({ folder: false }, async (client) => {
    client.open('svc.yaml', service('web'));
    const p = await client.waitForDiagnostics('svc.yaml', 0);
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['service-selector-no-match']);
  });
});

test('a request before initialize gets ServerNotInitialized (-32002); after shutdown, InvalidRequest (-32600); exit still ends it', async () => {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const code = async (method: string, params: unknown) => {
    try {
      await connection.sendRequest(method, params);
      return 'answered';
    } catch (e) {
      return (e as { code: number }).code;
    }
  };
  const hover = { textDocument: { uri: 'file:///w/a.yaml' }, position: { line: 0, character: 0 } };
  try {
    assert.equal(await code('textDocument/hover', hover), -32002);
    assert.equal(await code('shutdown', null), -32002);
    // A notification before initialize is dropped, never answered: the next answer is still initialize's.
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///w/a.yaml', languageId: 'yaml', version: 1, text: 'kind: Service\n' } });
    const init = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null })) as { serverInfo: { name: string } };
    assert.equal(init.serverInfo.name, 'kube-netlens');
    await connection.sendNotification('initialized', {});
    assert.equal(await code('textDocument/hover', hover), 'answered');
    assert.equal(await code('shutdown', null), 'answered');
    assert.equal(await code('textDocument/hover', hover), -32600);
    assert.equal(await code('shutdown', null), -32600);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    await connection.sendNotification('exit');
    assert.equal(await exited, 0, 'exit after shutdown ends the process with status 0');
  } finally {
    connection.dispose();
    child.kill();
  }
});
