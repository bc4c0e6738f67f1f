import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSpan } from '../syntax/parse';
import { get } from '../syntax/nodes';
import { goValue, readInt } from './goyaml';

function nodeOf(yamlValue: string) {
  const text = `v: ${yamlValue}\n`;
  return get(parseSpan(text, { start: 0, end: text.length, markerStart: -1 }).root, 'v');
}

test('plain scalars resolve as goyaml v2 (YAML 1.1) does', () => {
  const cases: [string, unknown][] = [
    ['80', { type: 'number', value: 80 }],
    ['+80', { type: 'number', value: 80 }],
    ['0x50', { type: 'number', value: 80 }],
    ['0o120', { type: 'number', value: 80 }],
    ['0b1010000', { type: 'number', value: 80 }],
    ['010', { type: 'number', value: 8 }],
    ['080', { type: 'number', value: 80 }],
    ['1_000', { type: 'number', value: 1000 }],
    ['8e1', { type: 'number', value: 80 }],
    ['yes', { type: 'bool', value: true }],
    ['Off', { type: 'bool', value: false }],
    ['~', { type: 'null' }],
    ['80px', { type: 'string', value: '80px' }],
    ['"80"', { type: 'string', value: '80' }],
  ];
  for (const [yaml, expected] of cases) assert.deepEqual(goValue(nodeOf(yaml)), expected, yaml);
  assert.equal(goValue(nodeOf('{a: 1}')), null);
});

test('integral floats decode into integer fields; fractions, quoted numbers and booleans do not', () => {
  assert.deepEqual(readInt(nodeOf('80.0')), { ok: true, value: 80 });
  assert.equal(readInt(nodeOf('80.5'))?.ok, false);
  assert.deepEqual(readInt(nodeOf('"80"')), { ok: false, quoted: 80, problem: '"80" is a quoted string, not a number' });
  assert.equal(readInt(nodeOf('on'))?.ok, false);
  assert.equal(readInt(nodeOf('')), null);
});
