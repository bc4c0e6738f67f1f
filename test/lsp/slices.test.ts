import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Slices } from '../../server/src/lsp/slices';

test('a pause within the slice returns at once; once the slice is over, other callbacks run first, then a new slice starts', async () => {
  const slices = new Slices();
  let ran = false;
  setImmediate(() => (ran = true));
  assert.equal(await slices.pause(), false);
  assert.equal(ran, false, 'within the slice the loop is not given back');
  const t0 = performance.now();
  while (performance.now() - t0 < 10);
  assert.equal(await slices.pause(), true);
  assert.equal(ran, true, 'the callback waiting on the loop ran during the pause');
  assert.equal(await slices.pause(), false, 'a new slice started');
});
