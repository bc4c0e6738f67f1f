import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StatusParams } from './client';
import { NO_MATCH, deployment, rules, service, withClient } from './client';

const MANY = 300;

function generated(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < MANY; i++) files[`gen/svc-${String(i).padStart(4, '0')}.yaml`] = service(`nothing-${i}`);
  return files;
}

const statuses = (client: { received: { method: string; params: unknown; seq: number }[] }) =>
  client.received.filter((r) => r.method === 'kubeNetlens/status').map((r) => ({ ...(r.params as StatusParams), seq: r.seq }));

test('an open document gets diagnostics before indexing completes, and again when it completes', async () => {
  // The Deployment that svc.yaml selects is read last (gen/zzz-…), so the first answer may not know it yet.
  await withClient({ files: { ...generated(), 'gen/zzz-deploy.yaml': deployment('target') } }, async (client) => {
    client.open('svc.yaml', service('target'));
    const first = await client.waitForDiagnostics('svc.yaml', 0);
    const ready = await client.waitReady();
    const readySeq = statuses(client).find((s) => s.state === 'ready')!.seq;
    assert.ok(first.seq < readySeq, 'the open document did not wait for the scan');
    assert.equal(ready.total, MANY + 2);
    const publishes = client.ofMethod('textDocument/publishDiagnostics').filter((r) => (r.params as { uri: string }).uri === client.uri('svc.yaml'));
    assert.ok(publishes.length >= 2, 'published again when indexing completed');
    const last = publishes.at(-1)!;
    assert.ok(last.seq < readySeq && last.seq > first.seq);
    assert.deepEqual((last.params as { diagnostics: unknown[] }).diagnostics, [], 'the complete workspace has the pods');
  });
});

test('a settings change during indexing leaves a consistent workspace', async () => {
  await withClient({ files: { ...generated(), 'svc.yaml': service('web') } }, async (client) => {
    await client.waitFor('indexing started', () => statuses(client).find((s) => s.state === 'indexing'));
    client.changeSettings({ exclude: ['gen'] });
    // Only svc.yaml remains: wait for a ready status that says so (a stale one could precede it), then check.
    const ready = await client.waitFor('ready without gen/', () => statuses(client).find((s) => s.state === 'ready' && s.manifests === 1));
    assert.equal(ready.total, 1);
    const latest = new Map<string, unknown[]>();
    for (const r of client.ofMethod('textDocument/publishDiagnostics')) latest.set((r.params as { uri: string }).uri, (r.params as { diagnostics: unknown[] }).diagnostics);
    assert.deepEqual([...latest].filter(([uri, d]) => uri.includes('/gen/') && d.length > 0), []);
    assert.deepEqual(rules(client.latestDiagnostics('svc.yaml')!.diagnostics), [NO_MATCH]);
  });
});
