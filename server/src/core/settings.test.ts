import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RULES } from './rules/registry';
import { rulesSettingsSchema } from './rules/metadata';
import { DEFAULT_CONFIG } from './config';
import { CLIENT_SETTINGS, manifestWithSettings, readmeWithSettings, SERVER_SETTINGS, SETTINGS, settingsProperties } from './settings';

test('package.json\'s settings are generated from the settings table (run npm run docs)', () => {
  const text = readFileSync('package.json', 'utf8');
  // The properties first, for a readable difference; then the whole file, so that order and layout count too.
  assert.deepEqual(JSON.parse(text).contributes.configuration.properties, settingsProperties(rulesSettingsSchema(RULES)));
  assert.equal(text, JSON.stringify(manifestWithSettings(JSON.parse(text), rulesSettingsSchema(RULES)), null, 2) + '\n');
});

test('the README\'s settings table is generated from the settings table (run npm run docs)', () => {
  const text = readFileSync('README.md', 'utf8');
  assert.equal(text, readmeWithSettings(text));
});

test('the table has one entry a setting; only client-only settings lack a parser and a Config key', () => {
  assert.deepEqual(Object.keys(SERVER_SETTINGS).sort(), Object.keys(DEFAULT_CONFIG).sort());
  assert.equal(new Set(SETTINGS.map((s) => s.key)).size, SETTINGS.length);
  assert.deepEqual(SETTINGS.filter((s) => s.clientOnly).map((s) => s.key), CLIENT_SETTINGS.map((s) => s.key));
  for (const s of CLIENT_SETTINGS) assert.equal('parse' in s, false, s.key);
});

test('the README markers are required', () => {
  assert.throws(() => readmeWithSettings('# no table here\n'), /needs the markers/);
});
