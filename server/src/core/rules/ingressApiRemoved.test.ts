import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['ingress-api-removed'];

test('notes the removed Ingress API versions on apiVersion, and is quiet for networking.k8s.io/v1', () => {
  checkFixture(`
    apiVersion: extensions/v1beta1
    #           ^^^^^^^^^^^^^^^^^^ information ingress-api-removed: Ingress extensions/v1beta1 was removed in Kubernetes 1.22
    kind: Ingress
    metadata: {name: a}
    spec:
      backend: {serviceName: a, servicePort: 80}
    ---
    apiVersion: networking.k8s.io/v1beta1
    #           ^^^^^^^^^^^^^^^^^^^^^^^^^ information ingress-api-removed: use networking.k8s.io/v1
    kind: Ingress
    metadata: {name: b}
    spec:
      backend: {serviceName: b, servicePort: 80}
    ---
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: c}
    spec:
      defaultBackend: {service: {name: c, port: {number: 80}}}
    ---
    apiVersion: extensions/v1beta1
    kind: Deployment
    metadata: {name: d}
  `, { rules });
});
