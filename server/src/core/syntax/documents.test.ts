import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitDocuments } from './documents';

const texts = (t: string) => splitDocuments(t).map((s) => t.slice(s.start, s.end));

test('splits on --- at column 0 and keeps each document exact', () => {
  assert.deepEqual(texts('a: 1\n---\nb: 2\n'), ['a: 1\n', '\nb: 2\n']);
  assert.deepEqual(texts('---\na: 1\n---\nb: 2'), ['\na: 1\n', '\nb: 2']);
});

test('a comment-only preamble is not a document; empty documents between markers are', () => {
  assert.deepEqual(texts('# header\n---\na: 1\n'), ['\na: 1\n']);
  assert.equal(splitDocuments('---\n---\na: 1\n').length, 2);
});

test('--- inside a line or indented is content, not a marker', () => {
  assert.deepEqual(texts('a: |\n  ---\n  x\nb: "---"\n'), ['a: |\n  ---\n  x\nb: "---"\n']);
  assert.equal(splitDocuments('a: ---x\n----\n').length, 1);
});

test('... ends a document; what follows before the next --- is not a document unless it has content', () => {
  assert.deepEqual(texts('a: 1\n...\n# trailing\n---\nb: 2\n'), ['a: 1\n', '\nb: 2\n']);
});

test('content on the marker line belongs to the document; CRLF and a BOM are handled', () => {
  assert.deepEqual(texts('--- {a: 1}\n'), [' {a: 1}\n']);
  assert.deepEqual(texts('\ufeffa: 1\r\n---\r\nb: 2\r\n'), ['a: 1\r\n', '\r\nb: 2\r\n']);
});

test('an empty text is one empty document', () => {
  assert.deepEqual(texts(''), ['']);
});
