/** `kubeNetlens/networkMap` over stdio: the map of the workspace with LSP ranges, after the editor's latest text. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PUSH_CAPABILITIES, deployment, service, withClient } from './client';

interface Place {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  where: string;
}
interface WireMap {
  nodes: { id: string; category: string; place: Place | null; reveal: Place | null; message?: string }[];
  edges: { kind: string; source: string; target: string; label: string }[];
}

test('the map request answers nodes with ranges and file:line, and sees an unsaved edit that breaks a selector', async () => {
  await withClient({ files: { 'app.yaml': `${deployment('web')}---\n${service('web')}` }, capabilities: PUSH_CAPABILITIES }, async (client) => {
    await client.waitReady();
    const before = await client.connection.sendRequest<WireMap>('kubeNetlens/networkMap', {});
    assert.deepEqual(before.edges.map((e) => `${e.kind} ${e.source} -> ${e.target}`), ['service Service:default/web -> Deployment:default/web']);
    const svc = before.nodes.find((n) => n.id === 'Service:default/web')!;
    assert.equal(svc.reveal!.uri, client.uri('app.yaml'));
    assert.match(svc.reveal!.where, /^app\.yaml:\d+$/);
    client.open('app.yaml', `${deployment('web')}---\n${service('other')}`);
    const after = await client.connection.sendRequest<WireMap>('kubeNetlens/networkMap', {});
    assert.deepEqual(after.edges.map((e) => `${e.kind} ${e.source} -> ${e.target}`), ['broken Service:default/web -> Service:default/web~selector']);
    assert.match(after.nodes.find((n) => n.category === 'ghost')!.message!, /matches no pod template/);
    const file = await client.connection.sendRequest<WireMap>('kubeNetlens/networkMap', { focus: { kind: 'file', uri: client.uri('app.yaml') } });
    // The Service, its "no match" ghost, the Deployment, and the Pod that service() writes beside the Service.
    assert.equal(file.nodes.length, 4);
  });
});
