import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['ingress-class'];

test('controller is a domain-prefixed path; parameters scope and namespace agree', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: IngressClass
    metadata: {name: nginx}
    spec:
      controller: k8s.io/ingress-nginx
      parameters: {apiGroup: k8s.example.com, kind: IngressParameters, name: external-lb, scope: Namespace, namespace: infra}
    ---
    apiVersion: networking.k8s.io/v1
    kind: IngressClass
    metadata: {name: b}
    spec:
      controller: ingress-nginx
      #           ^^^^^^^^^^^^^ error ingress-class: controller 'ingress-nginx' must be a domain-prefixed path
      parameters: {kind: P, name: p, scope: Cluster, namespace: infra}
      #                                              ^^^^^^^^^ error ingress-class: parameters.namespace must not be set when scope is Cluster
    ---
    apiVersion: networking.k8s.io/v1
    kind: IngressClass
    metadata: {name: c}
    spec:
    ^^^^ error ingress-class: spec.controller is required
      parameters: {kind: P, name: p, scope: Namespace}
      #                              ^^^^^ error ingress-class: parameters.namespace is required when scope is Namespace
    ---
    apiVersion: networking.k8s.io/v1
    kind: IngressClass
    metadata: {name: d}
    spec:
      controller: example.com/
      #           ^^^^^^^^^^^^ error ingress-class: must have a path after the domain
      parameters: {kind: P, scope: cluster}
    # ^^^^^^^^^^ error ingress-class: parameters.name is required
      #                            ^^^^^^^ error ingress-class: parameters.scope must be one of Cluster, Namespace (case-sensitive), got 'cluster'
    ---
    apiVersion: networking.k8s.io/v1
    kind: IngressClass
    metadata: {name: e}
    spec:
      controller: example.com/ingress
      parameters: {kind: P, name: p}
  `, { rules });
});
