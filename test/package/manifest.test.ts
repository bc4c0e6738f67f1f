import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG, parseConfig } from '../../server/src/core/config';
import { REPO } from '../e2e/paths';

interface Setting {
  type: string;
  default?: unknown;
  scope?: string;
  enum?: string[];
  enumDescriptions?: string[];
  markdownDescription?: string;
}
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const settings = pkg.contributes.configuration.properties as Record<string, Setting>;

test('every Config key has a setting whose default is the core default', () => {
  const defaults: Record<string, unknown> = {};
  for (const [key, s] of Object.entries(settings)) if (key !== 'kubeNetlens.trace.server') defaults[key.slice('kubeNetlens.'.length)] = s.default;
  assert.deepEqual(Object.keys(defaults).sort(), Object.keys(DEFAULT_CONFIG).sort());
  const { config, problems } = parseConfig(defaults);
  assert.deepEqual(problems, []);
  assert.deepEqual(config, DEFAULT_CONFIG);
});

test('every setting is documented, per resource (except tracing), and every enum value is described', () => {
  for (const [key, s] of Object.entries(settings)) {
    assert.ok(s.markdownDescription && s.markdownDescription.length > 40, `${key} markdownDescription`);
    if (key !== 'kubeNetlens.rules') assert.equal(s.scope, key === 'kubeNetlens.trace.server' ? 'window' : 'resource', `${key} scope`);
    if (s.enum) {
      assert.equal(s.enumDescriptions?.length, s.enum.length, `${key} enumDescriptions`);
      assert.ok(s.enum.includes(s.default as string), `${key} default is one of its values`);
    }
  }
  assert.deepEqual(settings['kubeNetlens.ipFamilies'].enum, ['IPv4', 'IPv6', 'dual', 'unset']);
  assert.deepEqual(settings['kubeNetlens.trace.server'].enum, ['off', 'messages', 'verbose']);
});

test('the commands the client registers are contributed, and nothing YAML-language of our own is', () => {
  const client = ['client/src/extension.ts', 'client/src/map/panel.ts'].map((f) => readFileSync(join(REPO, f), 'utf8')).join('\n');
  const registered = [...client.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
  const contributed = (pkg.contributes.commands as { command: string; title: string; category: string }[]);
  assert.deepEqual(contributed.map((c) => c.command).sort(), registered);
  assert.deepEqual(registered, ['kubeNetlens.checkWorkspace', 'kubeNetlens.openExample', 'kubeNetlens.restartServer', 'kubeNetlens.showNetworkMap', 'kubeNetlens.showOutput', 'kubeNetlens.showReferences', 'kubeNetlens.showRuleDocumentation']);
  // The code-lens command and the walkthrough's need arguments, so they stay out of the command palette.
  assert.deepEqual(pkg.contributes.menus.commandPalette, [{ command: 'kubeNetlens.showReferences', when: 'false' }, { command: 'kubeNetlens.openExample', when: 'false' }]);
  for (const c of contributed) assert.equal(c.category, 'Kubernetes Network Lens');
  // Red Hat's YAML extension owns the language: no language, schema, snippets or formatter from us.
  for (const key of ['languages', 'yamlValidation', 'jsonValidation', 'snippets']) assert.equal(pkg.contributes[key], undefined, key);
});

test('activation, workspace trust, virtual workspaces and the grammar injection are declared', () => {
  assert.deepEqual(pkg.activationEvents, ['onLanguage:yaml', 'workspaceContains:**/*.yaml', 'workspaceContains:**/*.yml']);
  assert.deepEqual(pkg.capabilities.untrustedWorkspaces, { supported: true });
  assert.equal(pkg.capabilities.virtualWorkspaces.supported, false);
  const [grammar] = pkg.contributes.grammars as { scopeName: string; path: string; injectTo: string[] }[];
  assert.deepEqual(grammar.injectTo, ['source.yaml']);
  assert.equal(JSON.parse(readFileSync(join(REPO, grammar.path), 'utf8')).scopeName, grammar.scopeName);
  // The bundled VS Code engine must be one the installable test tools (node 20) can run: at most 1.100.
  assert.match(pkg.engines.vscode, /^\^1\.(9\d|100)\.\d+$/);
});

test('the icon is a 128x128 PNG', () => {
  const png = readFileSync(join(REPO, pkg.icon));
  assert.equal(png.toString('latin1', 1, 4), 'PNG');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
});

test('the walkthrough has 4 to 5 steps, each with media shipped in the package and a way to complete it', () => {
  const [walkthrough] = pkg.contributes.walkthroughs as { steps: { id: string; description: string; media: { markdown?: string }; completionEvents?: string[] }[] }[];
  assert.ok(walkthrough.steps.length >= 4 && walkthrough.steps.length <= 5);
  const commands = new Set((pkg.contributes.commands as { command: string }[]).map((c) => c.command));
  for (const step of walkthrough.steps) {
    const media = step.media.markdown!;
    assert.ok(readFileSync(join(REPO, media), 'utf8').startsWith('# '), media);
    assert.ok((pkg.files as string[]).some((f) => media.startsWith(f)), `${media} is in package.json files`);
    assert.ok(step.completionEvents?.length, step.id);
    for (const [, command, args] of step.description.matchAll(/\(command:([\w.]+)(?:\?([^)]*))?\)/g)) {
      assert.ok(commands.has(command) || command.startsWith('editor.'), `${step.id}: ${command}`);
      if (command === 'kubeNetlens.openExample') assert.ok(readFileSync(join(REPO, 'examples', JSON.parse(decodeURIComponent(args))[0]), 'utf8'), args);
    }
  }
});
