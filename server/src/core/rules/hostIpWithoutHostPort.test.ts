import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['host-ip-without-host-port'];

test('hostIP needs a hostPort to mean anything', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      containers:
        - name: web
          ports:
            - {containerPort: 80, hostPort: 8080, hostIP: 10.0.0.1}
            - {containerPort: 81, hostIP: ""}
            - {containerPort: 82, hostPort: 0, hostIP: 10.0.0.1}
            #                                  ^^^^^^ warning host-ip-without-host-port: hostIP 10.0.0.1 is set without a hostPort, so it has no effect (container 'web')
  `, { rules });
});
