import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['host-alias-ip'];

test('hostAliases IPs must be IP addresses, in Pods and in workload templates', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      hostAliases:
        - ip: 127.0.0.1
          hostnames: [local.test]
        - ip: "fd00::1"
          hostnames: [v6.test]
        - ip: db.internal
    #         ^^^^^^^^^^^ error host-alias-ip: looks like a host name
          hostnames: [db]
        - hostnames: [none]
    #     ^^^^^^^^^ error host-alias-ip: this hostAliases entry needs an ip
      containers: [{name: c, image: busybox}]
    ---
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: d}
    spec:
      selector: {matchLabels: {app: d}}
      template:
        metadata: {labels: {app: d}}
        spec:
          hostAliases:
            - ip: 10.0.0.256
    #             ^^^^^^^^^^ error host-alias-ip: hostAliases ip '10.0.0.256' must be a valid IP address
              hostnames: [x]
          containers: [{name: c, image: busybox}]
  `, { rules });
});
