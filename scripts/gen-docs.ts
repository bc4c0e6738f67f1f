// Writes docs/rules.md and the `kubeNetlens.rules` settings schema in package.json from the rule metadata.
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../server/src/core/rules/registry';
import { renderRulesMarkdown, rulesSettingsSchema } from '../server/src/core/rules/metadata';

writeFileSync('docs/rules.md', renderRulesMarkdown(RULES));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
pkg.contributes ??= {};
pkg.contributes.configuration ??= { title: 'Kubernetes Network Lens', properties: {} };
pkg.contributes.configuration.properties ??= {};
pkg.contributes.configuration.properties['kubeNetlens.rules'] = rulesSettingsSchema(RULES);
writeFileSync('package.json', JSON.stringify(pkg, null, 2) + '\n');
console.log(`wrote docs/rules.md and kubeNetlens.rules (${RULES.length} rules)`);
