import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture, dedent } from '../testing/fixture';
import { applyFirstFix } from '../testing/fixes';

const rules = ['probe-port-name-unresolved'];

const deployment = (probePort: string, hookPort = 'http') => `
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
              ports: [{name: http, containerPort: 8080}]
              livenessProbe: {httpGet: {path: /, port: ${probePort}}}
              lifecycle: {preStop: {httpGet: {path: /stop, port: ${hookPort}}}}
            - name: sidecar
              image: proxy
              ports: [{name: admin, containerPort: 15000}]
`;

test('a probe port name must be a port name of the same container', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: web}
    spec:
      containers:
        - name: web
          image: nginx
          ports: [{name: http, containerPort: 8080}]
          readinessProbe:
            tcpSocket: {port: htp}
    #                         ^^^ warning probe-port-name-unresolved: readinessProbe.tcpSocket.port 'htp' is not a port name of container 'web'; it declares 'http'; did you mean 'http'?
          livenessProbe:
            httpGet: {port: admin}
    #                       ^^^^^ warning probe-port-name-unresolved: container 'sidecar' declares it, but a probe only sees its own container's ports
          startupProbe:
            httpGet: {port: http}
          lifecycle:
            postStart:
              tcpSocket: {port: metrics}
    #                           ^^^^^^^ warning probe-port-name-unresolved: lifecycle.postStart.tcpSocket.port 'metrics' is not a port name of container 'web'
        - name: sidecar
          image: proxy
          ports: [{name: admin, containerPort: 15000}]
          readinessProbe:
            httpGet: {port: health}
    #                       ^^^^^^ warning probe-port-name-unresolved: 'health' is not a port name of container 'sidecar'; it declares 'admin'
  `, { rules });
});

test('stays quiet for numbers, invalid names, resolved names and Helm templates whose actions may add the port', () => {
  checkFixture(`${deployment('8080')}
    ---${deployment('"8080"')}
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: {{ .Release.Name }}}
    spec:
      containers: [{name: c, image: x, ports: {{ toYaml .Values.ports }}, readinessProbe: {httpGet: {port: nope}}}]
  `, { rules });
});

test('a Helm template written literally where the probe is gets the warning too', () => {
  checkFixture(`
    apiVersion: v1
    kind: Pod
    metadata: {name: {{ .Release.Name }}}
    spec:
      containers: [{name: c, image: x, readinessProbe: {httpGet: {port: nope}}}]
    #                                                                   ^^^^ warning probe-port-name-unresolved: readinessProbe.httpGet.port 'nope' is not a port name of container 'c'; it declares no named ports
  `, { rules });
});

test('the quick fix renames the probe port to the nearest port name of the container', () => {
  assert.equal(applyFirstFix(deployment('htpp'), 'probe-port-name-unresolved'), dedent(deployment('http')));
});

test('a patch of the workload makes an undeclared name unverifiable', () => {
  checkFixture(`
    //- deploy.yaml
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      template:
        spec:
          containers:
            - name: web
              image: nginx
              readinessProbe: {httpGet: {port: http}}
    #                                          ^^^^ information link-unverifiable: cannot verify readinessProbe.httpGet.port 'http': container 'web' does not declare it, but a patch (deploy-patch.yaml) modifies deployment/web
    //- deploy-patch.yaml
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      template:
        spec:
          containers: [{name: web, ports: [{name: http, containerPort: 80}]}]
  `, { rules: [...rules, 'link-unverifiable'] });
});

test('with one port in the container, the fix uses its name, or gives the unnamed port the probe\'s name', () => {
  const probe = deployment('healthz', 'http');
  assert.equal(applyFirstFix(probe, 'probe-port-name-unresolved'), dedent(probe.replace('port: healthz', 'port: http')));
  const unnamed = probe.replace('[{name: http, containerPort: 8080}]', '[{containerPort: 8080}]').replace('port: http}', 'port: 8080}');
  assert.equal(applyFirstFix(unnamed, 'probe-port-name-unresolved', { title: "Name container port 8080 of deployment/web 'healthz'" }), dedent(unnamed.replace('[{containerPort: 8080}]', '[{name: healthz, containerPort: 8080}]')));
});
