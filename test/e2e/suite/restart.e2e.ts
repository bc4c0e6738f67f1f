import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { exampleUri, open, ours, ruleOf, waitForDiagnostics } from './util';

describe('Kubernetes Network Lens: Restart Server', () => {
  it('stops the server (its diagnostics go) and starts a new one, which checks open files again', async () => {
    const uri = exampleUri('mistakes/duplicate-ports.yaml');
    const has = (ds: vscode.Diagnostic[]): boolean => ds.some((d) => ruleOf(d) === 'service-port-duplicate');
    await open(uri);
    await waitForDiagnostics(uri, has, 'service-port-duplicate before the restart');
    let cleared = false;
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && ours(uri).length === 0) cleared = true;
    });
    try {
      await vscode.commands.executeCommand('kubeNetlens.restartServer');
      await waitForDiagnostics(uri, has, 'service-port-duplicate from the new server');
    } finally {
      listener.dispose();
    }
    assert.ok(cleared, 'the old server was stopped: its diagnostics were cleared');
  });
});
