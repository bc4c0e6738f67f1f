import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture, dedent, parseFixture, workspaceOf } from '../testing/fixture';
import { linkGraph } from './graph/ofSnapshot';

const rules = ['service-selector-no-match', 'target-port-name-unresolved', 'link-unverifiable', 'selector-unmatched'];

test('a Service selecting the pods of a Prometheus, by stamped labels or podMetadata labels, is satisfied', () => {
  checkFixture(`
    apiVersion: monitoring.coreos.com/v1
    kind: Prometheus
    metadata: {name: k8s, namespace: monitoring}
    spec:
      podMetadata:
        labels: {app.kubernetes.io/part-of: kube-prometheus}
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: prometheus-k8s, namespace: monitoring}
    spec:
      selector: {app.kubernetes.io/name: prometheus, app.kubernetes.io/instance: k8s, app.kubernetes.io/part-of: kube-prometheus}
      ports: [{name: web, port: 9090, targetPort: web}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: prometheus-operated, namespace: monitoring}
    spec:
      selector: {prometheus: k8s, statefulset.kubernetes.io/pod-name: prometheus-k8s-0}
      ports: [{port: 9090, targetPort: reloader-web}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: wrong, namespace: monitoring}
    spec:
      selector:
        prometheus: main
      # ^^^^^^^^^^^^^^^^ warning service-selector-no-match: nearest: pod template of prometheus/k8s has prometheus=k8s
      ports: [{port: 9090}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: wrong-port, namespace: monitoring}
    spec:
      selector: {prometheus: k8s}
      ports: [{port: 9090, targetPort: http}]
                                     # ^^^^ warning target-port-name-unresolved: 'http'
  `, { rules });
});

test('Alertmanager, ThanosRuler and ECK Elasticsearch / Kibana pods', () => {
  checkFixture(`
    {apiVersion: monitoring.coreos.com/v1, kind: Alertmanager, metadata: {name: main}}
    ---
    {apiVersion: v1, kind: Service, metadata: {name: am}, spec: {selector: {alertmanager: main, app.kubernetes.io/name: alertmanager}, ports: [{port: 9093, targetPort: web}]}}
    ---
    {apiVersion: monitoring.coreos.com/v1, kind: ThanosRuler, metadata: {name: tr}}
    ---
    {apiVersion: v1, kind: Service, metadata: {name: tr}, spec: {selector: {thanos-ruler: tr}, ports: [{port: 10901, targetPort: grpc}]}}
    ---
    apiVersion: elasticsearch.k8s.elastic.co/v1
    kind: Elasticsearch
    metadata: {name: es}
    spec:
      nodeSets:
        - name: hot
          podTemplate: {metadata: {labels: {tier: hot}}}
    ---
    {apiVersion: v1, kind: Service, metadata: {name: es}, spec: {selector: {common.k8s.elastic.co/type: elasticsearch, elasticsearch.k8s.elastic.co/cluster-name: es, tier: hot}, ports: [{port: 9200, targetPort: https}]}}
    ---
    {apiVersion: v1, kind: Service, metadata: {name: es-set}, spec: {selector: {elasticsearch.k8s.elastic.co/statefulset-name: es-es-hot}, ports: [{port: 9300}]}}
    ---
    {apiVersion: kibana.k8s.elastic.co/v1, kind: Kibana, metadata: {name: kb}, spec: {http: {tls: {selfSignedCertificate: {disabled: true}}}}}
    ---
    {apiVersion: v1, kind: Service, metadata: {name: kb}, spec: {selector: {kibana.k8s.elastic.co/name: kb}, ports: [{port: 5601, targetPort: http}]}}
  `, { rules });
});

test('the same kind in another API group runs no pods', () => {
  checkFixture(`
    {apiVersion: example.com/v1, kind: Prometheus, metadata: {name: k8s}}
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: p}
    spec:
      selector: {prometheus: k8s}
    # ^^^^^^^^ information selector-unmatched: selector prometheus=k8s matches no pod template anywhere in the workspace
  `, { rules });
});

test('a stamped label links to the name of the custom resource', () => {
  const f = parseFixture(dedent(`
    apiVersion: monitoring.coreos.com/v1
    kind: Prometheus
    metadata: {name: k8s}
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: p}
    spec:
      selector: {prometheus: k8s}
  `));
  const text = f.files.get('/ws/main.yaml')!;
  const links = linkGraph(workspaceOf(f).snapshot()).linksAt('/ws/main.yaml', text.indexOf('prometheus: k8s'));
  assert.deepEqual(links.map((l) => l.to.map((t) => text.slice(t.start, t.end))), [['name: k8s']]);
});
