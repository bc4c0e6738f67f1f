import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['network-policy-ip-block'];

test('cidr is required and valid; except entries are strict subsets of the same family', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: p}
    spec:
      podSelector: {}
      egress:
        - to:
            - ipBlock:
                cidr: 10.0.0.0/8
                except: [10.1.0.0/16, 10.0.0.0/9, 10.0.0.0/8, 11.0.0.0/16, fd00::/64]
                #                                 ^^^^^^^^^^ error network-policy-ip-block: except '10.0.0.0/8' must be a strict subset of cidr '10.0.0.0/8': it covers all of 10.0.0.0/8
                #                                             ^^^^^^^^^^^ error network-policy-ip-block: except '11.0.0.0/16' must be a strict subset of cidr '10.0.0.0/8': it lies outside 10.0.0.0/8
                #                                                          ^^^^^^^^^ error network-policy-ip-block: it is IPv6 and cidr is IPv4
            - ipBlock: {cidr: 0.0.0.0/0, except: [169.254.169.254/32]}
            - ipBlock: {cidr: ::/0}
            - ipBlock: {cidr: 10.0.0.1}
              #               ^^^^^^^^ error network-policy-ip-block: ipBlock.cidr '10.0.0.1' must be a valid CIDR: it has no /prefix length
            - ipBlock: {cidr: 10.0.0.0/33}
              #               ^^^^^^^^^^^ error network-policy-ip-block: it is not an IPv4 or IPv6 CIDR
            - ipBlock: {cidr: 10.0.0.0/32}
            - ipBlock: {except: [10.0.0.0/8]}
              #         ^^^^^^ error network-policy-ip-block: ipBlock.cidr is required
            - ipBlock:
                cidr: 192.168.0.0/16
                except: [192.168.1.0/24x]
                #        ^^^^^^^^^^^^^^^ error network-policy-ip-block: ipBlock.except '192.168.1.0/24x' must be a valid CIDR
  `, { rules });
});
