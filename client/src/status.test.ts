import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readServerStatus, statusView } from './status';

test('readServerStatus accepts the documented shape and rejects anything else', () => {
  const ok = { state: 'ready', indexed: 3, total: 3, manifests: 5, links: 2 };
  assert.deepEqual(readServerStatus(ok), ok);
  assert.deepEqual(readServerStatus({ ...ok, extra: true }), ok);
  for (const bad of [undefined, null, 'ready', { ...ok, state: 'done' }, { ...ok, links: -1 }, { ...ok, total: 1.5 }, { ...ok, manifests: '5' }, { state: 'ready' }]) {
    assert.equal(readServerStatus(bad), undefined, JSON.stringify(bad));
  }
});

test('statusView shows progress while indexing', () => {
  const v = statusView({ state: 'indexing', indexed: 12, total: 40, manifests: 9, links: 1 });
  assert.equal(v.text, '$(sync~spin) Netlens 12/40');
  assert.match(v.tooltip, /indexing the workspace \(12 of 40 files\); 9 manifests, 1 link so far/);
});

test('statusView shows the counts when ready, with singular and plural', () => {
  assert.equal(statusView({ state: 'ready', indexed: 1, total: 1, manifests: 1, links: 0 }).tooltip,
    'Kubernetes Network Lens: 1 manifest, 0 links in the workspace. Click to show the output.');
  assert.equal(statusView({ state: 'ready', indexed: 4, total: 4, manifests: 19, links: 7 }).text, '$(type-hierarchy) Netlens 19 · 7');
});
