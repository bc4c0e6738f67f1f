import assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { exampleUri, open, ruleOf, waitForDiagnostics } from './util';

/** Polls a provider command until it answers with something, within a deadline (the server may still be indexing). */
async function until<T>(what: string, probe: () => Thenable<T | undefined>, ok: (v: T | undefined) => boolean, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v)) return v as T;
    if (Date.now() > deadline) throw new Error(`${what}: not seen within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

describe('hover and quick fixes in the editor', () => {
  const twoPods = exampleUri('seed/02-two-pods.yaml');
  after(async () => {
    await open(twoPods);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('hovering a Service name shows its DNS name and the workload it selects', async () => {
    const uri = exampleUri('shop/frontend.yaml');
    const editor = await open(uri);
    const line = editor.document.getText().split('\n').findIndex((l, i, all) => l === '  name: frontend' && all[i - 1] === 'metadata:' && all[i - 2] === 'kind: Service');
    assert.ok(line > 0, 'the Service name line');
    const text = await until(
      'a hover on the Service name',
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 9)),
      (h) => /frontend\.shop\.svc\.cluster\.local/.test(hoverText(h)),
    );
    assert.match(hoverText(text), /deployment\/frontend/);
  });

  it("the missing '---' quick fix inserts the separator", async () => {
    await open(twoPods);
    const [d] = (await waitForDiagnostics(twoPods, (ds) => ds.some((x) => ruleOf(x) === 'missing-document-separator'), 'missing-document-separator')).filter((x) => ruleOf(x) === 'missing-document-separator');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', twoPods, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.includes("'---'"));
    assert.ok(fix?.edit, `a fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const doc = await vscode.workspace.openTextDocument(twoPods);
    assert.equal(doc.lineAt(d.range.start.line).text, '---');
    assert.equal(doc.lineAt(d.range.start.line + 1).text, 'apiVersion: v1');
    await waitForDiagnostics(twoPods, (ds) => !ds.some((x) => ruleOf(x) === 'missing-document-separator'), 'the separator error gone after the fix');
  });
});
