import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['ingress-spec'];

test('rules or a defaultBackend; class name format; annotation must match the class name', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: a}
    spec:
    ^^^^ error ingress-spec: an Ingress needs at least one rule or a defaultBackend
      ingressClassName: nginx
    ---
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: b}
    spec:
      defaultBackend: {service: {name: web, port: {number: 80}}}
      ingressClassName: Nginx_Public
      #                 ^^^^^^^^^^^^ error ingress-spec: ingressClassName 'Nginx_Public' must be an IngressClass name
    ---
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: c
      annotations:
        kubernetes.io/ingress.class: traefik
        #                            ^^^^^^^ error ingress-spec: annotation kubernetes.io/ingress.class 'traefik' must equal ingressClassName 'nginx'
    spec:
      ingressClassName: nginx
      rules:
        - host: c.example.com
    ---
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: d
      annotations: {kubernetes.io/ingress.class: nginx}
    spec:
      ingressClassName: nginx
      rules: []
    # ^^^^^ error ingress-spec: needs at least one rule
  `, { rules });
});
