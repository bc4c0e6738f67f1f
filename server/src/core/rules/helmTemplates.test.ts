import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture } from '../testing/fixture';
import { Workspace } from '../model/workspace';
import { checkFile } from './runner';
import { blankTemplateActions } from '../syntax/helmBlank';
import { LITERAL_PORTS, webChart, webDeployment, webService } from '../testing/helmChart';

// Every rule: a template must get no finding that comes from its actions.
const chart = (templates: string) => `
    //- chart/Chart.yaml
    apiVersion: v2
    name: web
    version: 0.1.0
    //- chart/values.yaml
    service: {port: 80}
    ${templates}`;

test('an include under labels: and selector: is a map the chart completes: no error, and the selector reaches the pods through it', () => {
  checkFixture(webChart(`${webService('http')}
    ${webDeployment(LITERAL_PORTS)}`));
});

test('{{- if }} / {{- else }} / {{- end }} lines vanish, and branches may repeat a key or an apiVersion', () => {
  checkFixture(chart(`
    //- chart/templates/pdb.yaml
    {{- if .Values.pdb.enabled -}}
    {{- if .Capabilities.APIVersions.Has "policy/v1/PodDisruptionBudget" }}
    apiVersion: policy/v1
    {{- else }}
    apiVersion: policy/v1beta1
    {{- end }}
    kind: PodDisruptionBudget
    metadata:
      name: web
    spec:
      {{- if .Values.pdb.minAvailable }}
      minAvailable: {{ .Values.pdb.minAvailable }}
      {{- else }}
      minAvailable: 1
      {{- end }}
    {{- end }}
  `));
});

test('{{- with }} and {{- range }} blocks, toYaml blocks, comments and whitespace trimming', () => {
  checkFixture(chart(`
    //- chart/templates/configmap.yaml
    {{/*
    A comment that spans lines, with "quotes" and }} inside.
    */}}
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: {{ .Release.Name }}-config
      {{- with .Values.annotations }}
      annotations:
        {{- toYaml . | nindent 4 }}
      {{- end }}
    data:
      {{- range $key, $value := .Values.data }}
      {{ $key }}: {{ $value | quote }}
      {{- end }}
      static: "{{- .Values.prefix -}}/path"
      {{- /* a trimmed comment */ -}}
      url: http://{{ include "web.fullname" . }}:{{ .Values.service.port }}/
  `));
});

test('actions as whole values and inside quoted strings, quotes included, keep the key a literal value', () => {
  checkFixture(chart(`
    //- chart/templates/ingress.yaml
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: {{ include "web.fullname" . }}
      annotations:
        example.com/a: "{{ include "web.fullname" . }}"
        example.com/b: '{{ .Values.b }}'
    spec:
      ingressClassName: {{ .Values.ingress.className }}
      rules:
        - host: {{ .Values.ingress.host | quote }}
          http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: {{ include "web.fullname" . }}
                    port:
                      number: {{ .Values.service.port }}
  `));
});

test('a literal mistake in a template still counts: a tab used as indentation, on a line with no action', () => {
  checkFixture(chart(`
    //- chart/templates/cm.yaml
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: {{ .Release.Name }}
    data:
    \ta: b
    ^ error yaml-syntax: tabs are not allowed for indentation
  `), { rules: ['yaml-syntax'] });
});

test('a Service next to the chart that selects its pods cannot be verified: information, not a warning', () => {
  checkFixture(chart(`
    //- chart/templates/deployment.yaml
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: {{ include "web.fullname" . }}
    spec:
      template:
        metadata:
          labels:
            {{- include "web.selectorLabels" . | nindent 8 }}
        spec:
          containers: [{name: web, image: nginx}]
    //- service.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      selector: {app.kubernetes.io/name: web}
    # ^^^^^^^^ information link-unverifiable: cannot verify selector app.kubernetes.io/name=web
      ports: [{port: 80}]
  `), { rules: ['link-unverifiable', 'service-selector-no-match'] });
});

test('templates with CRLF line breaks are blanked and parsed the same', () => {
  const text = [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: {{ include "web.fullname" . }}',
    '  labels:',
    '    {{- include "web.labels" . | nindent 4 }}',
    'spec:',
    '  {{- if .Values.headless }}',
    '  clusterIP: None',
    '  {{- end }}',
    '  selector:',
    '    {{- include "web.selectorLabels" . | nindent 4 }}',
    '  ports: [{port: {{ .Values.port }}}]',
    '',
  ].join('\r\n');
  const blanked = blankTemplateActions(text);
  assert.equal(blanked.length, text.length);
  assert.equal(blanked.split('\r\n').length, text.split('\r\n').length);
  const ws = new Workspace();
  ws.setFile('file:///ws/chart/templates/service.yaml', text);
  ws.setFile('file:///ws/chart/Chart.yaml', 'apiVersion: v2\r\nname: web\r\nversion: 0.1.0\r\n');
  assert.deepEqual(checkFile(ws.snapshot(), 'file:///ws/chart/templates/service.yaml'), []);
});

test('blanking keeps every offset: control lines become spaces, inline actions a placeholder', () => {
  const text = '  {{- if .X }}\nname: {{ .A }}-x\nv: "{{ include "y" . }}"\n';
  const blanked = blankTemplateActions(text);
  assert.equal(blanked, `${' '.repeat(14)}\nname: ${'_'.repeat(8)}-x\nv: "${'_'.repeat(19)}"\n`);
});

test("a plain Service selecting a chart's literal pod label is linked: no finding", () => {
  checkFixture(chart(`
    //- chart/templates/deployment.yaml
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: {{ include "web.fullname" . }}
    spec:
      template:
        metadata:
          labels:
            {{- include "web.labels" . | nindent 8 }}
            tier: web
        spec:
          containers:
            - name: web
              ports:
                - name: http
                  containerPort: 8080
    //- internal-service.yaml
    apiVersion: v1
    kind: Service
    metadata:
      name: web-internal
    spec:
      selector:
        tier: web
      ports:
        - port: 8080
          targetPort: http
  `));
});
