import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['yaml-syntax'];

test('reports syntax errors in plain words, only in Kubernetes manifests', () => {
  checkFixture(`
    //- bad.yaml
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: x
    data:
      a: [1, 2
      #      ^ error yaml-syntax: flow sequence in block collection must be sufficiently indented and end with a ]
    //- compose.yaml
    services:
      web: [1, 2
  `, { rules });
});

test('tabs used for indentation are errors', () => {
  checkFixture(`
    apiVersion: v1
    kind: ConfigMap
    metadata:
    \tname: x
    ^ error yaml-syntax: tabs are not allowed for indentation
  `, { rules });
});

test('multi-line quoted scalars with shallow continuation lines are accepted, as Go’s decoder accepts them', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata:
      name: x
      annotations:
        example.com/config: '[
        {"a": 1}
        ]'
    spec:
      containers: [{name: a, image: nginx}]
  `, { rules });
});

test('a document of comments only, an empty document and a trailing --- are fine', () => {
  checkFixture(`
    # just a comment
    ---
    ---
    apiVersion: v1
    kind: ConfigMap
    metadata: {name: x}
    ---
  `, { rules });
});
