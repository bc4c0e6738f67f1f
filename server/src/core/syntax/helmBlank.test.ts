import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blankTemplateActions, keyBlockEnd, renderingLines } from './helmBlank';
import { parseSpan } from './parse';
import { getPair } from './nodes';

test('an action that ends its line with nindent is blanked: the key takes its value from the lines below', () => {
  const text = 'selector: {{- include "web.selectorLabels" . | nindent 4 }}\nname: {{ .A | nindent 2 }}-x\n';
  assert.equal(blankTemplateActions(text), `selector: ${' '.repeat(49)}\nname: ${'_'.repeat(20)}-x\n`);
});

test('renderingLines: the actions alone on their line that render text, at the column their output starts', () => {
  const text = [
    'labels:',
    '  {{- include "web.labels" . | nindent 4 }}',
    '  {{- if .Values.extra }}',
    '{{ toYaml .Values.extra | indent 4 }}',
    '  {{- end }}',
    '  {{/* a comment */}}',
    '  {{- $name := include "web.name" . }}',
    '  app: {{ $name }}',
    '  {{ .Values.more }}',
    'selector: {{- include "web.selectorLabels" . | nindent 2 }}',
  ].join('\n');
  const lines = renderingLines(text, 0, text.length).map((l) => [text.slice(l.offset, text.indexOf('}}', l.offset) + 2), l.column]);
  assert.deepEqual(lines, [
    ['{{- include "web.labels" . | nindent 4 }}', 4],
    ['{{ toYaml .Values.extra | indent 4 }}', 4],
    ['{{ .Values.more }}', 2],
    ['{{- include "web.selectorLabels" . | nindent 2 }}', 2],
  ]);
  // Only the actions that start inside the range.
  assert.equal(renderingLines(text, text.indexOf('  app:'), text.length).length, 2);
});

test('keyBlockEnd: the block runs over deeper lines and action lines, to the first literal line as shallow as the key', () => {
  const text = ['spec:', '  ports:', '  - port: 80', '  {{- toYaml .Values.more | nindent 2 }}', '# a comment', '  selector:', '    app: web', 'status: {}', ''].join('\n');
  const doc = parseSpan(text, { start: 0, end: text.length, markerStart: -1 });
  const ports = getPair(doc.root, 'spec', 'ports')!;
  assert.equal(text.slice(ports.key.start, keyBlockEnd(text, ports)), 'ports:\n  - port: 80\n  {{- toYaml .Values.more | nindent 2 }}\n# a comment\n');
  const spec = getPair(doc.root, 'spec')!;
  assert.equal(text.slice(keyBlockEnd(text, spec)), 'status: {}\n');
});
