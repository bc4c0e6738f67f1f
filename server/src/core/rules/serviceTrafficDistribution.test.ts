import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['service-traffic-distribution'];

test('trafficDistribution values, and the two topology annotations must agree', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata:
      name: a
      annotations:
        service.kubernetes.io/topology-mode: Auto
        service.kubernetes.io/topology-aware-hints: auto
    #                                               ^^^^ error service-traffic-distribution: must equal service.kubernetes.io/topology-mode ('Auto')
    spec:
      trafficDistribution: Random
    #                      ^^^^^^ error service-traffic-distribution: trafficDistribution must be one of PreferClose, PreferSameZone, PreferSameNode
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata:
      name: b
      annotations:
        service.kubernetes.io/topology-mode: Auto
        service.kubernetes.io/topology-aware-hints: Auto
    spec:
      trafficDistribution: PreferClose
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: c}
    spec:
      trafficDistribution: PreferSameNode
      ports: [{port: 80}]
  `, { rules });
});
