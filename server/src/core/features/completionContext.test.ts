import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dedent } from '../testing/fixture';
import { completionContext } from './completionContext';

function ctx(yaml: string) {
  const text = dedent(yaml);
  const offset = text.indexOf('$0');
  const c = completionContext(text.replace('$0', ''), 0, offset);
  return c && { mode: c.mode, parents: c.parents.join('.'), key: c.key, word: c.word };
}

test('a half-typed key under a map: parents by indentation', () => {
  assert.deepEqual(ctx(`
    kind: Service
    spec:
      selector:
        ap$0
  `), { mode: 'key', parents: 'spec.selector', key: null, word: 'ap' });
  assert.deepEqual(ctx(`
    spec:
      selector:
        app: web
        $0
  `), { mode: 'key', parents: 'spec.selector', key: null, word: '' });
});

test('a value after a key, inside sequence items written compactly or indented', () => {
  assert.deepEqual(ctx(`
    spec:
      ports:
      - port: 80
        targetPort: ht$0
  `), { mode: 'value', parents: 'spec.ports.*', key: 'targetPort', word: 'ht' });
  assert.deepEqual(ctx(`
    spec:
      ports:
        - name: x
          port: 80
        - port: 81
          protocol: $0
  `), { mode: 'value', parents: 'spec.ports.*', key: 'protocol', word: '' });
  assert.deepEqual(ctx(`
    spec:
      ports:
        - targetPort: $0
  `), { mode: 'value', parents: 'spec.ports.*', key: 'targetPort', word: '' });
});

test('nested items and bare sequence items', () => {
  assert.deepEqual(ctx(`
    spec:
      rules:
        - host: a
          http:
            paths:
              - path: /
                backend:
                  service:
                    name: we$0b
  `), { mode: 'value', parents: 'spec.rules.*.http.paths.*.backend.service', key: 'name', word: 'we' });
  assert.deepEqual(ctx(`
    spec:
      policyTypes:
        - Ingress
        - E$0
  `), { mode: 'item', parents: 'spec.policyTypes.*', key: null, word: 'E' });
  assert.deepEqual(ctx(`
    spec:
      ingress:
        - from:
            - podSelector:
                matchLabels:
                  $0
  `), { mode: 'key', parents: 'spec.ingress.*.from.*.podSelector.matchLabels', key: null, word: '' });
});

test('flow collections and comments are not completion contexts', () => {
  assert.equal(ctx(`
    spec:
      selector: {app: w$0}
  `), null);
  assert.equal(ctx(`
    spec: # a comment $0
  `), null);
});
