import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture } from '../testing/fixture';
import { applyFix, dedentText } from '../testing/fixes';

const rules = ['ip-not-canonical'];

test('non-canonical IPs and CIDRs with host bits set are warnings', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: a}
    spec:
      type: LoadBalancer
      clusterIP: 010.96.0.10
    #            ^^^^^^^^^^^ warning ip-not-canonical: Kubernetes reads it as 10.96.0.10
      externalIPs: ["::ffff:203.0.113.1", "2001:DB8::1", 203.0.113.2]
    #               ^^^^^^^^^^^^^^^^^^^^ warning ip-not-canonical: IPv4-mapped
    #                                     ^^^^^^^^^^^^^ warning ip-not-canonical: 2001:db8::1
      loadBalancerSourceRanges: [10.1.2.3/8, 192.168.0.0/16]
    #                            ^^^^^^^^^^ warning ip-not-canonical: host bits are set; the network is 10.0.0.0/8
      ports: [{port: 80}]
  `, { rules });
});

test('the quick fixes write the canonical IP and remove host bits', () => {
  const yaml = `
    apiVersion: v1
    kind: Service
    metadata: {name: a}
    spec:
      type: LoadBalancer
      clusterIP: 010.96.0.10
      loadBalancerSourceRanges:
        - 10.1.2.3/8
      ports: [{port: 80}]
  `;
  assert.equal(applyFix(yaml, 'ip-not-canonical', { diagnostic: 0 }), dedentText(yaml.replace('010.96.0.10', '10.96.0.10')));
  assert.equal(applyFix(yaml, 'ip-not-canonical', { diagnostic: 1 }), dedentText(yaml.replace('10.1.2.3/8', '10.0.0.0/8')));
});
