/**
 * Hostile input and concurrency through the language server over stdio: bounded outcomes, exact ranges, no stale
 * diagnostics after bursts of edits, cancellations and configuration changes, and no exec or network.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import * as path from 'node:path';
import { PULL_CAPABILITIES, withClient } from '../lsp/client';
import type { TestClient } from '../lsp/client';
import { comparableLsp, coreDiagnostics, editBetween } from '../fuzz/lsp';
import { mutate } from '../fuzz/mutate';
import { Random } from '../fuzz/random';
import * as H from './inputs';

const KNOWN_RANGE_START = { line: H.KNOWN_LINE - 1, character: H.KNOWN_COLUMN - 1 };

async function pull(client: TestClient, rel: string): Promise<Diagnostic[]> {
  const report = await client.connection.sendRequest<{ items?: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: client.uri(rel) } });
  return report.items ?? [];
}

test('LSP: a 50 MB file on disk and a 5 MB open document are not analysed, each with one information', async () => {
  const big = 'a: b\n'.repeat(10 * 1024 * 1024);
  await withClient({ files: { 'big.yaml': big } }, async (client) => {
    await client.waitReady();
    const onDisk = await client.waitForDiagnostics('big.yaml', 0, (d) => d.length > 0);
    assert.deepEqual(onDisk.diagnostics.map((d) => [d.code, d.severity, d.message]), [['file-not-analysed', 3, 'not analysed: the file is 50.0 MB, over the 2.0 MB limit (kubeNetlens.maxFileSizeKB)']]);
    const mark = client.mark();
    client.open('open-big.yaml', big.slice(0, 5 * 1024 * 1024));
    const opened = await client.waitForDiagnostics('open-big.yaml', mark, () => true, 'for the open 5 MB document');
    assert.deepEqual(opened.diagnostics.map((d) => [d.code, d.severity]), [['file-not-analysed', 3]]);
    assert.match(opened.diagnostics[0].message, /over the 2\.0 MB limit/);
  });
});

test('LSP: an alias bomb, 5,000 levels and CR, CRLF, BOM texts: bounded outcomes and exact ranges', async () => {
  await withClient({ files: { 'bom.yaml': `\uFEFF${H.KNOWN}` }, capabilities: PULL_CAPABILITIES }, async (client) => {
    await client.waitReady();
    const cases: Record<string, string> = { 'laughs.yaml': H.billionLaughs(), 'deep.yaml': H.deepFlow(5000), 'crlf.yaml': H.KNOWN.replace(/\n/g, '\r\n'), 'cr.yaml': H.KNOWN.replace(/\n/g, '\r') };
    for (const [rel, text] of Object.entries(cases)) client.open(rel, text);
    assert.match((await pull(client, 'laughs.yaml'))[0].message, /aliases in this document expand to more than 10,000 nodes/);
    assert.match((await pull(client, 'deep.yaml'))[0].message, /nests collections more than 256 levels deep/);
    for (const rel of ['crlf.yaml', 'cr.yaml', 'bom.yaml']) {
      const items = await pull(client, rel);
      assert.deepEqual(items.map((d) => [d.code, d.range.start]), [['service-selector-no-match', KNOWN_RANGE_START]], rel);
    }
  });
});

test('LSP: after a burst of edits with cancelled requests, the diagnostics equal a from-scratch check', async () => {
  const files = { 'svc.yaml': H.service('web', 'web'), 'deploy.yaml': H.deployment('web', 'web') };
  await withClient({ files, capabilities: PULL_CAPABILITIES }, async (client) => {
    await client.waitReady();
    const rng = new Random(7);
    let text = files['svc.yaml'];
    client.open('svc.yaml', text);
    for (let i = 0; i < 60; i++) {
      const next = mutate(text, rng, files['deploy.yaml'], 2).text;
      client.change('svc.yaml', [i % 2 ? editBetween(text, next) : { text: next }]);
      text = next;
      const source = new CancellationTokenSource();
      const pending = client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: client.uri('svc.yaml') } }, source.token).catch(() => null);
      source.cancel();
      void pending;
    }
    const texts = new Map([[client.uri('svc.yaml'), text], [client.uri('deploy.yaml'), files['deploy.yaml']]]);
    assert.deepEqual(comparableLsp(await pull(client, 'svc.yaml')), coreDiagnostics(texts, client.uri('svc.yaml')));
    assert.deepEqual(comparableLsp(await pull(client, 'deploy.yaml')), coreDiagnostics(texts, client.uri('deploy.yaml')));
  });
});

test('LSP (push): a burst of edits ends with the published set of the final text; a file deleted while open keeps its editor text', async () => {
  const files = { 'svc.yaml': H.service('web', 'web'), 'deploy.yaml': H.deployment('web', 'web') };
  await withClient({ files }, async (client) => {
    await client.waitReady();
    const rng = new Random(11);
    let text = files['svc.yaml'];
    client.open('svc.yaml', text);
    for (let i = 0; i < 40; i++) {
      const next = mutate(text, rng, files['deploy.yaml'], 2).text;
      client.change('svc.yaml', [editBetween(text, next)]);
      text = next;
    }
    client.change('svc.yaml', [{ text: H.service('web', 'nothing') }]);
    const finalVersion = 42;
    const published = await client.waitFor('the final version published', () => {
      const p = client.latestDiagnostics('svc.yaml');
      return p && p.version === finalVersion ? p : undefined;
    });
    const texts = new Map([[client.uri('svc.yaml'), H.service('web', 'nothing')], [client.uri('deploy.yaml'), files['deploy.yaml']]]);
    assert.deepEqual(comparableLsp(published.diagnostics), coreDiagnostics(texts, client.uri('svc.yaml')));
    // Deleted on disk while open: the editor's text still counts until the document is closed.
    const mark = client.mark();
    client.deleteFile('svc.yaml');
    client.fileEvents([{ rel: 'svc.yaml', type: 3 }]);
    client.change('svc.yaml', [{ text: H.service('web', 'nothing-else') }]);
    await client.waitForDiagnostics('svc.yaml', mark, (d) => d.length === 1 && d[0].message.includes('nothing-else'), 'from the editor text after the delete');
    const closed = client.mark();
    client.close('svc.yaml');
    await client.waitForDiagnostics('svc.yaml', closed, (d) => d.length === 0, 'cleared after close');
    assert.equal(client.process.exitCode, null);
  });
});

test('LSP: a configuration change and a folder removal during indexing leave no stale diagnostics', async () => {
  const files: Record<string, string> = {};
  // Each with a Pod it misses, so that its finding is the rule's warning (the link policy), which the settings turn off.
  for (let i = 0; i < 150; i++) files[`svc-${i}.yaml`] = H.service(`s${i}`, `none-${i}`, H.UNLABELLED_POD);
  const rels = Object.keys(files);
  const shown = (client: TestClient) => rels.filter((rel) => (client.latestDiagnostics(rel)?.diagnostics.length ?? 0) > 0).length;
  await withClient({ files }, async (client) => {
    // Turned off while the first scan runs: files checked before the change must be cleared after it.
    client.changeSettings({ rules: { 'service-selector-no-match': { severity: 'off' } } });
    await client.waitReady();
    await client.waitFor('no stale diagnostics after the settings change', () => shown(client) === 0, 10_000);
    client.changeSettings({});
    await client.waitFor('every file shows its finding again', () => shown(client) === rels.length, 10_000);
    // The folder goes away while its files are re-checked: every finding must be cleared.
    client.changeSettings({ defaultNamespace: 'other' });
    void client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: client.uri(''), name: 'ws' }] } });
    await client.waitFor('no diagnostics left for the removed folder', () => shown(client) === 0, 10_000);
    assert.equal(client.process.exitCode, null);
  });
});

test('LSP: a kustomization naming paths outside the workspace and URLs: nothing is read, run or fetched', async () => {
  const previous = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = `${previous ?? ''} --require ${path.join(__dirname, '../security/trap.cjs')}`.trim();
  try {
    await withClient({ files: { 'app/kustomization.yaml': 'resources:\n  - ../../outside/x.yaml\n  - /etc/hostname\n  - https://example.com/base.yaml\n  - github.com/example/repo//base?ref=v1\n  - service.yaml\n', 'app/service.yaml': H.service('web', 'web'), 'app/deploy.yaml': H.deployment('web', 'web') } }, async (client) => {
      await client.waitReady();
      assert.deepEqual(client.logs.filter((l) => /KUBE-NETLENS-TRAP|security trap/.test(l)), []);
      assert.deepEqual(client.latestDiagnostics('app/service.yaml')?.diagnostics ?? [], []);
    });
  } finally {
    if (previous === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = previous;
  }
});
