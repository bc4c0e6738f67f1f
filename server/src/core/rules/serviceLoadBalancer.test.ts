import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['service-load-balancer-fields'];

test('load balancer fields only on LoadBalancer Services', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata:
      name: np
      annotations:
        service.beta.kubernetes.io/load-balancer-source-ranges: ""
    #   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error service-load-balancer-fields: may only be set when type is LoadBalancer; this Service is NodePort
    spec:
      type: NodePort
      loadBalancerSourceRanges: [10.0.0.0/8]
    # ^^^^^^^^^^^^^^^^^^^^^^^^ error service-load-balancer-fields: loadBalancerSourceRanges may only be set when type is LoadBalancer
      allocateLoadBalancerNodePorts: false
    # ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error service-load-balancer-fields: allocateLoadBalancerNodePorts may only be set
      loadBalancerClass: example.com/lb
    # ^^^^^^^^^^^^^^^^^ error service-load-balancer-fields: loadBalancerClass may only be set
      ports: [{port: 80}]
  `, { rules });
});

test('source ranges are CIDRs (host bits are only a warning elsewhere); the class is a qualified name', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata:
      name: lb
      annotations:
        service.beta.kubernetes.io/load-balancer-source-ranges: "10.0.0.0/8, 192.168.0.1"
    #                                                                        ^^^^^^^^^^^ error service-load-balancer-fields: source range '192.168.0.1' is not a valid CIDR
    spec:
      type: LoadBalancer
      allocateLoadBalancerNodePorts: false
      loadBalancerClass: Internal VIP
    #                    ^^^^^^^^^^^^ error service-load-balancer-fields: loadBalancerClass 'Internal VIP' must be a qualified name
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata:
      name: lb2
      annotations:
        service.beta.kubernetes.io/load-balancer-source-ranges: "not checked: the field wins"
    spec:
      type: LoadBalancer
      loadBalancerSourceRanges:
        - 203.0.113.7/32
        - " 10.1.2.3/8 "
        - 10.0.0.0/33
    #     ^^^^^^^^^^^ error service-load-balancer-fields: the prefix length must fit the address family
        - 203.0.113.7
    #     ^^^^^^^^^^^ error service-load-balancer-fields: a CIDR needs a /prefix
      ports: [{port: 80}]
  `, { rules });
});
