import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture, dedent } from '../testing/fixture';
import { applyFirstFix } from '../testing/fixes';

const rules = ['route-backend-unresolved', 'link-unverifiable'];

const services = `
    //- svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: reviews}
    spec:
      ports: [{name: http, port: 9080}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: ratings, namespace: shop}
    spec:
      ports: [{name: grpc, port: 50051, targetPort: 5000}]
`;

test('warns on a missing Service or port in any route kind, a mirror included; the namespace field is honoured', () => {
  checkFixture(`${services}
    //- route.yaml
    apiVersion: gateway.networking.k8s.io/v1
    kind: HTTPRoute
    metadata: {name: reviews}
    spec:
      parentRefs: [{name: gw}]
      rules:
        - backendRefs:
            - name: reviews
              port: 9080
            - name: review
    #               ^^^^^^ warning route-backend-unresolved: no Service 'review' in namespace 'default'; did you mean 'reviews'?
              port: 9080
            - name: reviews
              port: 8080
    #               ^^^^ warning route-backend-unresolved: Service 'reviews' has no port 8080; it exposes 9080/TCP (http); did you mean 9080?
          filters:
            - type: RequestMirror
              requestMirror:
                backendRef: {name: ratings, port: 50051}
    #                              ^^^^^^^ warning route-backend-unresolved: no Service 'ratings' in namespace 'default'
        - backendRefs:
            - {name: ratings, namespace: shop, port: 50051}
            - {name: ratings, namespace: shop, port: 5000}
    #                                                ^^^^ warning route-backend-unresolved: Service 'ratings' has no port 5000; it exposes 50051/TCP (grpc); did you mean 50051?
    ---
    apiVersion: gateway.networking.k8s.io/v1alpha2
    kind: TCPRoute
    metadata: {name: tcp}
    spec:
      rules:
        - backendRefs:
            - name: reviews
              port: 9081
    #               ^^^^ warning route-backend-unresolved: Service 'reviews' has no port 9081
  `, { rules });
});

test('stays quiet for non-Service backends, other API groups and Helm templates', () => {
  checkFixture(`${services}
    //- route.yaml
    apiVersion: gateway.networking.k8s.io/v1
    kind: HTTPRoute
    metadata: {name: r}
    spec:
      rules:
        - backendRefs:
            - {group: inference.networking.x-k8s.io, kind: InferencePool, name: pool}
            - {group: multicluster.x-k8s.io, kind: ServiceImport, name: remote, port: 80}
            - {kind: Service, group: "", name: reviews, port: 9080}
    ---
    apiVersion: example.com/v1
    kind: HTTPRoute
    metadata: {name: other}
    spec:
      rules: [{backendRefs: [{name: nope, port: 1}]}]
    //- chart/templates/route.yaml
    apiVersion: gateway.networking.k8s.io/v1
    kind: HTTPRoute
    metadata: {name: {{ .Release.Name }}}
    spec:
      rules: [{backendRefs: [{name: {{ .Values.svc }}, port: 80}, {name: reviews, port: 1}]}]
  `, { rules });
});

test('the quick fix replaces the port', () => {
  const route = (port: number) => `    apiVersion: gateway.networking.k8s.io/v1
    kind: GRPCRoute
    metadata: {name: r, namespace: shop}
    spec:
      rules: [{backendRefs: [{name: ratings, port: ${port}}]}]
  `;
  assert.equal(applyFirstFix(`${services}\n    //- route.yaml\n${route(5000)}`, 'route-backend-unresolved'), dedent(route(50051)));
});
