import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['placeholder-value', 'container-port-number', 'service-port-number', 'service-load-balancer-fields', 'network-policy-ip-block'];

test('a placeholder in a port, address or range is one information, and the other checks leave it alone', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata:
      name: edge
      annotations:
        service.beta.kubernetes.io/load-balancer-source-ranges: $INBOUND_CIDRS
    #                                                           ^^^^^^^^^^^^^^ information placeholder-value: '$INBOUND_CIDRS' is a placeholder: substitute it before kubectl apply
    spec:
      type: LoadBalancer
      loadBalancerSourceRanges: ['<your-ip>/32', 10.0.0.0/8]
    #                            ^^^^^^^^^^^^^^ information placeholder-value: '<your-ip>/32' is a placeholder
      ports:
        - port: \${PORT}
    #           ^^^^^^^ information placeholder-value: '\${PORT}' is a placeholder
          targetPort: 8080
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      containers: [{name: c, image: x, ports: [{containerPort: PORT}]}]
    #                                                          ^^^^ information placeholder-value: 'PORT' is a placeholder
    ---
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: office}
    spec:
      podSelector: {}
      egress: [{to: [{ipBlock: {cidr: '{IPv6}', except: [__OFFICE_NET__]}}]}]
    #                                 ^^^^^^^^ information placeholder-value: '{IPv6}' is a placeholder
    #                                                    ^^^^^^^^^^^^^^ information placeholder-value: '__OFFICE_NET__' is a placeholder
    ---
    apiVersion: v1
    kind: ConfigMap
    metadata: {name: settings}
    data: {port: $PORT}
    ---
    apiVersion: example.com/v1
    kind: Proxy
    metadata: {name: custom}
    spec: {port: $PORT}
  `, { rules });
});
