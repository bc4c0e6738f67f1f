// The Check Workspace command's request: the folder is read again from disk and checked in full, and the answer is
// what `kube-netlens check` says of the same folder.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { deployment, service, withClient } from './client';

const ROOT = join(__dirname, '..', '..');

test('kubeNetlens/checkWorkspace reads the folder again and counts what the CLI counts', async () => {
  await withClient({ files: { 'deploy.yaml': deployment('web'), 'svc.yaml': service('web'), 'bad.yaml': service('nobody') } }, async (client) => {
    await client.waitReady();
    const first = await client.connection.sendRequest('kubeNetlens/checkWorkspace');
    const cli = () => JSON.parse(spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', client.dir, '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8' }).stdout).summary;
    const { ms, ...counts } = first as Record<string, number>;
    assert.ok(ms >= 0);
    assert.deepEqual(counts, cli());
    assert.equal(counts.warnings, 1);

    // Written behind the server's back (no watcher event): only a fresh read sees it.
    client.writeFile('more.yaml', service('nobody-either'));
    const second = (await client.connection.sendRequest('kubeNetlens/checkWorkspace')) as Record<string, number>;
    assert.deepEqual([second.files, second.warnings], [4, 2]);
    assert.ok(client.logs.some((l) => /^Check Workspace: 0 errors, 2 warnings, \d+ information, \d+ hints in 4 files \(\d+ ms\)$/.test(l)), client.logs.join('\n'));
  });
});

test('kubeNetlens/checkWorkspace without a workspace folder checks the open files and answers', async () => {
  await withClient({ folder: false }, async (client) => {
    client.open('svc.yaml', service('web'));
    await client.waitForDiagnostics('svc.yaml', 0);
    const result = (await client.connection.sendRequest('kubeNetlens/checkWorkspace')) as Record<string, number>;
    assert.deepEqual([result.files, result.warnings], [1, 1]);
  });
});
