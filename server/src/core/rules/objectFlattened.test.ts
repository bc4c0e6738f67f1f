import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkFixture } from '../testing/fixture';
import { applyFix } from '../testing/fixes';
import { atCursor } from '../testing/cursor';
import { hover } from '../features/hover';

const rules = ['object-flattened', 'yaml-syntax', 'metadata-outdented', 'missing-document-separator', 'unknown-field', 'service-selector-no-match'];
const printed = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../../../examples/seed/as-printed', name), 'utf8');
/** A fixture holding the text exactly (no dedent applies: it has no leading blanks). */
const only = (text: string) => `//- app.yaml\n${text}`;

test('the seed article as printed: one error per document, none of the YAML errors the lost indentation causes', () => {
  checkFixture(`
    apiVersion: v1
    ^^^^^^^^^^ error object-flattened: this object lost its indentation: 5 keys sit outside the fields they belong to
    kind: Pod
    metadata:
    name: my-pod
    spec:
    containers:
    - name: container-1
    image: nginx
    - name: container-2
    image: busybox
  `, { rules });
});

test('objects run together and flattened are read as the objects they describe: the Service is linked and selects no pod', () => {
  checkFixture(`
    apiVersion: v1
    ^^^^^^^^^^ error object-flattened: this document lost its indentation: 9 keys sit outside the fields they belong to; 2 objects run together with no '---' between them
    kind: Pod
    metadata:
    name: pod-1
    spec:
    containers:
    - name: container-1
    image: nginx
    apiVersion: v1
    kind: Service
    metadata:
    name: my-service
    spec:
    selector:
    ^^^^^^^^ warning service-selector-no-match: selector app=nginx matches no pod template in namespace 'default'
    app: nginx
    ports:
    - protocol: TCP
    port: 80
    targetPort: 80
  `, { rules });
  const c = atCursor(only(printed('03-pod-and-service.yaml').replace('name: my-service', 'name: my-$0service')));
  assert.match(hover(c.snapshot, c.uri, c.offset)?.markdown ?? '', /my-service\.default\.svc\.cluster\.local/);
});

test('the fix re-indents each of the three examples from the schema, and separates the objects with ---', () => {
  assert.equal(applyFix(only(printed('01-pod-two-containers.yaml')), 'object-flattened'), [
    'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: my-pod', 'spec:', '  containers:',
    '    - name: container-1', '      image: nginx', '    - name: container-2', '      image: busybox', '',
  ].join('\n'));
  assert.equal(applyFix(only(printed('02-two-pods.yaml')), 'object-flattened'), [
    'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: pod-1', 'spec:', '  containers:', '    - name: container-1', '      image: nginx',
    '---',
    'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: pod-2', 'spec:', '  containers:', '    - name: container-2', '      image: busybox', '',
  ].join('\n'));
  assert.equal(applyFix(only(printed('03-pod-and-service.yaml')), 'object-flattened'), [
    'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: pod-1', 'spec:', '  containers:', '    - name: container-1', '      image: nginx',
    '---',
    'apiVersion: v1', 'kind: Service', 'metadata:', '  name: my-service', 'spec:', '  selector:', '    app: nginx', '  ports:',
    '    - protocol: TCP', '      port: 80', '      targetPort: 80', '',
  ].join('\n'));
});

test('a slip under one parent is left to metadata-outdented; custom resources and well-formed objects are not rebuilt', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata:
    name: web
    ^^^^ error metadata-outdented: 'name'
    namespace: shop
    ^^^^^^^^^ error metadata-outdented: 'namespace'
    spec: {containers: [{name: web, image: nginx}]}
    ---
    apiVersion: example.com/v1
    kind: Widget
    metadata:
    name: w
    ^^^^ error metadata-outdented: 'name'
    spec:
    size: 3
    colour: red
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: fine}
    spec:
      containers:
      - name: web
        image: nginx
  `, { rules });
});
