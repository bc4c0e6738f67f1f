import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['node-port-conflict', 'node-port-conflict-workspace'];

const svc = (name: string, nodePort: number, protocol = 'TCP') => `
    {apiVersion: v1, kind: Service, metadata: {name: ${name}}, spec: {type: NodePort, ports: [{port: 80, protocol: ${protocol}, nodePort: ${nodePort}}]}}`;

test('the same nodePort in two folders of one project is a warning; deployed together it stays an error', () => {
  checkFixture(`
    //- examples/a/svc.yaml${svc('a', 30080)}
    #                                                                                                                       ^^^^^ warning node-port-conflict-workspace: nodePort 30080/TCP is also claimed by service/b (b/svc.yaml); node ports are allocated once per cluster, so the second is rejected if both are applied to one cluster
    //- examples/b/svc.yaml${svc('b', 30080)}
    #                                                                                                                       ^^^^^ warning node-port-conflict-workspace: also claimed by service/a (a/svc.yaml)
    //- examples/c/svc.yaml${svc('c', 30090)}
    #                                                                                                                       ^^^^^ error node-port-conflict: also claimed by service/d
    ---${svc('d', 30090)}
    #                                                                                                                       ^^^^^ error node-port-conflict: also claimed by service/c
  `, { rules });
});

test('stays quiet: unrelated projects of the workspace, copies of one Service, another protocol', () => {
  checkFixture(`
    //- team-a/app/deploy/base/svc.yaml${svc('a', 30080)}
    //- team-b/web/manifests/svc.yaml${svc('b', 30080)}
    //- team-a/app/deploy/copy/svc.yaml${svc('a', 30080)}
    //- team-a/app/deploy/udp/svc.yaml${svc('dns', 30080, 'UDP')}
  `, { rules });
});
