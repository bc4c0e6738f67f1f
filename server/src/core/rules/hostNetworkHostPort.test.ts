import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix } from '../testing/applyFix';
import { checkFixture } from '../testing/fixture';

const rules = ['host-network-host-port'];

test('with hostNetwork, a hostPort other than containerPort is rejected; equal, 0 and absent pass', () => {
  checkFixture(`
    apiVersion: apps/v1
    kind: DaemonSet
    metadata: {name: d}
    spec:
      template:
        spec:
          hostNetwork: true
          initContainers:
            - name: init
              ports: [{containerPort: 70, hostPort: 71}]
          containers:
            - name: agent
              ports:
                - {containerPort: 80, hostPort: 80}
                - {containerPort: 81, hostPort: 0}
                - {containerPort: 82}
                - {containerPort: 83, hostPort: 84}
                #                               ^^ error host-network-host-port: with hostNetwork: true, hostPort must equal containerPort 83 or be left out; 84 is rejected (container 'agent')
  `, { rules });
});

test('without hostNetwork any hostPort is fine', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      hostNetwork: false
      containers:
        - name: web
          ports: [{containerPort: 80, hostPort: 8080}]
  `, { rules });
});

test('the fix sets hostPort to containerPort', () => {
  const fixed = applyFix(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      hostNetwork: true
      containers:
        - name: web
          ports: [{containerPort: 80, hostPort: 8080}]
  `, 'host-network-host-port');
  assert.equal(fixed, 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  containers:\n    - name: web\n      ports: [{containerPort: 80, hostPort: 80}]\n');
});
