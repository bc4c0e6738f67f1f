import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['service-ip-families'];

test('families are IPv4 or IPv6, each once; the policy is one of three', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: a}
    spec:
      ipFamilyPolicy: PreferDualStack
      ipFamilies: [IPv6, IPv4]
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: b}
    spec:
      ipFamilyPolicy: PreferDualStack
      ipFamilies: [ipv4, IPv4, IPv4]
    #              ^^^^ error service-ip-families: did you mean 'IPv4'?
    #                          ^^^^ error service-ip-families: IPv4 is listed twice
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: c}
    spec:
      ipFamilyPolicy: DualStack
    #                 ^^^^^^^^^ error service-ip-families: ipFamilyPolicy must be one of SingleStack, PreferDualStack, RequireDualStack
      ports: [{port: 80}]
  `, { rules });
});

test('SingleStack, written or defaulted, cannot have two families or two cluster IPs', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: a}
    spec:
      ipFamilies: [IPv4, IPv6]
    #                    ^^^^ error service-ip-families: ipFamilyPolicy defaults to SingleStack, which cannot be used with two ipFamilies
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: b}
    spec:
      ipFamilyPolicy: SingleStack
    #                 ^^^^^^^^^^^ error service-ip-families: ipFamilyPolicy SingleStack cannot be used with two clusterIPs
      clusterIP: 10.96.0.1
      clusterIPs: [10.96.0.1, "fd00::1"]
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: headless-no-selector}
    spec:
      clusterIP: None
      ipFamilies: [IPv4, IPv6]
  `, { rules });
});

test('families the cluster lacks are reported only when kubeNetlens.ipFamilies is set', () => {
  const yaml = `
    apiVersion: v1
    kind: Service
    metadata: {name: a}
    spec:
      ipFamilyPolicy: RequireDualStack
    #                 ^^^^^^^^^^^^^^^^ error service-ip-families: RequireDualStack needs a dual-stack cluster
      ipFamilies: [IPv4, IPv6]
    #                    ^^^^ error service-ip-families: IPv6 is not configured on this cluster
      ports: [{port: 80}]
  `;
  checkFixture(yaml, { rules, config: { ipFamilies: 'IPv4' } });
  checkFixture(yaml.replace(/^.*\^.*$/gm, ''), { rules, config: { ipFamilies: 'dual' } });
  checkFixture(yaml.replace(/^.*\^.*$/gm, ''), { rules });
});

test('a headless Service without selector may ask for families a single-stack cluster lacks', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: a}
    spec:
      clusterIP: None
      ipFamilyPolicy: RequireDualStack
      ipFamilies: [IPv4, IPv6]
  `, { rules, config: { ipFamilies: 'IPv4' } });
});
