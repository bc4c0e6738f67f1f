import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dedent, parseFixture, workspaceOf } from '../testing/fixture';
import { refName } from './resource';
import { intendedConnections } from './serviceReferences';

test('intendedConnections: what a workload names in its containers and in the ConfigMaps its pods read', () => {
  const snapshot = workspaceOf(parseFixture(dedent(`
    //- app.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: cart, namespace: shop}
    spec: {ports: [{port: 7000}]}
    ---
    apiVersion: v1
    kind: ConfigMap
    metadata: {name: urls, namespace: shop}
    data: {CATALOG: "http://catalog.shop.svc:8080", CART: "cart:7000"}
    ---
    apiVersion: v1
    kind: ConfigMap
    metadata: {name: unread, namespace: shop}
    data: {OTHER: "http://other.shop.svc:8080"}
    ---
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web, namespace: shop}
    spec:
      template:
        spec:
          containers:
            - name: web
              envFrom: [{configMapRef: {name: urls}}]
              env: [{name: CART, value: "cart.shop:7000"}, {name: WORD, value: "notaservice:80"}]
  `))).snapshot();
  const web = snapshot.resources.find((r) => r.kind === 'Deployment')!;
  const listed = intendedConnections(snapshot, web).map((c) => `${c.ref.dns.host}:${c.ref.port} in ${c.ref.where} -> ${c.services.map(refName).join(', ') || 'nothing'}`);
  assert.deepEqual(listed, [
    "cart.shop:7000 in env CART of container 'web' -> service/cart",
    "catalog.shop.svc:8080 in data key 'CATALOG' -> nothing",
    "cart:7000 in data key 'CART' -> service/cart",
  ]);
});
