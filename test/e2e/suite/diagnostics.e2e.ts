import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { byPosition, cliFindings, exampleUri, finding, open, waitForDiagnostics, type Finding } from './util';

const E = vscode.DiagnosticSeverity.Error;

// The seed article's mistakes, as the editor must show them (0-based line, character).
const SEED: Record<string, Finding[]> = {
  'seed/01-pod-two-containers.yaml': [{ rule: 'metadata-outdented', range: [5, 0, 5, 4], severity: E }],
  'seed/02-two-pods.yaml': [
    { rule: 'metadata-outdented', range: [5, 0, 5, 4], severity: E },
    { rule: 'missing-document-separator', range: [10, 0, 10, 10], severity: E },
    { rule: 'metadata-outdented', range: [13, 0, 13, 4], severity: E },
  ],
  'seed/03-pod-and-service.yaml': [
    { rule: 'metadata-outdented', range: [6, 0, 6, 4], severity: E },
    { rule: 'missing-document-separator', range: [11, 0, 11, 10], severity: E },
    { rule: 'metadata-outdented', range: [14, 0, 14, 4], severity: E },
  ],
};

describe('diagnostics of the seed examples', () => {
  const cli = cliFindings();

  for (const [path, expected] of Object.entries(SEED)) {
    it(`${path}: rule ids, ranges and severities, and the same findings as the CLI`, async () => {
      const uri = exampleUri(path);
      await open(uri);
      const rules = new Set(expected.map((f) => f.rule));
      // Wait until the seed mistakes are all there; then the editor must show exactly what the CLI reports.
      const ds = await waitForDiagnostics(uri, (ds) => expected.every((e) => ds.some((d) => JSON.stringify(finding(d)) === JSON.stringify(e))), 'the seed mistakes');
      const got = ds.map(finding).sort(byPosition);
      assert.deepEqual(got.filter((f) => rules.has(f.rule)), [...expected].sort(byPosition));
      assert.deepEqual(got, [...(cli.get(path) ?? [])].sort(byPosition));
    });
  }

  it('a diagnostic says what Kubernetes expects and links to the rule documentation shipped in the extension', async () => {
    const uri = exampleUri('seed/02-two-pods.yaml');
    const [d] = (await waitForDiagnostics(uri, (ds) => ds.some((d) => finding(d).rule === 'missing-document-separator'), 'missing-document-separator'))
      .filter((d) => finding(d).rule === 'missing-document-separator');
    assert.match(d.message, /no '---' before it/);
    assert.equal(d.source, 'kube-netlens');
    // The link runs the command that opens the rule's section of the shipped docs/rules.md in the Markdown preview.
    assert.ok(typeof d.code === 'object', JSON.stringify(d.code));
    const target = (d.code as { target: vscode.Uri }).target;
    assert.deepEqual([target.scheme, target.path, JSON.parse(target.query)], ['command', 'kubeNetlens.showRuleDocumentation', ['missing-document-separator']]);
    await vscode.commands.executeCommand(target.path, ...JSON.parse(target.query));
    const previewed = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.label.includes('rules.md'));
    for (let i = 0; i < 100 && !previewed(); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(previewed(), vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', '));
  });
});
