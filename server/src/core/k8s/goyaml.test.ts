import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSpan } from '../syntax/parse';
import { get } from '../syntax/nodes';
import { goInt, goValue } from './goyaml';

function valueOf(yamlValue: string) {
  const text = `v: ${yamlValue}\n`;
  return goValue(get(parseSpan(text, { start: 0, end: text.length, markerStart: -1 }).root, 'v'));
}

test('plain scalars resolve as goyaml v2 (YAML 1.1) does', () => {
  assert.deepEqual(valueOf('80'), { type: 'int', value: 80 });
  assert.deepEqual(valueOf('+80'), { type: 'int', value: 80 });
  assert.deepEqual(valueOf('0x50'), { type: 'int', value: 80 });
  assert.deepEqual(valueOf('0o120'), { type: 'int', value: 80 });
  assert.deepEqual(valueOf('0b1010000'), { type: 'int', value: 80 });
  assert.deepEqual(valueOf('010'), { type: 'int', value: 8 });
  assert.deepEqual(valueOf('080'), { type: 'float', value: 80 });
  assert.deepEqual(valueOf('1_000'), { type: 'int', value: 1000 });
  assert.deepEqual(valueOf('8e1'), { type: 'float', value: 80 });
  assert.deepEqual(valueOf('yes'), { type: 'bool', value: true });
  assert.deepEqual(valueOf('Off'), { type: 'bool', value: false });
  assert.deepEqual(valueOf('~'), { type: 'null' });
  assert.deepEqual(valueOf('80px'), { type: 'string', value: '80px', quoted: false });
  assert.deepEqual(valueOf('"80"'), { type: 'string', value: '80', quoted: true });
  assert.deepEqual(valueOf('{a: 1}'), { type: 'map' });
});

test('integral floats decode into integer fields, fractions do not', () => {
  assert.equal(goInt({ type: 'float', value: 80 }), 80);
  assert.equal(goInt({ type: 'float', value: 80.5 }), null);
  assert.equal(goInt({ type: 'string', value: '80', quoted: true }), null);
  assert.equal(goInt(null), null);
});
