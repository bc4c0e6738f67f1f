import assert from 'node:assert/strict';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { StatusParams } from './client';
import { NO_MATCH, deployment, rules, service, withClient } from './client';

/** A second workspace folder outside the client's own, with `count` Services that select nothing. */
function otherFolder(count: number): { dir: string; uri: string; fileUri(i: number): string } {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'kube-netlens-lsp-b-')));
  for (let i = 0; i < count; i++) writeFileSync(path.join(dir, `svc-${i}.yaml`), service(`nothing-${i}`));
  return { dir, uri: pathToFileURL(dir).href, fileUri: (i) => pathToFileURL(path.join(dir, `svc-${i}.yaml`)).href };
}

const changeFolders = (client: { connection: { sendNotification(m: string, p: unknown): Promise<void> } }, added: string[], removed: string[]) =>
  client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: added.map((uri) => ({ uri, name: 'b' })), removed: removed.map((uri) => ({ uri, name: 'b' })) } });

test('an added folder is indexed and checked; a removed one leaves no diagnostics behind', async () => {
  const b = otherFolder(2);
  try {
    await withClient({ files: { 'deploy.yaml': deployment('web'), 'svc.yaml': service('web') } }, async (client) => {
      await client.waitReady();
      let since = client.mark();
      void changeFolders(client, [b.uri], []);
      const publishedFor = (uri: string, after: number) =>
        client.received.filter((r) => r.seq > after && r.method === 'textDocument/publishDiagnostics' && (r.params as { uri: string }).uri === uri).map((r) => (r.params as { diagnostics: { code?: string | number }[] }).diagnostics);
      for (const i of [0, 1]) {
        const d = await client.waitFor(`diagnostics of svc-${i}.yaml in the added folder`, () => publishedFor(b.fileUri(i), since).at(-1));
        assert.deepEqual(rules(d as never), [NO_MATCH]);
      }
      since = client.mark();
      void changeFolders(client, [], [b.uri]);
      for (const i of [0, 1]) await client.waitFor(`svc-${i}.yaml cleared`, () => publishedFor(b.fileUri(i), since).some((d) => d.length === 0));
    });
  } finally {
    rmSync(b.dir, { recursive: true, force: true });
  }
});

test('a folder removed while it is being indexed leaves no trace', async () => {
  const count = 600;
  const b = otherFolder(count);
  try {
    await withClient({ files: { 'deploy.yaml': deployment('web'), 'svc.yaml': service('web') } }, async (client) => {
      await client.waitReady();
      const since = client.mark();
      void changeFolders(client, [b.uri], []);
      await client.waitFor('indexing of the added folder', () => client.received.find((r) => r.seq > since && r.method === 'kubeNetlens/status' && (r.params as StatusParams).state === 'indexing'));
      const removedAt = client.mark();
      void changeFolders(client, [], [b.uri]);
      const ready = await client.waitFor('ready again', () => client.received.find((r) => r.seq > removedAt && r.method === 'kubeNetlens/status' && (r.params as StatusParams).state === 'ready')?.params as StatusParams | undefined);
      // Whatever was read and published before the removal was taken back.
      const latest = new Map<string, unknown[]>();
      for (const r of client.ofMethod('textDocument/publishDiagnostics')) latest.set((r.params as { uri: string }).uri, (r.params as { diagnostics: unknown[] }).diagnostics);
      const leftovers = [...latest].filter(([uri, d]) => uri.startsWith(`${b.uri}/`) && d.length > 0);
      assert.deepEqual(leftovers, []);
      assert.equal(ready.manifests, 2, 'only the first folder is counted');
      assert.equal(ready.total, 2);
    });
  } finally {
    rmSync(b.dir, { recursive: true, force: true });
  }
});
