import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderChart } from './render';

const CHART = 'apiVersion: v2\nname: c\nversion: 1.0.0\n';
const chart = (files: Record<string, string>): Map<string, string> => new Map(Object.entries({ 'Chart.yaml': CHART, ...files }));

test('an unknown function makes the chart unverifiable, naming the function and where it is called', () => {
  const body = 'a: 1\nb: {{ frobnicate .Values.x }}\n';
  const r = renderChart(chart({ 'templates/cm.yaml': body }));
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.deepEqual([r.kind, r.function, r.file], ['unknown-function', 'frobnicate', 'c/templates/cm.yaml']);
  assert.equal(body.slice(r.pos), '{{ frobnicate .Values.x }}\n');
  assert.match(r.message, /"frobnicate"/);
});

test('what helm refuses before rendering is a chart failure with helm\'s reason', () => {
  const missing = renderChart(chart({ 'Chart.yaml': `${CHART}dependencies:\n  - name: common\n    version: 1.x\n    condition: common.enabled\n` }));
  assert.ok(!missing.ok && missing.kind === 'chart' && /missing in charts\/ directory: common/.test(missing.message));
  const kube = renderChart(chart({ 'Chart.yaml': `${CHART}kubeVersion: ">=1.33.0"\n` }));
  assert.ok(!kube.ok && /incompatible with Kubernetes v1\.32\.0/.test(kube.message));
  assert.ok(renderChart(chart({ 'Chart.yaml': `${CHART}kubeVersion: ">=1.33.0"\n` }), { kubeVersion: '1.33.1' }).ok);
  const noChart = renderChart(new Map([['values.yaml', 'a: 1']]));
  assert.ok(!noChart.ok && /Chart\.yaml file is missing/.test(noChart.message));
});

test('fail, required and a YAML error are template failures with the file', () => {
  const failed = renderChart(chart({ 'templates/cm.yaml': '{{ fail "no way" }}' }));
  assert.ok(!failed.ok && failed.kind === 'template' && /no way/.test(failed.message) && failed.file === 'c/templates/cm.yaml');
  const notes = renderChart(chart({ 'templates/NOTES.txt': '{{ required "set x" .Values.x }}' }));
  assert.ok(!notes.ok && /set x/.test(notes.message), 'NOTES.txt is rendered, and its failure aborts');
  const yaml = renderChart(chart({ 'templates/cm.yaml': 'a: [1' }));
  assert.ok(!yaml.ok && /^YAML parse error on c\/templates\/cm\.yaml/.test(yaml.message));
});

test('random functions give fixed values, the same on every render, and are listed so that a hover can say so', () => {
  const files = chart({ 'templates/s.yaml': 'kind: Secret\ndata:\n  p: {{ randAlphaNum 8 | b64enc }}\n  u: {{ uuidv4 }}\n' });
  const r = renderChart(files);
  const again = renderChart(files);
  assert.ok(r.ok && again.ok);
  assert.deepEqual(r.placeholders, ['randAlphaNum', 'uuidv4']);
  assert.equal(again.output, r.output);
});

test('partials are not printed, NOTES.txt is not printed, an empty file is not printed', () => {
  const r = renderChart(chart({ 'templates/_h.tpl': 'kind: Hidden', 'templates/NOTES.txt': 'thanks', 'templates/empty.yaml': '{{/* nothing */}}\n', 'templates/cm.yaml': 'kind: ConfigMap' }));
  assert.ok(r.ok);
  assert.equal(r.output, '---\n# Source: c/templates/cm.yaml\nkind: ConfigMap\n');
});
