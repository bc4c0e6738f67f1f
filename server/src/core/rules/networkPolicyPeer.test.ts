import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['network-policy-peer'];

test('a peer needs a selector or an ipBlock; ipBlock stands alone; pod and namespace selectors combine', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: p}
    spec:
      podSelector: {}
      ingress:
        - {}
        - from: []
        - from:
            - podSelector: {}
              namespaceSelector: {matchLabels: {team: a}}
            - ipBlock: {cidr: 10.0.0.0/8}
            - {}
            # ^^ error network-policy-peer: a 'from' peer must set podSelector, namespaceSelector or ipBlock; an empty peer is rejected
      egress:
        - to:
            - podSelector: {}
              ipBlock: {cidr: 10.0.0.0/8}
            # ^^^^^^^ error network-policy-peer: ipBlock may not be combined with podSelector in the same peer
            - podSelector:
            # ^^^^^^^^^^^ error network-policy-peer: a 'to' peer must set podSelector, namespaceSelector or ipBlock
  `, { rules });
});
