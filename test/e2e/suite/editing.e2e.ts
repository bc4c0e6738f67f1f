import assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { exampleUri, finding, open, ruleOf, waitForDiagnostics } from './util';

const NO_MATCH = 'service-selector-no-match';

async function replace(uri: vscode.Uri, line: number, from: string, to: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const col = doc.lineAt(line).text.indexOf(from);
  assert.ok(col >= 0, `'${from}' on line ${line + 1}`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(line, col, line, col + from.length), to);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applied');
}

describe('editing updates diagnostics', () => {
  const payments = exampleUri('mistakes/payments.yaml');
  // Leave the file as it is on disk: the edits are never saved.
  after(async () => {
    await open(payments);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('fixing the selector typo in payments.yaml clears the warning, and bringing it back restores it', async () => {
    await open(payments);
    const [d] = await waitForDiagnostics(payments, (ds) => ds.some((d) => ruleOf(d) === NO_MATCH), NO_MATCH);
    assert.deepEqual(finding(d), { rule: NO_MATCH, range: [26, 4, 26, 17], severity: vscode.DiagnosticSeverity.Warning });
    assert.match(d.message, /app=paymnets/);

    await replace(payments, 26, 'paymnets', 'payments');
    await waitForDiagnostics(payments, (ds) => !ds.some((d) => ruleOf(d) === NO_MATCH), 'the warning gone after the fix');

    await replace(payments, 26, 'payments', 'paymnets');
    await waitForDiagnostics(payments, (ds) => ds.some((d) => ruleOf(d) === NO_MATCH), 'the warning back after undoing the fix');
  });

  it('an untitled YAML document is checked too', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: 'apiVersion: v1\nkind: Pod\nmetadata:\nname: scratch\nspec:\n  containers:\n  - name: app\n    image: nginx\n' });
    await vscode.window.showTextDocument(doc);
    const ds = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleOf(d) === 'metadata-outdented'), 'metadata-outdented in an untitled document');
    assert.deepEqual(ds.map(finding).find((f) => f.rule === 'metadata-outdented')?.range, [3, 0, 3, 4]);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
