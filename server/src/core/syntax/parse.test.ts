import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitDocuments } from './documents';
import { detectHelm, parseSpan } from './parse';
import { asMap, asScalar, get, keyText } from './nodes';

const parseAll = (t: string) => splitDocuments(t).map((s) => parseSpan(t, s));

test('keeps absolute offsets of keys and values across documents', () => {
  const text = 'a: 1\n---\nkind: Service\nspec:\n  port: 80\n';
  const [, doc] = parseAll(text);
  const port = asScalar(get(doc.root, 'spec', 'port'))!;
  assert.equal(text.slice(port.start, port.end), '80');
  assert.equal(port.value, 80);
  const kind = asMap(doc.root)!.items[0];
  assert.equal(text.slice(kind.key.start, kind.key.end), 'kind');
});

test('quoted numbers stay strings, with their style and raw text', () => {
  const [doc] = parseAll('port: "80"\nother: 0x50\n');
  const port = asScalar(get(doc.root, 'port'))!;
  assert.equal(port.value, '80');
  assert.equal(port.style, 'double');
  assert.equal(port.raw, '"80"');
  assert.equal(asScalar(get(doc.root, 'other'))!.value, 80);
});

test('anchors and aliases resolve; an alias bomb is refused with a diagnostic', () => {
  const [doc] = parseAll('base: &b {app: web}\nsel: *b\n');
  assert.equal(asScalar(get(doc.root, 'sel', 'app'))!.value, 'web');
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
  const [bomb] = parseAll(lines.join('\n') + '\n');
  assert.equal(bomb.root, null);
  assert.ok(bomb.issues.some((i) => i.code === 'ALIAS_LIMIT'), JSON.stringify(bomb.issues));
});

test('an alias refers to the latest anchor of its name before it, as the yaml package resolves it', () => {
  const [doc] = parseAll('early: *x\na: &x one\nb: *x\nc: &x two\nd: *x\nself: &s {inner: *s}\n');
  assert.equal(get(doc.root, 'early'), null); // unresolved: the anchor comes after it
  assert.equal(asScalar(get(doc.root, 'b'))!.value, 'one');
  assert.equal(asScalar(get(doc.root, 'd'))!.value, 'two');
  assert.equal(get(doc.root, 'self', 'inner'), get(doc.root, 'self'));
});

test('never throws: broken YAML becomes issues, and deep nesting is data', () => {
  for (const text of ['a: [', '{{{{', ': : :', '- - - -\n\t- x', '\u0000\u0001', 'a:\n' + '  '.repeat(10) + 'b: [}']) {
    const docs = parseAll(text);
    assert.ok(docs.length >= 1);
  }
  const deep = '['.repeat(3000) + ']'.repeat(3000);
  assert.doesNotThrow(() => parseAll(deep));
});

test('records duplicate keys with their depth instead of failing', () => {
  const [doc] = parseAll('kind: A\nkind: B\nspec:\n  x: 1\n  x: 2\n');
  assert.deepEqual(doc.duplicateKeys.map((d) => [asScalar(d.key)!.raw, d.depth]), [['kind', 0], ['x', 1]]);
  assert.equal(keyText(asMap(doc.root)!.items[1]), 'kind');
});

test('detects Helm templates only where a template action stands in for YAML structure', () => {
  assert.equal(detectHelm('name: {{ .Release.Name }}\n'), true);
  assert.equal(detectHelm('{{- if .Values.enabled }}\nkind: Service\n'), true);
  assert.equal(detectHelm('  - {{ .Values.x }}\n'), true);
  assert.equal(detectHelm('description: Pod {{ $labels.pod }} is down\n'), false);
  assert.equal(detectHelm('summary: "{{ $value }} errors"\n'), false);
  assert.equal(detectHelm("msg: '{{ x }}'\n"), false);
});

test('a BOM and CRLF line endings keep ranges exact', () => {
  const text = '\ufeffkind: Service\r\nmetadata:\r\n  name: web\r\n';
  const [doc] = parseAll(text);
  const name = asScalar(get(doc.root, 'metadata', 'name'))!;
  assert.equal(text.slice(name.start, name.end), 'web');
});
