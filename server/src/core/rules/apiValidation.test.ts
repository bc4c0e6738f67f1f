import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';
import { RULES } from './registry';

/** Every rule of the api-service area: the manifests below are accepted by the API server, so all must stay quiet. */
const rules = RULES.filter((r) => r.category === 'api-validation' && r.id !== 'workload-selector-mismatch' && r.id !== 'workload-selector-missing').map((r) => r.id);

test('tricky manifests the API server accepts produce no API-validation finding', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata:
      name: web
      annotations:
        service.kubernetes.io/topology-mode: Auto
    spec:
      # A quoted all-digit Service port name is a valid DNS-1123 label.
      ports:
        - name: "80"
          port: 80
          targetPort: http
          appProtocol: kubernetes.io/h2c
        - name: metrics
          port: 9090
          protocol: TCP
      selector: {app.kubernetes.io/name: web, tier: ""}
      sessionAffinity: None
      sessionAffinityConfig: {clientIP: {timeoutSeconds: 999999}}
      externalIPs: [203.0.113.10]
      externalTrafficPolicy: Local
      internalTrafficPolicy: Cluster
      trafficDistribution: PreferSameZone
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: headless}
    spec:
      clusterIP: None
      ports: [{name: db, port: 5432, targetPort: 15432}]
      selector: {app: db}
      publishNotReadyAddresses: true
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: lb}
    spec:
      type: LoadBalancer
      loadBalancerClass: example.com/internal-vip
      allocateLoadBalancerNodePorts: false
      loadBalancerSourceRanges: [203.0.113.0/24, "2001:db8::/32"]
      externalTrafficPolicy: Local
      healthCheckNodePort: 32000
      ipFamilyPolicy: PreferDualStack
      ipFamilies: [IPv6, IPv4]
      ports:
        - {name: dns-udp, port: 53, protocol: UDP, nodePort: 30053}
        - {name: dns-tcp, port: 53, protocol: TCP, nodePort: 30053}
      selector: {app: dns}
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: pinned}
    spec:
      ipFamilyPolicy: RequireDualStack
      clusterIP: 10.96.0.10
      clusterIPs: [10.96.0.10, "fd00:10:96::a"]
      ports: [{port: 53, protocol: UDP}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: ext}
    spec:
      type: ExternalName
      externalName: db.example.com
      ports: [{port: 5432}]
    ---
    apiVersion: serving.knative.dev/v1
    kind: Service
    metadata: {name: Not_A_Core_Service}
    spec:
      template: {spec: {containers: [{image: x}]}}
    ---
    apiVersion: v1
    kind: Endpoints
    metadata: {name: external}
    subsets:
      - addresses: [{ip: 192.0.2.42}]
        ports: [{port: 5432}]
    ---
    apiVersion: discovery.k8s.io/v1
    kind: EndpointSlice
    metadata: {name: external-1}
    addressType: IPv6
    endpoints:
      - addresses: ["2001:db8::42"]
        conditions: {ready: true}
    ports:
      - {name: "", port: 5432}
  `, { rules, config: { serviceCIDRs: ['10.96.0.0/12', 'fd00:10:96::/112'], ipFamilies: 'dual' } });
});

test('empty enum values are replaced by their defaults before validation', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      type: ""
      sessionAffinity: ""
      ports: [{port: 80, protocol: ""}]
  `, { rules });
});
