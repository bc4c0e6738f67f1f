import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['api-version-removed'];

test('an API version the configured Kubernetes no longer serves is an error on apiVersion; served ones are not', () => {
  checkFixture(`
    apiVersion: extensions/v1beta1
    #           ^^^^^^^^^^^^^^^^^^ error api-version-removed: Ingress extensions/v1beta1 is not served since Kubernetes 1.22 (checked against 1.34); kubectl apply fails: use networking.k8s.io/v1
    kind: Ingress
    metadata: {name: a}
    spec:
      backend: {serviceName: a, servicePort: 80}
    ---
    apiVersion: networking.k8s.io/v1beta1
    #           ^^^^^^^^^^^^^^^^^^^^^^^^^ error api-version-removed: Ingress networking.k8s.io/v1beta1 is not served since Kubernetes 1.22
    kind: Ingress
    metadata: {name: b}
    spec:
      backend: {serviceName: b, servicePort: 80}
    ---
    {apiVersion: networking.k8s.io/v1, kind: Ingress, metadata: {name: c}, spec: {defaultBackend: {service: {name: c, port: {number: 80}}}}}
    ---
    {apiVersion: extensions/v1beta1, kind: NetworkPolicy, metadata: {name: p}, spec: {podSelector: {}}}
    #            ^^^^^^^^^^^^^^^^^^ error api-version-removed: NetworkPolicy extensions/v1beta1 is not served since Kubernetes 1.16
    ---
    {apiVersion: apps/v1beta2, kind: StatefulSet, metadata: {name: s}}
    #            ^^^^^^^^^^^^ error api-version-removed: use apps/v1
    ---
    {apiVersion: batch/v1beta1, kind: CronJob, metadata: {name: j}}
    #            ^^^^^^^^^^^^^ error api-version-removed: CronJob batch/v1beta1 is not served since Kubernetes 1.25
    ---
    {apiVersion: example.com/v1beta1, kind: Ingress, metadata: {name: custom}}
  `, { rules });
});

test('kubernetesVersion decides: EndpointSlice v1beta1 is served by 1.24 and not by 1.25', () => {
  const slice = `
    {apiVersion: discovery.k8s.io/v1beta1, kind: EndpointSlice, metadata: {name: s}, addressType: IPv4, endpoints: []}`;
  checkFixture(slice, { rules, config: { kubernetesVersion: '1.24' } });
  checkFixture(`${slice}
    #            ^^^^^^^^^^^^^^^^^^^^^^^^ error api-version-removed: EndpointSlice discovery.k8s.io/v1beta1 is not served since Kubernetes 1.25 (checked against 1.25)`, { rules, config: { kubernetesVersion: '1.25' } });
});
