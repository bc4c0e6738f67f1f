import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix } from '../testing/applyFix';
import { checkFixture } from '../testing/fixture';

const rules = ['container-port-name'];

test('IANA_SVC_NAME: 15 characters pass, 16 fail; digits-only names fail; 1http passes', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      containers:
        - name: web
          ports:
            - {containerPort: 1, name: abcdefghijklmno}
            - {containerPort: 2, name: abcdefghijklmnop}
            #                          ^^^^^^^^^^^^^^^^ error container-port-name: port name must be at most 15 characters (IANA service name); 'abcdefghijklmnop' has 16 (container 'web')
            - {containerPort: 3, name: "80"}
            #                          ^^^^ error container-port-name: must contain at least one letter (IANA service name); '80' has none
            - {containerPort: 4, name: 80}
            #                          ^^ error container-port-name: must contain at least one letter
            - {containerPort: 5, name: 1http}
            - {containerPort: 6, name: http-80}
            - {containerPort: 7, name: a--b}
            #                          ^^^^ error container-port-name: must not contain '--'
            - {containerPort: 8, name: -ab}
            #                          ^^^ error container-port-name: must not start or end with '-'
            - {containerPort: 9, name: my_port}
            #                          ^^^^^^^ error container-port-name: may contain only lower-case letters, digits and '-'
            - {containerPort: 10, name: ""}
  `, { rules });
});

test('names are unique within a container only', () => {
  checkFixture(`
    apiVersion: apps/v1
    kind: StatefulSet
    metadata: {name: s}
    spec:
      template:
        spec:
          initContainers:
            - name: init
              ports: [{containerPort: 9000, name: metrics}]
          containers:
            - name: a
              ports: [{containerPort: 80, name: http}, {containerPort: 9090, name: metrics}]
            - name: b
              ports:
                - {containerPort: 81, name: http}
                - {containerPort: 82, name: http}
                #                           ^^^^ error container-port-name: port name 'http' is already used by ports[0] of container 'b'; names must be unique within a container
  `, { rules });
});

test('an upper-case name gets a lower-case fix', () => {
  const fixed = applyFix(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      containers:
        - name: web
          ports: [{containerPort: 80, name: HTTP}]
  `, 'container-port-name');
  assert.equal(fixed, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: web\n      ports: [{containerPort: 80, name: http}]\n');
});
