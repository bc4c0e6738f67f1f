import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RULES } from './registry';
import { renderRulesMarkdown, rulesSettingsSchema } from './metadata';

test('docs/rules.md is generated from the current rule metadata (run npm run docs)', () => {
  assert.equal(readFileSync('docs/rules.md', 'utf8'), renderRulesMarkdown(RULES));
});

test('the kubeNetlens.rules settings schema in package.json matches the registry (run npm run docs)', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.deepEqual(pkg.contributes.configuration.properties['kubeNetlens.rules'], rulesSettingsSchema(RULES));
});

test('every rule has complete metadata and a unique kebab-case id', () => {
  const ids = new Set<string>();
  for (const r of RULES) {
    assert.match(r.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, r.id);
    assert.ok(!ids.has(r.id), `duplicate id ${r.id}`);
    ids.add(r.id);
    for (const field of ['title', 'description', 'remediation'] as const) assert.ok(r[field].length > 10, `${r.id}.${field}`);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(r.severity), r.id);
    assert.ok(r.kinds.length > 0, `${r.id}.kinds`);
  }
});

test('docs say "Has a quick fix" only for rules that always offer one, "May offer a quick fix" for the others', () => {
  const md = renderRulesMarkdown(RULES);
  for (const r of RULES) {
    const line = md.split('\n').find((l) => l.startsWith(`**${r.title}.**`)) ?? '';
    const says = line.includes(' Has a quick fix.') ? 'always' : line.includes(' May offer a quick fix.') ? 'may' : 'none';
    assert.equal(says, r.alwaysFixable ? 'always' : r.fixes ? 'may' : 'none', r.id);
    if (r.alwaysFixable) assert.ok(r.fixes, `${r.id} claims a fix it does not have`);
  }
});
