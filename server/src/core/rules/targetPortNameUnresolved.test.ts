import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture, dedent } from '../testing/fixture';
import { applyFirstFix, applyFix, applyFixAcrossFiles, dedentText, firstFixes } from '../testing/fixes';

const rules = ['target-port-name-unresolved', 'link-unverifiable'];

const deployment = (ports: string) => `
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      selector: {matchLabels: {app: web}}
      template:
        metadata: {labels: {app: web}}
        spec:
          containers:
            - name: web
              image: nginx
              ports: ${ports}`;

test('warns on a named targetPort that the selected template does not declare, with a did-you-mean', () => {
  checkFixture(`
    //- svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      selector: {app: web}
      ports:
        - port: 80
          targetPort: htp
          #           ^^^ warning target-port-name-unresolved: targetPort 'htp' does not resolve: pod template of deployment/web has no container port named 'htp'; declared names: http, metrics; did you mean 'http'?
    //- deploy.yaml
    ${deployment('[{name: http, containerPort: 8080}, {name: metrics, containerPort: 9090}]')}
  `, { rules });
});

test('is quiet when the name resolves, when nothing is selected, and for numbers and invalid names', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      selector: {app: web}
      ports:
        - {name: a, port: 80, targetPort: http}
        - {name: b, port: 81, targetPort: 8080}
        - {name: c, port: 82, targetPort: "8080"}
        - {name: d, port: 83, targetPort: HTTP}
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: nothing}
    spec:
      selector: {app: nothing}
      ports: [{port: 80, targetPort: http}]
    ---${deployment('[{name: http, containerPort: 8080}]')}
  `, { rules });
});

test('init containers do not serve Service traffic', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: web, labels: {app: web}}
    spec:
      initContainers:
        - {name: init, image: busybox, ports: [{name: http, containerPort: 8080}]}
      containers:
        - {name: web, image: nginx}
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      selector: {app: web}
      ports:
        - {port: 80, targetPort: http}
        #                        ^^^^ warning target-port-name-unresolved: no named container ports are declared
  `, { rules });
});

test('one selected template that declares the name is enough (copies of an app elsewhere need not agree)', () => {
  checkFixture(`
    //- app/svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      selector: {app: web}
      ports: [{port: 80, targetPort: http}]
    //- app/deploy.yaml
    ${deployment('[{name: http, containerPort: 8080}]')}
    //- old/deploy.yaml
    ${deployment('[{containerPort: 8080}]')}
  `, { rules });
});

test('a kustomize patch of the workload makes the port unknown, not missing', () => {
  checkFixture(`
    //- base/svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      selector: {app: web}
      ports:
        - port: 443
          targetPort: https
          #           ^^^^^ information link-unverifiable: cannot verify targetPort 'https'
    //- base/deploy.yaml
    ${deployment('[{name: http, containerPort: 8080}]')}
    //- base/auth_proxy_patch.yaml
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      template:
        spec:
          containers:
            - name: proxy
              ports: [{name: https, containerPort: 8443}]
  `, { rules });
});

test('the fix replaces the name with the suggestion', () => {
  const fixed = applyFix(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      selector: {app: web}
      ports: [{port: 80, targetPort: htpp}]
    ---${deployment('[{name: http, containerPort: 8080}]')}
  `, 'target-port-name-unresolved');
  assert.ok(fixed.startsWith(dedent(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      selector: {app: web}
      ports: [{port: 80, targetPort: http}]
    ---
  `)));
});

test('reads targetPort as kubectl does: 0b1010000 is the number 80 (quoted, a name), and a boolean gets only the validation error', () => {
  checkFixture(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      selector: {app: web}
      ports:
        - {name: a, port: 80, targetPort: 0b1010000}
        - {name: b, port: 81, targetPort: 0x50}
        - {name: c, port: 82, targetPort: 0_80}
        - {name: d, port: 83, targetPort: yes}
        #                                 ^^^ error service-target-port: targetPort must be a port number or name; YAML reads this as the boolean true
        - {name: e, port: 84, targetPort: "0b1010000"}
        #                                 ^^^^^^^^^^^ warning target-port-name-unresolved: targetPort '0b1010000' does not resolve: pod template of deployment/web has no container port named '0b1010000'; declared names: http
    ---${deployment('[{name: http, containerPort: 80}]')}
  `, { rules: [...rules, 'service-target-port', 'target-port-number-undeclared'] });
});

const SERVICE = (targetPort: string) => `
    //- svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      selector: {app: web}
      ports: [{port: 8080, targetPort: ${targetPort}}]
    //- deploy.yaml`;

test('with one port declared, the fix uses its name; an unnamed port, or the one with the Service port number, gets the name', () => {
  const only = applyFirstFix(SERVICE('web') + deployment('[{name: http, containerPort: 80}]'), 'target-port-name-unresolved', { title: 'the only port' });
  assert.equal(only, dedentText(SERVICE('http')));
  assert.deepEqual(applyFixAcrossFiles(SERVICE('web') + deployment('[{containerPort: 80}]'), 'target-port-name-unresolved', "Name container port 80 of deployment/web 'web'"),
    { 'deploy.yaml': dedent(deployment('[{name: web, containerPort: 80}]')) });
  const block = deployment('\n                - containerPort: 9090\n                - containerPort: 8080\n                  protocol: TCP');
  assert.deepEqual(applyFixAcrossFiles(SERVICE('web') + block, 'target-port-name-unresolved', "Name container port 8080 of deployment/web 'web'"),
    { 'deploy.yaml': dedent(block.replace('- containerPort: 8080', '- name: web\n                  containerPort: 8080')) });
  assert.deepEqual(firstFixes(SERVICE('web') + deployment('[{name: a, containerPort: 1}, {name: b, containerPort: 8080}]'), 'target-port-name-unresolved').fixes, []);
});

test('several selected templates are named in the message (copies folded) and each is related information', () => {
  const [d] = checkFixture(`
    //- app/svc.yaml
    {apiVersion: v1, kind: Service, metadata: {name: web}, spec: {selector: {app: web}, ports: [{port: 80, targetPort: web}]}}
    #                                                                                                                  ^^^ warning target-port-name-unresolved: none of the selected pod templates (deployment/web (2 copies)) has a container port named 'web'
    //- app/deploy.yaml
    ${deployment('[{name: http, containerPort: 8080}]')}
    //- old/deploy.yaml
    ${deployment('[{name: http, containerPort: 8080}]')}
  `, { rules });
  assert.deepEqual(d.related?.map((r) => r.uri), ['/ws/app/deploy.yaml', '/ws/old/deploy.yaml']);
});
