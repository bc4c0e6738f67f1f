import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['service-cluster-ip'];

test('clusterIP is "", None or an IP; clusterIPs must start with it', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: a}
    spec:
      clusterIP: 10.96.0.10
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: b}
    spec:
      clusterIP: ""
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: c}
    spec:
      clusterIP: 10.96.0.300
    #            ^^^^^^^^^^^ error service-cluster-ip: cluster IP '10.96.0.300' must be "", "None" or a valid IP address
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: d}
    spec:
      clusterIP: 10.96.0.10
      clusterIPs: [10.96.0.11]
    #              ^^^^^^^^^^ error service-cluster-ip: clusterIPs[0] '10.96.0.11' must equal clusterIP '10.96.0.10'
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: e}
    spec:
      clusterIPs: [10.96.0.11]
    # ^^^^^^^^^^ error service-cluster-ip: clusterIPs is set but clusterIP is not
      ports: [{port: 80}]
  `, { rules });
});

test('dual-stack pairs: at most two, one per family, matching ipFamilies', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: ok}
    spec:
      ipFamilyPolicy: RequireDualStack
      clusterIP: 10.96.0.10
      clusterIPs: [10.96.0.10, "fd00:10:96::a"]
      ipFamilies: [IPv4, IPv6]
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: same-family}
    spec:
      ipFamilyPolicy: PreferDualStack
      clusterIP: 10.96.0.10
      clusterIPs: [10.96.0.10, 10.96.0.11]
    #                          ^^^^^^^^^^ error service-cluster-ip: two cluster IPs must be one IPv4 and one IPv6 address; both are IPv4
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: three}
    spec:
      clusterIP: 10.96.0.10
      clusterIPs: [10.96.0.10, "fd00::a", "fd00::b"]
    #                                     ^^^^^^^^^ error service-cluster-ip: at most two cluster IPs
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: family}
    spec:
      clusterIP: 10.96.0.10
    #            ^^^^^^^^^^ error service-cluster-ip: cluster IP '10.96.0.10' is IPv4, but ipFamilies[0] is IPv6
      ipFamilies: [IPv6]
      ports: [{port: 80}]
  `, { rules });
});

test('None is alone and never on NodePort or LoadBalancer', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: headless}
    spec:
      clusterIP: None
      ipFamilies: [IPv6]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: np}
    spec:
      type: NodePort
      clusterIP: None
    #            ^^^^ error service-cluster-ip: a Service of type NodePort cannot be headless
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: two}
    spec:
      clusterIP: None
      clusterIPs: [None, "fd00::1"]
    #              ^^^^ error service-cluster-ip: 'None' must be the first and only cluster IP
  `, { rules });
});

test('a pinned clusterIP outside kubeNetlens.serviceCIDRs is an error only when the setting is set', () => {
  const yaml = `
    apiVersion: v1
    kind: Service
    metadata: {name: dns}
    spec:
      clusterIP: 10.112.0.10
    #            ^^^^^^^^^^^ error service-cluster-ip: cluster IP '10.112.0.10' is outside the service CIDR 10.96.0.0/12
      ports: [{port: 53}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: last}
    spec:
      clusterIP: 10.111.255.254
      ports: [{port: 53}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: broadcast}
    spec:
      clusterIP: 10.111.255.255
    #            ^^^^^^^^^^^^^^ error service-cluster-ip: is the broadcast address of the service CIDR 10.96.0.0/12
      ports: [{port: 53}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: network}
    spec:
      clusterIP: 10.96.0.0
    #            ^^^^^^^^^ error service-cluster-ip: is the network address
      ports: [{port: 53}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: first}
    spec:
      clusterIP: 10.96.0.1
      ports: [{port: 53}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: v6}
    spec:
      ipFamilies: [IPv6]
      clusterIP: "fd00::10"
    #            ^^^^^^^^^^ error service-cluster-ip: the cluster has no IPv6 service CIDR
      ports: [{port: 53}]
  `;
  checkFixture(yaml, { rules, config: { serviceCIDRs: ['10.96.0.0/12'] } });
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: dns}
    spec:
      clusterIP: 10.112.0.10
      ports: [{port: 53}]
  `, { rules });
});

test('empty clusterIPs entries with an empty clusterIP ask for allocation and are fine', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: a}
    spec:
      clusterIPs: [""]
      ports: [{port: 80}]
  `, { rules });
});
