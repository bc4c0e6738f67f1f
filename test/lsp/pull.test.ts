import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ClientCapabilities, DocumentDiagnosticReport, WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { DocumentDiagnosticReportKind } from 'vscode-languageserver-protocol/node';
import { NO_MATCH, PULL_CAPABILITIES, deployment, rules, service, withClient } from './client';

test('a client that pulls gets textDocument/diagnostic and workspace/diagnostic, a refresh after cross-file changes, and no pushes', async () => {
  await withClient({ capabilities: PULL_CAPABILITIES, files: { 'deploy.yaml': deployment('web'), 'svc.yaml': service('web'), 'other.yaml': service('nothing') } }, async (client) => {
    assert.deepEqual(client.initializeResult.capabilities.diagnosticProvider, { identifier: 'kube-netlens', interFileDependencies: true, workspaceDiagnostics: true });
    await client.waitReady();
    const pullDoc = (previousResultId?: string) =>
      client.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: client.uri('deploy.yaml') }, ...(previousResultId ? { previousResultId } : {}) });

    // The workspace pull reports the closed file with a finding, and leaves out files without any.
    const ws = await client.connection.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    assert.deepEqual(ws.items.map((i) => [i.uri, i.kind === 'full' ? rules(i.items) : 'unchanged']), [[client.uri('other.yaml'), [NO_MATCH]]]);
    const again = await client.connection.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: ws.items.map((i) => ({ uri: i.uri, value: i.resultId! })) });
    assert.deepEqual(again.items.map((i) => i.kind), [DocumentDiagnosticReportKind.Unchanged]);

    client.open('deploy.yaml', deployment('web'));
    const first = await pullDoc();
    assert.equal(first.kind, DocumentDiagnosticReportKind.Full);
    assert.deepEqual(first.kind === 'full' ? first.items : null, []);
    const unchanged = await pullDoc(first.resultId);
    assert.deepEqual(unchanged, { kind: DocumentDiagnosticReportKind.Unchanged, resultId: first.resultId });

    // Changing the template labels in deploy.yaml breaks the link from svc.yaml: the server asks for a refresh.
    const since = client.mark();
    client.change('deploy.yaml', [{ range: { start: { line: 11, character: 13 }, end: { line: 11, character: 16 } }, text: 'api' }]);
    await client.waitFor('workspace/diagnostic/refresh', () => client.received.some((r) => r.seq > since && r.method === 'workspace/diagnostic/refresh'));
    const edited = await pullDoc(first.resultId);
    assert.equal(edited.kind, DocumentDiagnosticReportKind.Full);
    assert.deepEqual(edited.kind === 'full' ? rules(edited.items) : null, ['workload-selector-mismatch']);
    const ws2 = await client.connection.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: ws.items.map((i) => ({ uri: i.uri, value: i.resultId! })) });
    const svc = ws2.items.find((i) => i.uri === client.uri('svc.yaml'));
    assert.deepEqual(svc && svc.kind === 'full' ? rules(svc.items) : null, [NO_MATCH]);
    assert.equal(ws2.items.find((i) => i.uri === client.uri('deploy.yaml'))?.version, 2, 'an open document is reported with its version');

    assert.equal(client.ofMethod('textDocument/publishDiagnostics').length, 0, 'diagnostics are never pushed to a pulling client');
  });
});

test('a settings change asks for a refresh even when a workspace pull computed the open document\'s new result first', async () => {
  // VS Code ignores a workspace pull's answer for a document it pulls by itself (an open one in a tab). When that
  // answer was the first to see the new settings, the analysis that follows finds nothing changed; without a refresh
  // the editor keeps the old diagnostics (the settings end-to-end test's flake). Settings pushed with
  // didChangeConfiguration apply within the same turn, so one write puts the workspace pull before the analysis.
  const rule = 'metadata-outdented';
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\nname: pod-1\nspec:\n  containers:\n  - name: c\n    image: nginx\n';
  const pushesSettings: ClientCapabilities = { ...PULL_CAPABILITIES, workspace: { ...PULL_CAPABILITIES.workspace, configuration: false } };
  await withClient({ capabilities: pushesSettings, files: { 'pod.yaml': pod } }, async (client) => {
    await client.waitReady();
    client.open('pod.yaml', pod);
    const pullDoc = (previousResultId?: string) =>
      client.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: client.uri('pod.yaml') }, ...(previousResultId ? { previousResultId } : {}) });
    const first = await pullDoc();
    assert.deepEqual(first.kind === 'full' ? rules(first.items) : null, [rule]);
    const since = client.mark();
    client.writeInOneWrite([
      { method: 'workspace/didChangeConfiguration', params: { settings: { kubeNetlens: { rules: { [rule]: { severity: 'off' } } } } } },
      { id: 'workspace-pull', method: 'workspace/diagnostic', params: { previousResultIds: [] } },
    ]);
    await client.waitFor('workspace/diagnostic/refresh', () => client.received.some((r) => r.seq > since && r.method === 'workspace/diagnostic/refresh'));
    const after = await pullDoc(first.resultId);
    assert.deepEqual(after.kind === 'full' ? rules(after.items) : after.kind, []);
  });
});
