import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSpan } from './parse';
import { shiftDocument } from './shift';
import { asMap } from './nodes';
import type { YAlias } from './nodes';

function parseAt(prefix: string, body: string) {
  const text = prefix + body;
  return { text, doc: parseSpan(text, { start: prefix.length, end: text.length, markerStart: -1 }) };
}

test('a moved document has every offset moved and equals a parse at its new place', () => {
  const body = 'kind: Service\nmetadata: {name: web}\nspec:\n  ports:\n    - port: 80\n      name: http\n';
  const before = parseAt('', body).doc;
  const after = parseAt('# three\n', body);
  const moved = shiftDocument(before, after.doc.span);
  assert.deepEqual(moved, after.doc);
  // The original is left as it was: older snapshots still read it.
  assert.deepEqual(before, parseAt('', body).doc);
});

test('aliases and duplicate keys of a moved document point into the moved tree', () => {
  const body = 'a: &x {p: 1}\nb: *x\nc: 1\nc: 2\n';
  const before = parseAt('', body).doc;
  const moved = shiftDocument(before, { start: 5, end: 5 + body.length, markerStart: -1 });
  const alias = asMap(moved.root)!.items[1].value as YAlias;
  assert.equal(alias.type, 'alias');
  assert.equal(alias.target, asMap(moved.root)!.items[0].value);
  assert.equal(alias.target!.start, before.root && asMap(before.root)!.items[0].value!.start + 5);
  const dup = moved.duplicateKeys[0];
  assert.equal(dup.first, asMap(moved.root)!.items[2]);
  assert.equal(dup.second, asMap(moved.root)!.items[3]);
  assert.equal(moved.issues.length, before.issues.length);
});

test('a document moved many times over reads the same as one parsed at its final place', () => {
  const body = 'kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          ports: [{containerPort: 80}]\n';
  let doc = parseAt('', body).doc;
  // Each move wraps the last one without reading it: the views must compose, not chain.
  for (let i = 1; i <= 50; i++) doc = shiftDocument(doc, { start: i * 3, end: i * 3 + body.length, markerStart: -1 });
  assert.deepEqual(doc, parseAt(' '.repeat(150), body).doc);
  // Reading a moved tree twice gives the same objects: identity is stable once read.
  const moved = shiftDocument(parseAt('', body).doc, { start: 7, end: 7 + body.length, markerStart: -1 });
  assert.equal(asMap(moved.root)!.items, asMap(moved.root)!.items);
  assert.equal(asMap(moved.root)!.items[1].value, asMap(moved.root)!.items[1].value);
});
