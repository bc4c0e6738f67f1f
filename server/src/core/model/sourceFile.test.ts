import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeSourceFile } from './sourceFile';
import { asScalar, get } from '../syntax/nodes';

const docs = ['kind: A\nmetadata: {name: a}\n', 'kind: B\nmetadata: {name: b}\n', 'kind: C\nmetadata: {name: c}\n'];

test('an edit re-parses only the document it touches; documents after it are shifted, not re-parsed', () => {
  const before = makeSourceFile('/f.yaml', docs.join('---\n'));
  const editedText = docs[0].replace('name: a', 'name: aaa') + '---\n' + docs[1] + '---\n' + docs[2];
  const after = makeSourceFile('/f.yaml', editedText, before);
  assert.notEqual(after.docs[0].root, before.docs[0].root);
  // Shifted documents are copies (offsets moved), but their values are the same and their offsets exact.
  for (const i of [1, 2]) {
    const name = asScalar(get(after.docs[i].root, 'metadata', 'name'))!;
    assert.equal(editedText.slice(name.start, name.end), String.fromCharCode(97 + i));
  }
  // An edit in the last document leaves the earlier ones identical (same objects).
  const last = makeSourceFile('/f.yaml', editedText.replace('name: c', 'name: cc'), after);
  assert.equal(last.docs[0].root, after.docs[0].root);
  assert.equal(last.docs[1].root, after.docs[1].root);
  assert.notEqual(last.docs[2].root, after.docs[2].root);
});

test('identical documents in one file are each reused once', () => {
  const text = docs[0] + '---\n' + docs[0];
  const a = makeSourceFile('/f.yaml', text);
  const b = makeSourceFile('/f.yaml', text + '---\n' + docs[0], a);
  assert.equal(b.docs.length, 3);
  assert.equal(b.docs[0].root, a.docs[0].root);
  assert.equal(b.docs[1].root, a.docs[1].root);
  assert.notEqual(b.docs[2].root, b.docs[0].root);
});
