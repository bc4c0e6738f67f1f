import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolvePlain } from './goyaml';

test('resolvePlain reads numbers the way go-yaml v2 does (YAML 1.1 flavour)', () => {
  const cases: [string, unknown][] = [
    ['80', 80],
    ['0x50', 80],
    ['0X50', 80],
    ['080', 80],
    ['010', 8],
    ['0o10', 8],
    ['0b101', 5],
    ['1_000', 1000],
    ['+80', 80],
    ['-80', -80],
    ['80.0', 80],
    ['80.5', 80.5],
    ['1e3', 1000],
    ['0', 0],
  ];
  for (const [text, value] of cases) assert.deepEqual(resolvePlain(text), { type: 'number', value }, text);
});

test('resolvePlain reads YAML 1.1 booleans and nulls, and leaves other words as strings', () => {
  for (const t of ['yes', 'Yes', 'on', 'ON', 'y', 'true']) assert.deepEqual(resolvePlain(t), { type: 'bool', value: true }, t);
  for (const t of ['no', 'off', 'N', 'false']) assert.deepEqual(resolvePlain(t), { type: 'bool', value: false }, t);
  for (const t of ['~', 'null', '']) assert.deepEqual(resolvePlain(t), { type: 'null' }, t);
  for (const t of ['http', '1.2.3.4', '10.0.0.0/8', '0x', '80a', 'yess', '1_a']) assert.deepEqual(resolvePlain(t), { type: 'string', value: t }, t);
});
