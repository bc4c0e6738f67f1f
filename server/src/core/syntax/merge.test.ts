import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitDocuments } from './documents';
import { parseSpan } from './parse';
import { asMap, get, keyText, str } from './nodes';

const parseOne = (t: string) => parseSpan(t, splitDocuments(t)[0]);
const keys = (node: ReturnType<typeof get>) => asMap(node)!.items.map((p) => `${keyText(p)}=${str(p.value)}`);

test('a merge key writes the merged map where it stands: later keys win, as in go-yaml v2', () => {
  const doc = parseOne('base: &b {app: web, tier: back}\nafter: {<<: *b, tier: front}\nbefore: {tier: front, <<: *b}\n');
  assert.deepEqual(keys(get(doc.root, 'after')), ['app=web', 'tier=front']);
  assert.deepEqual(keys(get(doc.root, 'before')), ['app=web', 'tier=back']);
  assert.deepEqual(doc.issues, []);
});

test('a sequence of maps merges with the earlier maps winning; inline maps and nested merges count', () => {
  const doc = parseOne('a: &a {x: a1, y: a2}\nb: &b {<<: *a, y: b2, z: b3}\nm:\n  <<: [*b, *a, {w: inline}]\n');
  assert.deepEqual(keys(get(doc.root, 'm')), ['w=inline', 'x=a1', 'y=b2', 'z=b3']);
});

test('a merged pair keeps the offsets of the text that holds it', () => {
  const text = 'base: &b {app: web}\nsel: {<<: *b}\n';
  const pair = asMap(get(parseOne(text).root, 'sel'))!.items[0];
  assert.equal(text.slice(pair.start, pair.end), 'app: web');
});

test('only a plain `<<` merges; a quoted one is an ordinary key', () => {
  const doc = parseOne('q: {"<<": {app: web}}\nt: {!!merge <<: {app: web}}\n');
  assert.deepEqual(keys(get(doc.root, 'q')), ['<<=null']);
  assert.deepEqual(keys(get(doc.root, 't')), ['app=web']);
});

test('a merge value that is not a map or a list of maps is an error, as kubectl reports', () => {
  const text = 's: &s [1]\na: {<<: 1}\nb: {<<: *s}\nc: {<<: [{x: 1}, 2]}\n';
  const issues = parseOne(text).issues.filter((i) => i.code === 'MERGE_VALUE').map((i) => text.slice(i.start, i.end));
  assert.deepEqual(issues, ['1', '*s', '[{x: 1}, 2]']);
});
