import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG, parseConfig } from './config';

test('defaults for missing settings, values for valid ones', () => {
  assert.deepEqual(parseConfig(undefined).config, DEFAULT_CONFIG);
  const { config, problems } = parseConfig({ defaultNamespace: 'shop', nodePortRange: '20000-22767', rules: { 'service-selector-no-match': { severity: 'error' } }, serviceCIDRs: ['10.96.0.0/12'] });
  assert.deepEqual(problems, []);
  assert.equal(config.defaultNamespace, 'shop');
  assert.deepEqual(config.nodePortRange, { min: 20000, max: 22767 });
  assert.equal(config.rules['service-selector-no-match'].severity, 'error');
  assert.deepEqual(config.serviceCIDRs, ['10.96.0.0/12']);
});

test('invalid settings are reported and keep their defaults; defaults are never mutated', () => {
  const { config, problems } = parseConfig({ defaultNamespace: 'Not Valid', nodePortRange: '5-3', rules: { x: { severity: 'loud' } }, additionalWorkloadKinds: [{ kind: 'X' }] });
  assert.deepEqual(problems.map((p) => p.setting), ['defaultNamespace', 'nodePortRange', 'rules.x.severity', 'additionalWorkloadKinds[0]']);
  assert.equal(config.defaultNamespace, 'default');
  parseConfig({ additionalWorkloadKinds: [{ kind: 'Y', podTemplatePath: 'spec.template' }] });
  assert.deepEqual(DEFAULT_CONFIG.additionalWorkloadKinds, []);
});

test('with the rule ids given, a severity for any other id is a problem; a config that is not an object is one too', () => {
  const ids = new Set(['service-selector-no-match']);
  assert.deepEqual(parseConfig({ rules: { 'service-selector-no-match': { severity: 'off' } } }, ids).problems, []);
  const { config, problems } = parseConfig({ rules: { 'service-selector-nomatch': { severity: 'off' }, 'service-selector-no-match': 'off' } }, ids);
  assert.deepEqual(problems.map((p) => p.setting), ['rules.service-selector-nomatch', 'rules.service-selector-no-match']);
  assert.deepEqual(config.rules, {});
  for (const input of [[], 'strict', 7, true]) assert.deepEqual(parseConfig(input).problems.map((p) => p.setting), ['(root)'], JSON.stringify(input));
  assert.deepEqual(parseConfig(null).problems, []);
});

test('ingressControllerNamespaces: ingress-nginx by default, a list of names, and empty turns the check off', () => {
  assert.deepEqual(DEFAULT_CONFIG.ingressControllerNamespaces, ['ingress-nginx']);
  assert.deepEqual(parseConfig({ ingressControllerNamespaces: ['traefik', ' ingress-nginx '] }).config.ingressControllerNamespaces, ['traefik', 'ingress-nginx']);
  assert.deepEqual(parseConfig({ ingressControllerNamespaces: [] }).config.ingressControllerNamespaces, []);
  assert.deepEqual(parseConfig({ ingressControllerNamespaces: 'traefik' }).problems.map((p) => p.setting), ['ingressControllerNamespaces']);
});
