import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['ingress-class-annotation-deprecated'];

test('the ingress.class annotation warns, unless it contradicts ingressClassName (an error elsewhere)', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: a
      annotations:
        kubernetes.io/ingress.class: nginx
      # ^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning ingress-class-annotation-deprecated: annotation kubernetes.io/ingress.class is deprecated; use spec.ingressClassName: nginx instead
    spec:
      defaultBackend: {service: {name: web, port: {number: 80}}}
    ---
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: b
      annotations: {kubernetes.io/ingress.class: traefik}
    spec:
      ingressClassName: nginx
      defaultBackend: {service: {name: web, port: {number: 80}}}
    ---
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: gke
      annotations: {kubernetes.io/ingress.class: gce}
    spec:
      defaultBackend: {service: {name: web, port: {number: 80}}}
    ---
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: c}
    spec:
      ingressClassName: nginx
      defaultBackend: {service: {name: web, port: {number: 80}}}
  `, { rules });
});
