import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture } from '../testing/fixture';
import { applyFirstFix } from '../testing/fixes';
import { LITERAL_PORTS, webChart, webDeployment, webService } from '../testing/helmChart';

// Literal mistakes in Helm templates are found; what an action renders is unknown, never wrong.
test('a literal targetPort that the chart\'s pods do not declare is a warning, through an include of an include', () => {
  const note = `
          #           ^^^^^ warning target-port-name-unresolved: targetPort 'htttp' does not resolve: pod template of deployment/{{ include "web.fullname" . }} has no container port named 'htttp'; declared names: http; did you mean 'http'?`;
  const fixture = webChart(`${webService('htttp', undefined, note)}
    ${webDeployment(LITERAL_PORTS)}`);
  checkFixture(fixture, { rules: ['target-port-name-unresolved'] });
  const fixed = applyFirstFix(fixture, 'target-port-name-unresolved', { title: "Change targetPort to 'http'" });
  assert.match(fixed, /^ {6}targetPort: http$/m);
});

test('a Deployment whose apiVersion is an action is still a Deployment', () => {
  const note = `
          #           ^^^^^ warning target-port-name-unresolved: targetPort 'htttp' does not resolve`;
  checkFixture(webChart(`${webService('htttp', undefined, note)}
    ${webDeployment(LITERAL_PORTS, '{{ include "web.deployment.apiVersion" . }}')}`), { rules: ['target-port-name-unresolved'] });
});

test('quiet when actions may add or name the ports, add containers, or pick the selector', () => {
  const rules = ['target-port-name-unresolved', 'link-unverifiable'];
  // The ports come from the values.
  checkFixture(webChart(`${webService('htttp')}
    ${webDeployment(`ports:
                {{- toYaml .Values.ports | nindent 12 }}`)}`), { rules });
  // A port is added after the literal one.
  checkFixture(webChart(`${webService('htttp')}
    ${webDeployment(`ports:
                - name: http
                  containerPort: 8080
                {{- with .Values.extraPorts }}
                {{- toYaml . | nindent 12 }}
                {{- end }}`)}`), { rules });
  // The port's name is an action.
  checkFixture(webChart(`${webService('htttp')}
    ${webDeployment(`ports:
                - name: {{ .Values.portName }}
                  containerPort: 8080`)}`), { rules });
  // Sidecars from the values may declare it.
  const sidecars = webDeployment(LITERAL_PORTS).replace('containers:\n', 'containers:\n            {{- toYaml .Values.sidecars | nindent 8 }}\n');
  checkFixture(webChart(`${webService('htttp')}
    ${sidecars}`), { rules });
  // The selector is whatever the values say.
  checkFixture(webChart(`${webService('htttp', '{{- toYaml .Values.selector | nindent 4 }}')}
    ${webDeployment(LITERAL_PORTS)}`), { rules });
  // The targetPort itself is an action.
  checkFixture(webChart(`${webService('{{ .Values.service.targetPort }}')}
    ${webDeployment(LITERAL_PORTS)}`), { rules });
  // A port in one branch of an if still counts as declared.
  checkFixture(webChart(`${webService('metrics')}
    ${webDeployment(`ports:
                - name: http
                  containerPort: 8080
                {{- if .Values.metrics.enabled }}
                - name: metrics
                  containerPort: 9090
                {{- end }}`)}`), { rules });
});

test('the selector include on the key\'s own line (selector: {{- include … | nindent 4 }}) selects the pods too', () => {
  checkFixture(webChart(`
    //- web/templates/service.yaml
    apiVersion: v1
    kind: Service
    metadata:
      name: web
    spec:
      ports:
        - port: 80
          targetPort: htttp
          #           ^^^^^ warning target-port-name-unresolved: did you mean 'http'?
      selector: {{- include "web.selectorLabels" . | nindent 4 }}
    ${webDeployment(LITERAL_PORTS)}`), { rules: ['target-port-name-unresolved'] });
});

test('API validation judges literal values of a template and leaves what actions render', () => {
  const matchExpressions = `
        matchExpressions:
          - key: tier
            operator: In
            values:
              {{- toYaml .Values.tiers | nindent 10 }}`;
  checkFixture(webChart(`${webDeployment(`ports:
                - name: http
                  containerPort: {{ .Values.port }}
                  protocol: tcp
                  #         ^^^ error container-port-protocol: got 'tcp'; did you mean 'TCP'? (container '{{ .Chart.Name }}')
                - name: {{ .Values.metricsName }}
                  protocol: {{ .Values.protocol }}
                  {{- include "web.metricsPort" . | nindent 14 }}
                {{- if .Values.tls }}
                - name: https
                  containerPort: 8443
                {{- else }}
                - name: https
                  containerPort: 8080
                {{- end }}
                - name: web_admin
                #       ^^^^^^^^^ error container-port-name: 'web_admin' does not (container '{{ .Chart.Name }}')
                  containerPort: 9000`, undefined, matchExpressions)}
    //- web/templates/service.yaml
    apiVersion: v1
    kind: Service
    metadata:
      name: web
      labels:
        {{- include "web.labels" . | nindent 4 }}
        version: 1.0
        #        ^^^ error label-invalid: 1.0
    spec:
      ports:
        {{- range .Values.ports }}
        - port: {{ .port }}
          protocol: UDP
        {{- end }}
        - port: 80
          protocol: Tcp
          #         ^^^ error service-port-protocol: got 'Tcp'
  `), { rules: ['label-invalid', 'container-port-protocol', 'container-port-number', 'container-port-name', 'service-port-protocol', 'service-port-name'] });
});

test('a literal probe port name its container does not declare is a warning; one actions may add is not', () => {
  const probe = (ports: string) => webChart(webDeployment(`${ports}
              livenessProbe:
                httpGet:
                  path: /healthz
                  port: htttp`));
  checkFixture(`${probe(`ports:
                - name: http
                  containerPort: 8080`)}
                  #     ^^^^^ warning probe-port-name-unresolved: livenessProbe.httpGet.port 'htttp' is not a port name of container '{{ .Chart.Name }}'; it declares 'http'; did you mean 'http'?`, { rules: ['probe-port-name-unresolved'] });
  checkFixture(probe(`ports:
                {{- include "web.ports" . | nindent 12 }}`), { rules: ['probe-port-name-unresolved'] });
  checkFixture(probe(`{{- include "web.containerFields" . | nindent 10 }}`), { rules: ['probe-port-name-unresolved'] });
});

/** A Service outside the chart's folder, with the annotation of its selector key. */
const outside = (selector: string, note: string) => `
    //- apps/svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: front}
    spec:
      selector: ${selector}
    # ^^^^^^^^ ${note}
      ports: [{port: 80}]`;

test('a Service outside the chart cannot be verified when the chart may render its labels, and is a warning when it cannot', () => {
  const rules = ['service-selector-no-match', 'link-unverifiable', 'selector-unmatched'];
  // `web.selectorLabels` writes the name literally; `web.labels` includes it.
  checkFixture(webChart(`${webDeployment(LITERAL_PORTS)}${outside('{app.kubernetes.io/name: web}', 'information link-unverifiable: cannot verify selector app.kubernetes.io/name=web')}`), { rules });
  checkFixture(webChart(`${webDeployment(LITERAL_PORTS)}${outside('{app.kubernetes.io/name: api}', 'information selector-unmatched: selector app.kubernetes.io/name=api matches no pod template anywhere in the workspace')}`), { rules });
  checkFixture(webChart(`${webDeployment(LITERAL_PORTS)}${outside('{app: web}', 'information selector-unmatched: selector app=web matches no pod template anywhere in the workspace')}`), { rules });
});

test('a label value an action renders may be a name made from the chart\'s, or any release name', () => {
  const chartWith = (labels: string) => webChart(webDeployment(LITERAL_PORTS).replace('{{- include "web.labels" . | nindent 8 }}', labels));
  const rules = ['service-selector-no-match', 'link-unverifiable', 'selector-unmatched'];
  const name = 'app: {{ include "web.fullname" . }}';
  checkFixture(`${chartWith(name)}${outside('{app: prod-web}', 'information link-unverifiable: cannot verify selector app=prod-web')}`, { rules });
  checkFixture(`${chartWith(name)}${outside('{app: MyApp}', 'information selector-unmatched: selector app=MyApp matches no pod template anywhere in the workspace')}`, { rules });
  checkFixture(`${chartWith('release: {{ .Release.Name }}')}${outside('{release: prod}', 'information link-unverifiable: cannot verify selector release=prod')}`, { rules });
});

test('a Service name a chart elsewhere may render is cannot verify; outside a chart, a templated document does not count', () => {
  const statefulSet = (serviceName: string, note: string) => `
    //- apps/db.yaml
    apiVersion: apps/v1
    kind: StatefulSet
    metadata: {name: db}
    spec:
      serviceName: ${serviceName}
      #            ${note}
      selector: {matchLabels: {app: db}}
      template:
        metadata: {labels: {app: db}}
        spec:
          containers: [{name: db, image: postgres, ports: [{containerPort: 5432}]}]
    ---
    {apiVersion: v1, kind: Service, metadata: {name: db-client}, spec: {selector: {app: db}, ports: [{port: 5432}]}}`;
  // apps/ defines a Service, so by the link policy a governing Service missing there is broken.
  const rules = ['statefulset-service-missing', 'link-unverifiable'];
  checkFixture(webChart(`${webService('http')}${statefulSet('web-headless', '^^^^^^^^^^^^ information link-unverifiable: cannot verify serviceName \'web-headless\'')}`), { rules });
  checkFixture(webChart(`${webService('http')}${statefulSet('db-headless', '^^^^^^^^^^^ warning statefulset-service-missing: ')}`), { rules });
  // The same Service template, but in a folder without Chart.yaml.
  const loose = webService('http').replace('web/templates/', 'gen/templates/');
  checkFixture(`${loose}${statefulSet('web-headless', '^^^^^^^^^^^^ warning statefulset-service-missing: ')}`, { rules });
});
