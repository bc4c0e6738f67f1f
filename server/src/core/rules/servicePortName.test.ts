import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture } from '../testing/fixture';
import { applyFix, dedentText } from '../testing/fixes';

const rules = ['service-port-name'];

test('Service port names are DNS-1123 labels: "80" and 63 characters are valid, 64 characters and upper case are not', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ports:
        - {name: "80", port: 80}
        - {name: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, port: 81}
        - {name: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, port: 82}
    #            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error service-port-name: it has 64 characters
        - {name: HTTP, port: 83}
    #            ^^^^ error service-port-name: port name 'HTTP' is not a DNS-1123 label
        - {name: -x, port: 84}
    #            ^^ error service-port-name: must start and end with a letter or digit
        - {name: 80, port: 85}
    #            ^^ error service-port-name: port name must be a string
  `, { rules });
});

test('a single port needs no name; several ports all need one', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: one}
    spec:
      ports:
        - port: 80
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: two}
    spec:
      ports:
        - port: 80
    #     ^^^^ error service-port-name: ports[0] needs a name
        - name: ""
    #     ^^^^ error service-port-name: ports[1] needs a name
          port: 443
        - name: metrics
          port: 9090
  `, { rules });
});

test('the quick fix names every unnamed port, keeping names unique', () => {
  const fixed = applyFix(`
    apiVersion: v1
    kind: Service
    metadata: {name: two}
    spec:
      ports:
        - port: 80
          targetPort: 8080
        - {port: 8443}
        - name: http
          port: 81
        - port: 80
          protocol: UDP
  `, 'service-port-name');
  assert.equal(fixed, dedentText(`
    apiVersion: v1
    kind: Service
    metadata: {name: two}
    spec:
      ports:
        - name: http-2
          port: 80
          targetPort: 8080
        - {name: port-8443, port: 8443}
        - name: http
          port: 81
        - name: http-3
          port: 80
          protocol: UDP
  `));
});

test('the quick fixes lower-case a name and quote a numeric one', () => {
  const yaml = `
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ports:
        - name: Web
          port: 80
  `;
  assert.equal(applyFix(yaml, 'service-port-name'), dedentText(yaml.replace('name: Web', 'name: web')));
  const numeric = yaml.replace('name: Web', 'name: 8080');
  assert.equal(applyFix(numeric, 'service-port-name'), dedentText(yaml.replace('name: Web', 'name: "8080"')));
});

test('unnamed ports of a Service that a kustomize patch modifies are not reported', () => {
  checkFixture(`
    //- base/service.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ports: [{port: 80}, {port: 443}]
    //- base/kustomization.yaml
    resources: [service.yaml]
    patches:
      - path: names.yaml
    //- base/names.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ports: [{port: 80, name: http}, {port: 443, name: https}]
  `, { rules });
});
