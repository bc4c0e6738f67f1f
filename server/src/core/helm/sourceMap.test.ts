import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderChart, type RenderSuccess } from './render';
import { mapManifest, type MappedNode } from './sourceMap';

const HELPERS = `{{- define "web.labels" -}}
app: web
tier: {{ .Values.tier }}
{{- end -}}
`;
const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: {{ .Release.Name }}-web
  labels:
    {{- include "web.labels" . | nindent 4 }}
spec:
  type: {{ .Values.service.type }}
  ports:
    - port: 80
      targetPort: http
`;
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          image: "web:{{ .Chart.AppVersion }}"
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
`;

function render(): RenderSuccess {
  const r = renderChart(
    new Map([
      ['Chart.yaml', 'apiVersion: v2\nname: web\nversion: 1.0.0\nappVersion: "2.1"\n'],
      ['values.yaml', 'tier: front\nservice: {type: ClusterIP}\nresources: {limits: {cpu: 100m}}\n'],
      ['templates/_helpers.tpl', HELPERS],
      ['templates/service.yaml', SERVICE],
      ['templates/deployment.yaml', DEPLOYMENT],
    ]),
  );
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r;
}

function node(r: RenderSuccess, kind: string, path: string, role: 'key' | 'value'): MappedNode {
  const m = r.manifests.find((x) => x.kind === kind)!;
  const n = mapManifest(r, m).find((x) => x.path.join('.') === path && x.role === role);
  assert.ok(n, `${kind} ${path} ${role}`);
  return n;
}

const text = (r: RenderSuccess, n: MappedNode): string => r.sources.get(n.source!.file)!.slice(n.source!.start, n.source!.end);

test('literal keys and scalars map to themselves in the template', () => {
  const r = render();
  assert.equal(text(r, node(r, 'Service', 'spec.type', 'key')), 'type');
  assert.equal(text(r, node(r, 'Service', 'spec.ports.0.targetPort', 'value')), 'http');
  assert.equal(node(r, 'Service', 'spec.ports.0.targetPort', 'value').source!.kind, 'literal');
});

test("a value printed by an action maps to the action, even inside a quoted literal", () => {
  const r = render();
  assert.equal(text(r, node(r, 'Service', 'spec.type', 'value')), '{{ .Values.service.type }}');
  assert.equal(text(r, node(r, 'Service', 'metadata.name', 'value')), '{{ .Release.Name }}');
  assert.equal(text(r, node(r, 'Deployment', 'spec.template.spec.containers.0.image', 'value')), '{{ .Chart.AppVersion }}');
});

test('what an include wrote maps to the include, and second to the define', () => {
  const r = render();
  const tier = node(r, 'Service', 'metadata.labels.tier', 'value');
  assert.equal(text(r, tier), '{{- include "web.labels" . | nindent 4 }}');
  const d = tier.source!.secondary;
  assert.ok(d && d.kind === 'define');
  assert.equal(d.name, 'web.labels');
  assert.equal(d.file, 'web/templates/_helpers.tpl');
  assert.equal(HELPERS.slice(d.pos, d.pos + '"web.labels"'.length), '"web.labels"');
});

test('what toYaml of a value wrote maps to the action, and second to the values key', () => {
  const r = render();
  const cpu = node(r, 'Deployment', 'spec.template.spec.containers.0.resources.limits.cpu', 'value');
  assert.equal(text(r, cpu), '{{- toYaml .Values.resources | nindent 12 }}');
  assert.deepEqual(cpu.source!.secondary, { kind: 'values', path: ['resources'] });
});

test('every key and scalar of every manifest has a source inside its template', () => {
  const r = render();
  for (const m of r.manifests) {
    for (const n of mapManifest(r, m)) {
      assert.ok(n.source, `${m.source} ${n.path.join('.')}`);
      assert.ok(n.source.start >= 0 && n.source.end <= r.sources.get(n.source.file)!.length);
    }
  }
});
