import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classify, sortManifests, splitManifests, type Manifest } from './manifests';

/** Helm's own split, by its regexp: the hand-written scanner must cut the same pieces. */
function helmSplit(text: string): string[] {
  return text.trim().split(/(?:^|\s*\n)---\s*/).filter((d) => d !== '').map((d) => d.trim());
}

test('splitManifests cuts the pieces Helm cuts, at the offsets where they are', () => {
  const parts = ['---', '\n', ' ', '  ', 'a: 1', '# c', '----', 'x---', '\t', 'b: |\n  ---\n'];
  let seed = 7;
  const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
  for (let i = 0; i < 3000; i++) {
    const text = Array.from({ length: rnd(12) }, () => parts[rnd(parts.length)]).join('');
    const pieces = splitManifests(text);
    assert.deepEqual(pieces.map((p) => p.text), helmSplit(text), JSON.stringify(text));
    for (const p of pieces) assert.equal(text.slice(p.offset, p.offset + p.text.length), p.text, JSON.stringify(text));
  }
});

test('manifests go in helm install order, unknown kinds after them by name, hooks last', () => {
  const m = (kind: string, hook = false, i = 0): Manifest => ({ source: 's', content: '', offset: 0, kind, isHook: hook, index: i });
  const order = sortManifests([m('Widget'), m('Deployment', false, 1), m('Job', true), m('Service'), m('ConfigMap', true), m('Deployment', false, 2), m('APIService'), m('MutatingWebhookConfiguration'), m('Namespace')]);
  assert.deepEqual(order.map((x) => `${x.kind}${x.isHook ? ' (hook)' : ''}${x.index ? x.index : ''}`), ['Namespace', 'Service', 'Deployment1', 'Deployment2', 'APIService', 'MutatingWebhookConfiguration', 'Widget', 'ConfigMap (hook)', 'Job (hook)']);
});

test('a piece that is not YAML is the error helm reports', () => {
  const r = classify('c/templates/x.yaml', { text: 'a: [1', offset: 0 }, 0);
  assert.ok('error' in r && r.error.startsWith('YAML parse error on c/templates/x.yaml'));
  const hook = classify('c/templates/x.yaml', { text: 'kind: Job\nmetadata:\n  annotations:\n    helm.sh/hook: test', offset: 0 }, 0);
  assert.ok('manifest' in hook && hook.manifest.isHook && hook.manifest.kind === 'Job');
});
