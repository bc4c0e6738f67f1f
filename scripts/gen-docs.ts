// Writes docs/rules.md from the rule metadata, package.json's settings (`contributes.configuration.properties`) from
// the settings table in server/src/core/settings.ts (`kubeNetlens.rules` from the rule metadata), and the README's
// settings table from the same table.
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../server/src/core/rules/registry';
import { renderRulesMarkdown, rulesSettingsSchema } from '../server/src/core/rules/metadata';
import { manifestWithSettings, readmeWithSettings, SETTINGS } from '../server/src/core/settings';

writeFileSync('docs/rules.md', renderRulesMarkdown(RULES));
const pkg = manifestWithSettings(JSON.parse(readFileSync('package.json', 'utf8')), rulesSettingsSchema(RULES));
writeFileSync('package.json', JSON.stringify(pkg, null, 2) + '\n');
writeFileSync('README.md', readmeWithSettings(readFileSync('README.md', 'utf8')));
console.log(`wrote docs/rules.md (${RULES.length} rules), and the settings of package.json and README.md (${SETTINGS.length} settings)`);
