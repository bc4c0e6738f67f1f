import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, proximity } from './paths';

/** The definition, by splitting the folder paths into segments. */
function bySegments(a: string, b: string): number {
  if (a === b) return 0;
  const da = dirname(a).split('/');
  const db = dirname(b).split('/');
  let common = 0;
  while (common < da.length && common < db.length && da[common] === db[common]) common++;
  return 1 + (da.length - common) + (db.length - common);
}

test('proximity counts folders between two files', () => {
  assert.equal(proximity('/w/a/x.yaml', '/w/a/x.yaml'), 0);
  assert.equal(proximity('/w/a/x.yaml', '/w/a/y.yaml'), 1);
  assert.equal(proximity('/w/a/x.yaml', '/w/b/y.yaml'), 3);
  assert.equal(proximity('/w/a/x.yaml', '/w/a/b/y.yaml'), 2);
  assert.equal(proximity('file:///w/ab/x.yaml', 'file:///w/a/x.yaml'), 3);
});

test('proximity equals the count by segments on random paths (shared prefixes, empty segments, no folder)', () => {
  let seed = 42;
  const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const parts = ['', 'a', 'ab', 'b', 'file:', 'x.yaml', '.'];
  const path = () => Array.from({ length: 1 + Math.floor(random() * 5) }, () => parts[Math.floor(random() * parts.length)]).join('/');
  for (let n = 0; n < 5000; n++) {
    const a = path();
    const b = random() < 0.3 ? a.slice(0, Math.floor(random() * a.length)) + path() : path();
    assert.equal(proximity(a, b), bySegments(a, b), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  }
});
