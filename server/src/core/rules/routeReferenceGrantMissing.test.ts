import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['route-reference-grant-missing'];

test('a cross-namespace backendRef needs a ReferenceGrant in the target namespace for the route kind and namespace', () => {
  checkFixture(`
    //- route.yaml
    apiVersion: gateway.networking.k8s.io/v1
    kind: HTTPRoute
    metadata: {name: r, namespace: web}
    spec:
      rules:
        - backendRefs:
            - {name: api, namespace: backend, port: 80}
            - {name: db, namespace: data, port: 5432}
    #                ^^ information route-reference-grant-missing: Service 'db' is in namespace 'data', but no ReferenceGrant in 'data' allows HTTPRoutes from namespace 'web'
            - {name: cache, namespace: other, port: 6379}
    #                ^^^^^ information route-reference-grant-missing: no ReferenceGrant in 'other'
            - {name: local, namespace: web, port: 80}
            - {name: local2, port: 80}
    //- grants.yaml
    apiVersion: gateway.networking.k8s.io/v1beta1
    kind: ReferenceGrant
    metadata: {name: from-web, namespace: backend}
    spec:
      from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: web}]
      to: [{group: "", kind: Service}]
    ---
    apiVersion: gateway.networking.k8s.io/v1beta1
    kind: ReferenceGrant
    metadata: {name: wrong-kind, namespace: data}
    spec:
      from: [{group: gateway.networking.k8s.io, kind: GRPCRoute, namespace: web}]
      to: [{group: "", kind: Service}]
    ---
    apiVersion: gateway.networking.k8s.io/v1beta1
    kind: ReferenceGrant
    metadata: {name: other-name, namespace: other}
    spec:
      from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: web}]
      to: [{group: "", kind: Service, name: not-cache}]
  `, { rules });
});
