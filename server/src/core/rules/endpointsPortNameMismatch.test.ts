import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture, dedent } from '../testing/fixture';
import { applyFirstFix } from '../testing/fixes';

const rules = ['endpoints-port-name-mismatch'];

const service = `
    //- svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: db}
    spec:
      ports:
        - {name: postgres, port: 5432}
        - {name: metrics, port: 9187}
`;

test('an Endpoints port name must be a port name of its selector-less Service', () => {
  checkFixture(`${service}
    //- ep.yaml
    apiVersion: v1
    kind: Endpoints
    metadata: {name: db}
    subsets:
      - addresses: [{ip: 10.0.0.5}]
        ports:
          - {name: postgres, port: 5432}
          - {name: postgre, port: 5433}
    #              ^^^^^^^ warning endpoints-port-name-mismatch: endpoint port 'postgre' matches no port of Service 'db' (its ports: 'postgres', 'metrics'); a Service port sends traffic only to the endpoint port of the same name; did you mean 'postgres'?
          - {port: 9187}
    #        ^^^^ warning endpoints-port-name-mismatch: unnamed endpoint port matches no port of Service 'db'
  `, { rules });
});

test('an EndpointSlice is matched through its kubernetes.io/service-name label', () => {
  checkFixture(`${service}
    //- slice.yaml
    apiVersion: discovery.k8s.io/v1
    kind: EndpointSlice
    metadata:
      name: db-1
      labels: {kubernetes.io/service-name: db}
    addressType: IPv4
    ports:
      - {name: metrics, port: 9187}
      - {name: http, port: 80}
    #          ^^^^ warning endpoints-port-name-mismatch: endpoint port 'http' matches no port of Service 'db'
    endpoints: [{addresses: [10.0.0.5]}]
  `, { rules });
});

test('stays quiet: a single unnamed port on both sides, a Service with a selector, no Service, other namespaces', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: ext}
    spec: {ports: [{port: 80}]}
    ---
    apiVersion: v1
    kind: Endpoints
    metadata: {name: ext}
    subsets: [{addresses: [{ip: 1.2.3.4}], ports: [{port: 8080}]}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec: {selector: {app: web}, ports: [{name: http, port: 80}]}
    ---
    apiVersion: v1
    kind: Endpoints
    metadata: {name: web}
    subsets: [{addresses: [{ip: 1.2.3.4}], ports: [{name: other, port: 8080}]}]
    ---
    apiVersion: v1
    kind: Endpoints
    metadata: {name: nothing}
    subsets: [{addresses: [{ip: 1.2.3.4}], ports: [{name: other, port: 8080}]}]
    ---
    apiVersion: v1
    kind: Endpoints
    metadata: {name: ext, namespace: elsewhere}
    subsets: [{addresses: [{ip: 1.2.3.4}], ports: [{name: other, port: 8080}]}]
  `, { rules });
});

test('the quick fix renames the endpoint port', () => {
  const ep = (name: string) => `    apiVersion: v1
    kind: Endpoints
    metadata: {name: db}
    subsets: [{addresses: [{ip: 10.0.0.5}], ports: [{name: ${name}, port: 9187}]}]
  `;
  assert.equal(applyFirstFix(`${service}\n    //- ep.yaml\n${ep('metric')}`, 'endpoints-port-name-mismatch'), dedent(ep('metrics')));
});
