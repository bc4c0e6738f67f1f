import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/core';
import { docsUrl } from '../../server/src/core/rules/types';
import { ruleOfDocsUrl, rulesOfManifest } from './ruleDocs';

test('the quick pick lists every rule with its title and default severity, read from package.json', () => {
  const manifest = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));
  assert.deepEqual(rulesOfManifest(manifest), RULES.map((r) => ({ id: r.id, title: r.title.replace(/\.$/, ''), severity: r.severity })));
  assert.deepEqual(rulesOfManifest({}), []);
});

test('a docs URL leads back to its rule; any other URL, or a fragment that is no rule id, does not', () => {
  assert.equal(ruleOfDocsUrl(docsUrl('service-selector-no-match')), 'service-selector-no-match');
  for (const url of ['https://example.com/docs/rules.md#service-selector-no-match', `${docsUrl('')}`, `${docsUrl('a b')}`, docsUrl('x"); alert(1)')]) assert.equal(ruleOfDocsUrl(url), undefined, url);
});
