import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSummary, readServerStatus, statusView } from './status';

const ready = { state: 'ready', indexed: 27, total: 27, files: 27, documents: 38, resources: 32, manifests: 21, links: 6 } as const;

test('readServerStatus accepts the documented shape and rejects anything else', () => {
  assert.deepEqual(readServerStatus(ready), ready);
  assert.deepEqual(readServerStatus({ ...ready, extra: true }), ready);
  for (const bad of [undefined, null, 'ready', { ...ready, state: 'done' }, { ...ready, links: -1 }, { ...ready, total: 1.5 }, { ...ready, manifests: '5' }, { ...ready, documents: undefined }, { state: 'ready' }]) {
    assert.equal(readServerStatus(bad), undefined, JSON.stringify(bad));
  }
});

test('statusView shows progress while indexing', () => {
  const v = statusView({ ...ready, state: 'indexing', indexed: 12, total: 1040 });
  assert.equal(v.text, '$(sync~spin) Kubernetes: indexing 12/1,040');
  assert.equal(v.tooltip, 'Kubernetes Network Lens is reading the workspace: 12 of 1,040 files. Click to show the output.');
});

test('statusView says the counts in words when ready, and the tooltip says what each counts, as the CLI does', () => {
  const v = statusView(ready);
  assert.equal(v.text, 'Kubernetes: 21 manifests · 6 links');
  assert.equal(v.tooltip, [
    'Kubernetes Network Lens',
    '21 manifests: files that hold Kubernetes objects, of 27 YAML files indexed (38 documents, 32 objects).',
    '6 links: from Services to the pod templates their selectors match.',
    '"kube-netlens check" prints the same counts for this folder. Click to show the output.',
  ].join('\n'));
  assert.equal(statusView({ ...ready, manifests: 1, links: 1, files: 1, documents: 1, resources: 1 }).text, 'Kubernetes: 1 manifest · 1 link');
});

test("checkSummary counts the findings as the CLI's summary line does", () => {
  assert.equal(checkSummary({ files: 27, errors: 8, warnings: 1, information: 1, hints: 0 }), 'Kubernetes: 8 errors, 1 warning, 1 information, 0 hints in 27 files');
});
