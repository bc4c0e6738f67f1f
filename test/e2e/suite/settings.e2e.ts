import assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { exampleUri, open, ruleOf, waitForDiagnostics } from './util';

const RULE = 'metadata-outdented';

describe('settings reach the server', () => {
  const uri = exampleUri('seed/01-pod-two-containers.yaml');
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('kubeNetlens');
  // User settings live in the test's own profile; workspace settings would write examples/.vscode to disk.
  const setRules = (value: unknown): Thenable<void> => config().update('rules', value, vscode.ConfigurationTarget.Global);
  after(() => setRules(undefined));

  it('kubeNetlens.rules changes a rule severity, turns it off, and back', async () => {
    await open(uri);
    const severityOf = (ds: vscode.Diagnostic[]): vscode.DiagnosticSeverity | undefined => ds.find((d) => ruleOf(d) === RULE)?.severity;
    await waitForDiagnostics(uri, (ds) => severityOf(ds) === vscode.DiagnosticSeverity.Error, `${RULE} as an error`);

    await setRules({ [RULE]: { severity: 'warning' } });
    await waitForDiagnostics(uri, (ds) => severityOf(ds) === vscode.DiagnosticSeverity.Warning, `${RULE} as a warning`);

    await setRules({ [RULE]: { severity: 'off' } });
    await waitForDiagnostics(uri, (ds) => severityOf(ds) === undefined, `${RULE} off`);

    await setRules(undefined);
    const ds = await waitForDiagnostics(uri, (ds) => severityOf(ds) === vscode.DiagnosticSeverity.Error, `${RULE} as an error again`);
    assert.equal(ds.filter((d) => ruleOf(d) === RULE).length, 1);
  });
});
