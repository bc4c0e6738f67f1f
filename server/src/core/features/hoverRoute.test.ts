import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt, SHOP_WEB } from '../testing/hover';

const APP = `${SHOP_WEB}  ---
  {apiVersion: v1, kind: Service, metadata: {name: web, namespace: shop}, spec: {selector: {app: web}, ports: [{name: http, port: 80, targetPort: http}]}}
`;

test('hover on an Ingress name: every path resolved to its Service port and on to the container port', () => {
  const md = hoverAt([APP, `
    //- ingress.yaml
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: we$0b, namespace: shop}
    spec:
      defaultBackend: {service: {name: web, port: {name: http}}}
      rules:
        - host: shop.example.com
          http:
            paths:
              - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
              - {path: /old, pathType: Exact, backend: {service: {name: gone, port: {number: 80}}}}
  `]);
  assert.equal(md, [
    '**Ingress** `shop/web`',
    '- default backend → Service shop/web `80/TCP` (http) → targetPort `http` → 8080 (container `web` in deployment/web)\n' +
      '- `shop.example.com/` (Prefix) → Service shop/web `80/TCP` (http) → targetPort `http` → 8080 (container `web` in deployment/web)\n' +
      '- `shop.example.com/old` (Exact) → Service `gone`: not in the workspace',
  ].join('\n\n'));
});

test('hover on an HTTPRoute name: each rule with its hostnames and path matches, down to the pods', () => {
  const md = hoverAt([APP, `
    //- route.yaml
    apiVersion: gateway.networking.k8s.io/v1
    kind: HTTPRoute
    metadata: {name: w$0eb, namespace: shop}
    spec:
      hostnames: [shop.example.com]
      rules:
        - matches: [{path: {type: PathPrefix, value: /api}}]
          backendRefs: [{name: web, port: 81}]
        - backendRefs: [{name: web, port: 80}]
  `]);
  assert.equal(md, [
    '**HTTPRoute** `shop/web`',
    '- rule 1 `/api` on shop.example.com → Service shop/web: no port 81 on it\n' +
      '- rule 2 on shop.example.com → Service shop/web `80/TCP` (http) → targetPort `http` → 8080 (container `web` in deployment/web)',
  ].join('\n\n'));
});

test('hover on an EndpointSlice or Endpoints name: the Service it gives addresses to', () => {
  const slice = hoverAt([APP, `
    //- slice.yaml
    apiVersion: discovery.k8s.io/v1
    kind: EndpointSlice
    metadata: {name: web-a$0bc, namespace: shop, labels: {kubernetes.io/service-name: web}}
    addressType: IPv4
    endpoints: []
  `]);
  assert.match(slice, /^\*\*EndpointSlice shop\/web-abc\*\* holds addresses for Service `web` \(by its `kubernetes\.io\/service-name` label\)\.\n\n---\n\n\*\*Service\*\* `shop\/web`/);
  const lost = hoverAt(`
    apiVersion: v1
    kind: Endpoints
    metadata: {name: d$0b}
    subsets: []
  `);
  assert.equal(lost, '**Endpoints default/db** holds addresses for Service `db` (by its name): no such Service in the workspace.');
});
