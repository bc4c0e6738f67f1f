import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix } from '../testing/fixes';
import { checkFixture } from '../testing/fixture';

const rules = ['ingress-path'];

test('pathType is required and an enum; Exact and Prefix paths are absolute and normalized', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: i}
    spec:
      rules:
        - host: a.example.com
          http:
            paths:
              - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
              - {path: /api/v1, pathType: Exact, backend: {service: {name: web, port: {number: 80}}}}
              - {path: /api/, backend: {service: {name: web, port: {number: 80}}}}
              #  ^^^^ error ingress-path: pathType is required in networking.k8s.io/v1
              - {path: /x, pathType: prefix, backend: {service: {name: web, port: {number: 80}}}}
              #                      ^^^^^^ error ingress-path: pathType must be one of Exact, Prefix, ImplementationSpecific (case-sensitive), got 'prefix'; did you mean 'Prefix'?
              - {path: api, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
              #        ^^^ error ingress-path: a Prefix path must be an absolute path starting with '/'; 'api' is not
              - {path: /a//b, pathType: Exact, backend: {service: {name: web, port: {number: 80}}}}
              #        ^^^^^ error ingress-path: a Exact path must not contain '//'
              - {path: /a/%2Fb, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
              #        ^^^^^^^ error ingress-path: must not contain '%2F'
              - {path: /a/.., pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
              #        ^^^^^ error ingress-path: must not end with '/..'
              - {path: /a/.b, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
              - {path: /e, pathType: "", backend: {service: {name: web, port: {number: 80}}}}
              #                      ^^ error ingress-path: pathType must be one of Exact, Prefix, ImplementationSpecific (case-sensitive), got ''
              - {path: /(.*), pathType: ImplementationSpecific, backend: {service: {name: web, port: {number: 80}}}}
              - {path: //x, pathType: ImplementationSpecific, backend: {service: {name: web, port: {number: 80}}}}
              - {pathType: ImplementationSpecific, backend: {service: {name: web, port: {number: 80}}}}
              - {path: .*, pathType: ImplementationSpecific, backend: {service: {name: web, port: {number: 80}}}}
              #        ^^ error ingress-path: a ImplementationSpecific path must start with '/'; '.*' does not
        - host: b.example.com
          http:
            paths: []
          # ^^^^^ error ingress-path: an http rule needs at least one path
  `, { rules });
});

test('the fix adds pathType: ImplementationSpecific, the old v1beta1 default, in block and flow mappings', () => {
  const block = applyFix(`
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: i}
    spec:
      rules:
        - http:
            paths:
              - path: /api
                backend: {service: {name: web, port: {number: 80}}}
  `, 'ingress-path');
  assert.equal(block, 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: i}\nspec:\n  rules:\n    - http:\n        paths:\n          - path: /api\n            pathType: ImplementationSpecific\n            backend: {service: {name: web, port: {number: 80}}}\n');
  const flow = applyFix(`
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: i}
    spec:
      rules: [{http: {paths: [{path: /, backend: {service: {name: web, port: {number: 80}}}}]}}]
  `, 'ingress-path');
  assert.equal(flow, 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: i}\nspec:\n  rules: [{http: {paths: [{path: /, pathType: ImplementationSpecific, backend: {service: {name: web, port: {number: 80}}}}]}}]\n');
});
