import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LINK_PROVIDERS } from '../model/graph/providers';
import { WORDED_KINDS } from './linkWords';

test('every kind of link a provider makes has words, so that no hover falls back to a generic phrase', () => {
  const missing = LINK_PROVIDERS.map((p) => p.kind).filter((k) => !WORDED_KINDS.includes(k));
  assert.deepEqual(missing, []);
});
