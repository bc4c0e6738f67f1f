import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { isTrusted } from '../../server/src/lsp/settings';
import { FileChangeType, NO_MATCH, deployment, rules, service, withClient } from './client';
import { manyHostPorts } from '../complexity/shapes';

const hasNoMatch = (d: { code?: string | number }[]) => d.some((x) => x.code === NO_MATCH);

test('didOpen publishes diagnostics with rule id, range, source, docs link and data', async () => {
  await withClient({}, async (client) => {
    // Once indexing is done, every publish for svc.yaml answers one of the edits below.
    await client.waitReady();
    client.open('svc.yaml', service('web'));
    const p = await client.waitForDiagnostics('svc.yaml', 0);
    assert.equal(p.version, 1);
    assert.equal(p.diagnostics.length, 1);
    const d = p.diagnostics[0];
    assert.equal(d.code, NO_MATCH);
    assert.equal(d.source, 'kube-netlens');
    assert.equal(d.severity, DiagnosticSeverity.Warning);
    // `selector` on line 6 (0-based 5), columns 2-10.
    assert.deepEqual(d.range, { start: { line: 5, character: 2 }, end: { line: 5, character: 10 } });
    assert.match(d.message, /selector app=web matches no pod template in namespace 'default'/);
    assert.equal(d.codeDescription?.href, 'https://github.com/kube-netlens/kube-netlens/blob/main/docs/rules.md#service-selector-no-match');
    assert.equal((d.data as { rule: string }).rule, NO_MATCH);
  });
});

test('incremental didChange re-publishes, with UTF-16 columns after non-ASCII text', async () => {
  await withClient({}, async (client) => {
    // Once indexing is done, every publish for svc.yaml answers one of the edits below.
    await client.waitReady();
    client.open('svc.yaml', service('web'));
    await client.waitForDiagnostics('svc.yaml', 0, hasNoMatch);
    // Insert a comment with an astral character above the selector, then a Deployment after a `---`.
    let since = client.mark();
    client.change('svc.yaml', [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '  # 🚀 café\n' }]);
    let p = await client.waitForDiagnostics('svc.yaml', since);
    assert.equal(p.version, 2);
    assert.deepEqual(p.diagnostics[0].range, { start: { line: 6, character: 2 }, end: { line: 6, character: 10 } });
    since = client.mark();
    client.change('svc.yaml', [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: `---\n${deployment('web')}` }]);
    p = await client.waitForDiagnostics('svc.yaml', since);
    assert.equal(p.version, 3);
    assert.deepEqual(rules(p.diagnostics), []);
    // An edit that changes nothing the rules see still publishes the edited document (always, even unchanged).
    since = client.mark();
    client.change('svc.yaml', [{ range: { start: { line: 5, character: 5 }, end: { line: 5, character: 5 } }, text: 'x' }]);
    p = await client.waitForDiagnostics('svc.yaml', since);
    assert.equal(p.version, 4);
    assert.deepEqual(p.diagnostics, []);
  });
});

test("editing the pod template labels in file A clears and re-creates the Service warning in untouched file B", async () => {
  await withClient({ files: { 'app/deploy.yaml': deployment('web'), 'app/svc.yaml': service('api') } }, async (client) => {
    await client.waitReady();
    // B is closed and its Service selects app=api, which nothing carries: the warning is published for the closed file.
    const first = await client.waitForDiagnostics('app/svc.yaml', 0, hasNoMatch);
    assert.equal(first.version, undefined);
    client.open('app/deploy.yaml', deployment('web'));
    await client.waitForDiagnostics('app/deploy.yaml', 0);
    // Line 12 (0-based 11) is `        app: web` in the pod template; lines 8 is the selector's matchLabels.
    let since = client.mark();
    client.change('app/deploy.yaml', [
      { range: { start: { line: 11, character: 13 }, end: { line: 11, character: 16 } }, text: 'api' },
      { range: { start: { line: 7, character: 11 }, end: { line: 7, character: 14 } }, text: 'api' },
    ]);
    await client.waitForDiagnostics('app/svc.yaml', since, (d) => d.length === 0, 'cleared');
    const a = client.latestDiagnostics('app/deploy.yaml')!;
    assert.deepEqual(rules(a.diagnostics), [], 'the edited Deployment is consistent');
    since = client.mark();
    client.change('app/deploy.yaml', [{ range: { start: { line: 11, character: 13 }, end: { line: 11, character: 16 } }, text: 'web' }]);
    await client.waitForDiagnostics('app/svc.yaml', since, hasNoMatch, 're-created');
    // The Deployment's own selector no longer matches its template: an error on A, published with A's version.
    const edited = await client.waitForDiagnostics('app/deploy.yaml', since, (d) => d.some((x) => x.code === 'workload-selector-mismatch'));
    assert.equal(edited.version, 3);
  });
});

test('closing a document brings back the file on disk', async () => {
  await withClient({ files: { 'deploy.yaml': deployment('web'), 'svc.yaml': service('web') } }, async (client) => {
    await client.waitReady();
    let since = client.mark();
    client.open('deploy.yaml', deployment('other'));
    await client.waitForDiagnostics('svc.yaml', since, hasNoMatch, 'while the edited text is unsaved');
    since = client.mark();
    client.close('deploy.yaml');
    await client.waitForDiagnostics('svc.yaml', since, (d) => d.length === 0, 'after the disk version came back');
  });
});

test('didChangeWatchedFiles: a closed file changed, deleted and created on disk updates the other file', async () => {
  await withClient({ files: { 'deploy.yaml': deployment('web') } }, async (client) => {
    await client.waitReady();
    client.open('svc.yaml', service('web'));
    await client.waitForDiagnostics('svc.yaml', 0, (d) => d.length === 0);
    let since = client.mark();
    client.writeFile('deploy.yaml', deployment('other'));
    client.fileEvents([{ rel: 'deploy.yaml', type: FileChangeType.Changed }]);
    await client.waitForDiagnostics('svc.yaml', since, hasNoMatch, 'after the change on disk');
    since = client.mark();
    client.writeFile('deploy.yaml', deployment('web'));
    client.fileEvents([{ rel: 'deploy.yaml', type: FileChangeType.Changed }]);
    await client.waitForDiagnostics('svc.yaml', since, (d) => d.length === 0, 'after the fix on disk');
    since = client.mark();
    client.deleteFile('deploy.yaml');
    client.fileEvents([{ rel: 'deploy.yaml', type: FileChangeType.Deleted }]);
    const p = await client.waitForDiagnostics('svc.yaml', since, hasNoMatch, 'after the delete');
    assert.doesNotMatch(p.diagnostics[0].message, /nearest/);
    since = client.mark();
    client.writeFile('sub/new.yaml', deployment('web'));
    client.fileEvents([{ rel: 'sub/new.yaml', type: FileChangeType.Created }]);
    await client.waitForDiagnostics('svc.yaml', since, (d) => d.length === 0, 'after a new file appeared');
    // Deleting the folder removes the file inside it.
    since = client.mark();
    client.deleteFile('sub/new.yaml');
    client.fileEvents([{ rel: 'sub', type: FileChangeType.Deleted }]);
    await client.waitForDiagnostics('svc.yaml', since, hasNoMatch, 'after its folder was deleted');
  });
});

test('a rule severity change in the settings re-publishes', async () => {
  await withClient({}, async (client) => {
    // Once indexing is done, every publish for svc.yaml answers one of the edits below.
    await client.waitReady();
    client.open('svc.yaml', service('web'));
    await client.waitForDiagnostics('svc.yaml', 0, (d) => d[0]?.severity === DiagnosticSeverity.Warning);
    let since = client.mark();
    client.changeSettings({ rules: { [NO_MATCH]: { severity: 'error' } } });
    await client.waitForDiagnostics('svc.yaml', since, (d) => d[0]?.severity === DiagnosticSeverity.Error, 'as errors');
    since = client.mark();
    client.changeSettings({ rules: { [NO_MATCH]: { severity: 'off' } } });
    await client.waitForDiagnostics('svc.yaml', since, (d) => d.length === 0, 'turned off');
    // Invalid settings are logged and the defaults kept.
    since = client.mark();
    client.changeSettings({ rules: { [NO_MATCH]: { severity: 'loud' } }, defaultNamespace: 'Not A Namespace' });
    await client.waitForDiagnostics('svc.yaml', since, (d) => d[0]?.severity === DiagnosticSeverity.Warning, 'back to the default');
    await client.waitFor('a log line about the invalid setting', () => client.logs.some((l) => l.includes('invalid setting kubeNetlens') && l.includes('defaultNamespace')));
  });
});

test('include, exclude and maxFileSizeKB decide what is read; a too-large file gets one information diagnostic', async () => {
  const big = `${service('web')}${'# padding\n'.repeat(300)}`;
  await withClient({
    files: { 'deploy/svc.yaml': service('a'), 'vendor/svc.yaml': service('b'), 'deploy/big.yaml': big },
    settings: { exclude: ['vendor'], maxFileSizeKB: 2 },
  }, async (client) => {
    await client.waitReady();
    const p = await client.waitForDiagnostics('deploy/big.yaml', 0);
    assert.deepEqual(rules(p.diagnostics), ['file-not-analysed']);
    assert.equal(p.diagnostics[0].severity, DiagnosticSeverity.Information);
    assert.match(p.diagnostics[0].message, /over the 2 KB limit/);
    await client.waitForDiagnostics('deploy/svc.yaml', 0, hasNoMatch);
    assert.equal(client.latestDiagnostics('vendor/svc.yaml'), undefined, 'an excluded folder is not read');
    // Narrowing with include drops what is no longer included, and clears its diagnostics.
    const since = client.mark();
    client.changeSettings({ include: ['vendor/**'], maxFileSizeKB: 2 });
    await client.waitForDiagnostics('vendor/svc.yaml', since, hasNoMatch);
    await client.waitForDiagnostics('deploy/svc.yaml', since, (d) => d.length === 0, 'cleared');
  });
});

test('an open document is held to the limits of a file on disk: UTF-8 bytes, not UTF-16 units, and NUL means binary', async () => {
  // 1,200 "é" are 1,200 UTF-16 units but 2,400 bytes: over a 2 KB limit, as the CLI counts the same file.
  const wide = `${service('wide')}# ${'é'.repeat(1200)}\n`;
  const narrow = `${service('narrow')}# ${'e'.repeat(1500)}\n`;
  await withClient({ settings: { maxFileSizeKB: 2 } }, async (client) => {
    await client.waitReady();
    client.open('wide.yaml', wide);
    client.open('narrow.yaml', narrow);
    client.open('binary.yaml', `apiVersion: v1\nkind: ConfigMap\n\u0000\u0001\u0002${'x'.repeat(100)}\n`);
    const w = await client.waitForDiagnostics('wide.yaml', 0);
    assert.deepEqual(rules(w.diagnostics), ['file-not-analysed']);
    assert.match(w.diagnostics[0].message, /the file is 3 KB, over the 2 KB limit/);
    assert.deepEqual(rules((await client.waitForDiagnostics('narrow.yaml', 0)).diagnostics), ['service-selector-no-match']);
    const b = await client.waitForDiagnostics('binary.yaml', 0);
    assert.deepEqual(rules(b.diagnostics), ['file-not-analysed']);
    assert.match(b.diagnostics[0].message, /the file is binary, not YAML text/);
  });
});

for (const trusted of [false, 'false', 0]) {
  test(`an untrusted workspace (trusted: ${JSON.stringify(trusted)}) ignores include and never raises maxFileSizeKB`, async () => {
    await withClient({
      files: { 'a/svc.yaml': service('a'), 'b/svc.yaml': service('b'), 'a/big.yaml': `${service('c')}${'#'.repeat(3000 * 1024)}\n` },
      settings: { include: ['a'], maxFileSizeKB: 100000 },
      initializationOptions: { trusted },
    }, async (client) => {
      await client.waitReady();
      await client.waitForDiagnostics('b/svc.yaml', 0, hasNoMatch);
      const big = await client.waitForDiagnostics('a/big.yaml', 0);
      assert.deepEqual(rules(big.diagnostics), ['file-not-analysed']);
    });
  });
}

test('isTrusted: only true trusts once the client says anything; saying nothing is trusted', () => {
  for (const options of [undefined, null, {}, { trusted: true }, { other: 1 }]) assert.equal(isTrusted(options), true, JSON.stringify(options));
  for (const options of [{ trusted: false }, { trusted: 'false' }, { trusted: 'true' }, { trusted: 0 }, { trusted: 1 }, { trusted: null }, 'trusted', [true], 1]) assert.equal(isTrusted(options), false, JSON.stringify(options));
});

test('garbage keeps the server alive and answering', async () => {
  const deep = `apiVersion: v1\nkind: ConfigMap\ndata: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
  const deepBlock = `apiVersion: v1\nkind: ConfigMap\ndata:\n  ${'- '.repeat(5000)}x\n`;
  // Every code unit but NUL, which would make the document binary (not analysed at all, as on disk).
  const junk = Array.from({ length: 4096 }, (_, i) => String.fromCharCode(((i + 1) * 7919) % 65536)).join('');
  await withClient({ files: { 'disk-junk.yaml': Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 31) % 256)) } }, async (client) => {
    await client.waitReady();
    const binary = await client.waitForDiagnostics('disk-junk.yaml', 0);
    assert.deepEqual(rules(binary.diagnostics), ['file-not-analysed'], 'a binary file on disk is reported as not analysed');
    const garbage: Record<string, string> = {
      'junk.yaml': `apiVersion: v1\nkind: Pod\n${junk}`,
      'brackets.yaml': 'apiVersion: v1\nkind: Service\nspec: {ports: [[{\n  selector: ]]]}}}\n',
      'tabs.yaml': 'apiVersion: v1\n\tkind: Service\nmetadata:\n\t\tname: x\n',
      'deep.yaml': deep,
      'deep-block.yaml': deepBlock,
    };
    for (const [rel, text] of Object.entries(garbage)) client.open(rel, text);
    for (const rel of Object.keys(garbage)) await client.waitForDiagnostics(rel, 0);
    assert.ok(rules(client.latestDiagnostics('brackets.yaml')!.diagnostics).includes('yaml-syntax'));
    // Still answering: a later valid document gets its diagnostics, and edits to the garbage are handled.
    client.change('deep.yaml', [{ range: { start: { line: 2, character: 6 }, end: { line: 2, character: 7 } }, text: '{' }]);
    client.open('svc.yaml', service('web'));
    // The broken documents next to it might hold the pods, so the link is reported as unverifiable, not broken.
    const p = await client.waitForDiagnostics('svc.yaml', 0);
    assert.deepEqual(rules(p.diagnostics), ['link-unverifiable']);
    await client.waitForDiagnostics('deep.yaml', 0, (d) => rules(d).includes('yaml-syntax'));
  });
});

test('a file of 3,000 pods is checked a document at a time: a hover sent meanwhile is answered before its diagnostics', async () => {
  await withClient({}, async (client) => {
    await client.waitReady();
    client.open('svc.yaml', service('web'));
    await client.waitForDiagnostics('svc.yaml', 0);
    const since = client.mark();
    client.open('pods.yaml', manyHostPorts(3000));
    // Sent while the analysis of pods.yaml runs (it takes over a second here), not before it starts.
    await new Promise((r) => setTimeout(r, 100));
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: client.uri('svc.yaml') }, position: { line: 6, character: 5 } });
    const publishedBefore = client.received.some((r) => r.seq > since && r.method === 'textDocument/publishDiagnostics' && (r.params as { uri: string }).uri === client.uri('pods.yaml'));
    assert.equal(publishedBefore, false, 'the hover waited for the whole file to be checked');
    const pods = await client.waitForDiagnostics('pods.yaml', since);
    assert.equal(pods.diagnostics.length, 3000, 'every pod on the shared host port is reported');
  });
});

test('a burst of edits is analysed once it is taken in, at its latest version', async () => {
  await withClient({}, async (client) => {
    await client.waitReady();
    client.open('svc.yaml', service('web'));
    await client.waitForDiagnostics('svc.yaml', 0);
    const since = client.mark();
    // 30 edits received at once: each adds a comment line at the top.
    client.changeInOneWrite('svc.yaml', Array.from({ length: 30 }, (_, i) => [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: `# ${i}\n` }]));
    const last = await client.waitFor('the publish of version 31', () => client.received.find((r) => r.seq > since && r.method === 'textDocument/publishDiagnostics' && (r.params as { version?: number }).version === 31)?.params as { diagnostics: { range: { start: { line: number } } }[] } | undefined);
    assert.equal(last.diagnostics[0].range.start.line, 35, 'the selector moved down by 30 lines');
    const publishes = client.received.filter((r) => r.seq > since && r.method === 'textDocument/publishDiagnostics').length;
    assert.ok(publishes <= 2, `the burst was coalesced (${publishes} publishes for 30 edits)`);
  });
});
