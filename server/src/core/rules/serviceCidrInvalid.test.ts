import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture } from '../testing/fixture';
import { applyFix, dedentText } from '../testing/fixes';

const rules = ['service-cidr-invalid'];

test('a ServiceCIDR holds one or two canonical CIDRs of different families', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: ServiceCIDR
    metadata: {name: ok}
    spec:
      cidrs: [10.96.0.0/12, "fd00:10:96::/112"]
    ---
    apiVersion: networking.k8s.io/v1
    kind: ServiceCIDR
    metadata: {name: bad}
    spec:
      cidrs: [10.96.0.1/12, 10.200.0.0/16, 10.300.0.0/16]
    #         ^^^^^^^^^^^^ error service-cidr-invalid: host bits are set
    #                       ^^^^^^^^^^^^^ error service-cidr-invalid: two CIDRs must be one IPv4 and one IPv6; both are IPv4
    #                                      ^^^^^^^^^^^^^ error service-cidr-invalid: at most two CIDRs
    #                                      ^^^^^^^^^^^^^ error service-cidr-invalid: '10.300.0.0/16' is not a valid CIDR
    ---
    apiVersion: networking.k8s.io/v1
    kind: ServiceCIDR
    metadata: {name: empty}
    spec:
      cidrs: []
    # ^^^^^ error service-cidr-invalid: needs at least one CIDR
  `, { rules });
});

test('the quick fix removes the host bits', () => {
  const yaml = `
    apiVersion: networking.k8s.io/v1
    kind: ServiceCIDR
    metadata: {name: bad}
    spec:
      cidrs: ["fd00:10:96::1/112"]
  `;
  assert.equal(applyFix(yaml, 'service-cidr-invalid'), dedentText(yaml.replace('"fd00:10:96::1/112"', 'fd00:10:96::/112')));
});
