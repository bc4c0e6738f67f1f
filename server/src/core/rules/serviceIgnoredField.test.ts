import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['service-ignored-field'];

test('fields the API server accepts with a warning', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: a}
    spec:
      externalName: db.example.com
    # ^^^^^^^^^^^^ warning service-ignored-field: externalName is ignored because type is ClusterIP
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: b}
    spec:
      type: ExternalName
      externalName: db.example.com
      externalIPs: [203.0.113.1]
    # ^^^^^^^^^^^ warning service-ignored-field: externalIPs is ignored on a Service of type ExternalName
    ---
    apiVersion: v1
    kind: Service
    metadata:
      name: c
      annotations:
        service.kubernetes.io/topology-aware-hints: Auto
    #   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning service-ignored-field: deprecated; use service.kubernetes.io/topology-mode
    spec:
      clusterIP: None
      sessionAffinity: ClientIP
    # ^^^^^^^^^^^^^^^ warning service-ignored-field: sessionAffinity is ignored on a headless Service
      loadBalancerIP: 203.0.113.2
    # ^^^^^^^^^^^^^^ warning service-ignored-field: loadBalancerIP is ignored on a headless Service
      trafficDistribution: PreferClose
    #                      ^^^^^^^^^^^ warning service-ignored-field: use 'PreferSameZone'
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: quiet}
    spec:
      clusterIP: None
      sessionAffinity: None
      externalName: ""
      ports: [{port: 80}]
  `, { rules });
});
