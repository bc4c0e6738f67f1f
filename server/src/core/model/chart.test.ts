import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from './workspace';
import { definesIn, helmCharts, includeClosure } from './chart';
import { checkFile } from '../rules/runner';

const HELPERS = `{{/* Common labels */}}
{{- define "web.labels" -}}
app.kubernetes.io/name: web
{{- end }}

{{- define "web.selectorLabels" -}}
app: web
{{- end }}
`;

test('a chart: its metadata, its templates (helpers included) and the named templates they define; no diagnostics on helpers', () => {
  const ws = new Workspace();
  ws.setFile('file:///w/web/Chart.yaml', 'apiVersion: v2\nname: web\nversion: 1.2.3\n');
  ws.setFile('file:///w/web/values.yaml', 'replicaCount: 1\n');
  ws.setFile('file:///w/web/templates/_helpers.tpl', HELPERS);
  ws.setFile('file:///w/web/templates/service.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include "web.fullname" . }}\nspec:\n  selector:\n    {{- include "web.selectorLabels" . | nindent 4 }}\n');
  ws.setFile('file:///w/web/charts/db/Chart.yaml', 'apiVersion: v2\nname: db\nversion: 0.1.0\n');
  ws.setFile('file:///w/web/charts/db/templates/_helpers.tpl', '{{ define `db.name` }}db{{ end }}\n');
  const snapshot = ws.snapshot();
  const [web, db] = helmCharts(snapshot.files);
  assert.deepEqual({ ...web, defines: web.defines.map((d) => d.name) }, {
    root: 'file:///w/web',
    chartUri: 'file:///w/web/Chart.yaml',
    name: 'web',
    version: '1.2.3',
    valuesUri: 'file:///w/web/values.yaml',
    templates: ['file:///w/web/templates/_helpers.tpl', 'file:///w/web/templates/service.yaml'],
    defines: ['web.labels', 'web.selectorLabels'],
  });
  const selector = web.defines[1];
  assert.equal(HELPERS.slice(selector.start, selector.end), '"web.selectorLabels"');
  // A subchart owns its own templates.
  assert.deepEqual([db.name, db.templates, db.defines.map((d) => d.name)], ['db', ['file:///w/web/charts/db/templates/_helpers.tpl'], ['db.name']]);
  assert.deepEqual(checkFile(snapshot, 'file:///w/web/templates/_helpers.tpl'), []);
});

test('a named template knows the templates its body includes, up to its own end; the closure follows them', () => {
  const text = [
    '{{- define "web.labels" -}}',
    '{{- if .Values.tier }}',
    'tier: {{ .Values.tier }}',
    '{{- end }}',
    '{{ include "web.selectorLabels" . }}',
    '{{- end }}',
    '{{- define "web.selectorLabels" -}}',
    'app: {{ template "web.name" . }}',
    '{{- end }}',
    '{{- define "web.name" }}{{ include "web.labels" . }}{{ end }}',
    '{{ include "outside.any" . }}',
  ].join('\n');
  const ws = new Workspace();
  ws.setFile('file:///w/web/templates/_helpers.tpl', text);
  const defines = definesIn(ws.snapshot().files.get('file:///w/web/templates/_helpers.tpl')!);
  assert.deepEqual(defines.map((d) => [d.name, d.includes]), [
    ['web.labels', ['web.selectorLabels']],
    ['web.selectorLabels', ['web.name']],
    ['web.name', ['web.labels']],
  ]);
  // The lines each body writes: a value an action renders is null, with the action kept.
  assert.deepEqual(defines.map((d) => d.entries), [
    [{ key: 'tier', value: null, raw: '{{ .Values.tier }}' }],
    [{ key: 'app', value: null, raw: '{{ template "web.name" . }}' }],
    [],
  ]);
  // A cycle ends; an include outside every define belongs to none.
  assert.deepEqual([...includeClosure(defines, ['web.labels'])].sort(), ['web.labels', 'web.name', 'web.selectorLabels']);
  assert.deepEqual([...includeClosure(defines, ['web.name'])].sort(), ['web.labels', 'web.name', 'web.selectorLabels']);
});
