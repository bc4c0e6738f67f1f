import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['node-port-conflict'];

const svc = (name: string, nodePort: number, extra = '') => `
    apiVersion: v1
    kind: Service
    metadata: {name: ${name}${extra}}
    spec:
      type: NodePort
      selector: {app: ${name}}
      ports:
        - port: 80
          nodePort: ${nodePort}`;

test('the same nodePort and protocol on two Services of one folder is an error on both, whatever the namespaces', () => {
  checkFixture(`
    //- app/a.yaml${svc('a', 30080)}
    #               ^^^^^ error node-port-conflict: nodePort 30080/TCP is also claimed by service/b (b.yaml); node ports are allocated once per cluster, so whichever Service is applied second is rejected
    //- app/b.yaml${svc('b', 30080, ', namespace: other')}
    #               ^^^^^ error node-port-conflict: nodePort 30080/TCP is also claimed by service/a (a.yaml)
  `, { rules });
});

test('Services gathered by one kustomization from different folders conflict too', () => {
  checkFixture(`
    //- overlay/kustomization.yaml
    resources: [../base-a, ../base-b]
    //- base-a/kustomization.yaml
    resources: [svc.yaml]
    //- base-a/svc.yaml${svc('a', 30080)}
    #               ^^^^^ error node-port-conflict: also claimed by service/b
    //- base-b/kustomization.yaml
    resources: [svc.yaml]
    //- base-b/svc.yaml${svc('b', 30080)}
    #               ^^^^^ error node-port-conflict: also claimed by service/a
  `, { rules });
});

test('stays quiet: copies of one Service, unrelated projects, other protocols, ClusterIP, different ports', () => {
  checkFixture(`
    //- one/svc.yaml${svc('a', 30080)}
    //- one/copy/svc.yaml${svc('a', 30080)}
    //- two/svc.yaml${svc('b', 30080)}
    //- three/svc.yaml${svc('c', 30081)}
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: udp}
    spec:
      type: NodePort
      ports: [{port: 53, protocol: UDP, nodePort: 30081}]
    ---${svc('d', 30082)}
  `, { rules });
});
