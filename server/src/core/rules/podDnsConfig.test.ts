import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix } from '../testing/fixes';
import { checkFixture } from '../testing/fixture';

const rules = ['pod-dns-config'];

test('dnsPolicy enum, and None requires nameservers', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: a}
    spec:
      dnsPolicy: ClusterFirstWithHostNet
      containers: [{name: web, image: nginx}]
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: b}
    spec:
      dnsPolicy: clusterfirst
      #          ^^^^^^^^^^^^ error pod-dns-config: dnsPolicy must be one of ClusterFirstWithHostNet, ClusterFirst, Default, None (case-sensitive), got 'clusterfirst'; did you mean 'ClusterFirst'?
      containers: [{name: web, image: nginx}]
    ---
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: c}
    spec:
      template:
        spec:
          dnsPolicy: None
          dnsConfig:
        # ^^^^^^^^^ error pod-dns-config: dnsPolicy: None needs dnsConfig with at least one nameserver
            searches: [svc.cluster.local]
          containers: [{name: web, image: nginx}]
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: d}
    spec:
      dnsPolicy: None
    # ^^^^^^^^^ error pod-dns-config: dnsPolicy: None needs dnsConfig
      containers: [{name: web, image: nginx}]
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: e}
    spec:
      dnsPolicy: None
      dnsConfig: {nameservers: [1.1.1.1]}
      containers: [{name: web, image: nginx}]
  `, { rules });
});

test('at most 3 nameservers; search domains are subdomains, with _ and a lone dot allowed; options need names', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      dnsConfig:
        nameservers: [10.0.0.1, "fd00::10", 10.0.0.3, 10.0.0.4]
        #                                             ^^^^^^^^ error pod-dns-config: dnsConfig.nameservers may list at most 3 servers; it has 4
        searches:
          - ns1.svc.cluster.local.
          - _sip._tcp.example.com
          - .
          - Example.com
          # ^^^^^^^^^^^ error pod-dns-config: search domain 'Example.com' must be a lower-case DNS subdomain
          - bad..example
          # ^^^^^^^^^^^^ error pod-dns-config: search domain 'bad..example'
        options:
          - name: ndots
            value: "2"
          - value: "1"
          # ^^^^^ error pod-dns-config: every dnsConfig.options entry needs a name
      containers: [{name: web, image: nginx}]
  `, { rules });
});

test('nameservers are IP addresses', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      dnsPolicy: None
      dnsConfig:
        nameservers: [127.0.0.53, dns.example.com, 10.0.0.0/8]
        #                         ^^^^^^^^^^^^^^^ error pod-dns-config: nameserver 'dns.example.com' must be a valid IP address: it looks like a host name
        #                                          ^^^^^^^^^^ error pod-dns-config: nameserver '10.0.0.0/8' must be a valid IP address: it is a CIDR
      containers: [{name: web, image: nginx}]
  `, { rules });
});

test('32 search domains pass, 33 fail', () => {
  const list = (n: number) => Array.from({ length: n }, (_, i) => `d${i}.example`).join(', ');
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      dnsConfig: {searches: [${list(32)}]}
      containers: [{name: web, image: nginx}]
  `, { rules });
  const line = `  dnsConfig: {searches: [${list(33)}]}`;
  const at = line.indexOf('d32.example');
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
    ${line}
    ${' '.repeat(at)}^^^^^^^^^^^ error pod-dns-config: dnsConfig.searches may list at most 32 domains; it has 33
      containers: [{name: web, image: nginx}]
  `, { rules });
});

test('the fix corrects the case of a dnsPolicy', () => {
  const fixed = applyFix(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      dnsPolicy: default
      containers: [{name: web, image: nginx}]
  `, 'pod-dns-config');
  assert.equal(fixed, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  dnsPolicy: Default\n  containers: [{name: web, image: nginx}]\n');
});
