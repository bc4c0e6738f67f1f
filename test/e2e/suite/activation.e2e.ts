import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, exampleUri, open } from './util';

describe('the extension', () => {
  it('activates for a YAML file and registers its commands', async () => {
    await open(exampleUri('shop/api.yaml'));
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is loaded`);
    await ext.activate();
    assert.ok(ext.isActive);
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['kubeNetlens.restartServer', 'kubeNetlens.showOutput']) assert.ok(commands.includes(c), `command ${c}`);
    await vscode.commands.executeCommand('kubeNetlens.showOutput');
  });

  it('contributes no YAML language, schema or formatter of its own (it sits next to Red Hat YAML)', () => {
    const contributes = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes as Record<string, unknown>;
    for (const key of ['languages', 'yamlValidation', 'jsonValidation', 'snippets']) assert.equal(contributes[key], undefined, key);
  });
});
