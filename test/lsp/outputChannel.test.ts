// What the output channel says: the start (version, folders), the settings in effect, and after indexing the counts,
// the time and every file left out with its reason; the counts are the ones `kube-netlens check` prints for the folder.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deployment, service, withClient } from './client';

const ROOT = join(__dirname, '..', '..');
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const SETTINGS = { exclude: ['vendor'], maxFileSizeKB: 1 };
const FILES = {
  'app/deploy.yaml': deployment('web'),
  'app/svc.yaml': service('web'),
  'app/values.yaml': 'replicas: 3\n',
  'app/merged.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\napiVersion: v1\nkind: Pod\n',
  'vendor/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n',
  'big.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata: {a: ${'x'.repeat(2000)}}\n`,
};

test('the log says who started with what, what indexing found, and what it left out and why', async () => {
  await withClient({ files: FILES, settings: SETTINGS }, async (client) => {
    const ready = await client.waitReady();
    const indexed = await client.waitFor('the index summary', () => client.logs.find((l) => l.startsWith('Indexed ')));
    const at = (rel: string) => join(client.dir, rel);
    assert.equal(client.logs[0], `kube-netlens ${VERSION} started (Node.js ${process.version}); workspace folders: ${client.dir}`);
    const settings = client.logs.filter((l) => l.startsWith('Settings in effect: '));
    assert.equal(settings.length, 1);
    for (const part of ['defaultNamespace "default"', 'exclude ["vendor"]', 'maxFileSizeKB 1', 'nodePortRange 30000-32767', 'rules (every rule at its default severity)']) assert.ok(settings[0].includes(part), part);
    assert.match(indexed, /^Indexed 5 files in \d+(\.\d s| ms): 5 documents, 3 resources, 2 manifests \(files with Kubernetes objects\), 1 link from Services to the pod templates they select$/);
    assert.ok(client.logs.includes(`Not indexed, as kubeNetlens.include and kubeNetlens.exclude say: ${at('vendor')}`));
    assert.ok(client.logs.some((l) => /^Skipped, not analysed: the file is \d KB, over the 1 KB limit/.test(l) && l.endsWith(`: ${at('big.yaml')}`)), client.logs.join('\n'));
    assert.ok(client.logs.some((l) => l.startsWith('No Kubernetes object') && l.endsWith(`: ${at('app/values.yaml')}`)), 'merged.yaml holds objects, if unreadable ones');
    assert.ok(client.logs.includes(`Objects not read, for a YAML syntax error or two objects without '---' between them (links to them cannot be verified): ${at('app/merged.yaml')}`));

    // The status bar's counts are the CLI's for the same folder and settings.
    const config = join(client.dir, '..', `${client.dir.split('/').pop()}.json`);
    writeFileSync(config, JSON.stringify(SETTINGS));
    const cli = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', client.dir, '--config', config, '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8' });
    const { files, documents, resources, manifests, links } = JSON.parse(cli.stdout).summary;
    assert.deepEqual({ files, documents, resources, manifests, links }, { files: ready.files, documents: ready.documents, resources: ready.resources, manifests: ready.manifests, links: ready.links });
    assert.equal(ready.manifests, 2, 'big.yaml is skipped, so it holds no object that counts');

    // The same settings again say nothing; changed ones are logged.
    const since = client.logs.length;
    client.changeSettings({ ...SETTINGS });
    client.changeSettings({ ...SETTINGS, defaultNamespace: 'shop' });
    const changed = await client.waitFor('the changed settings', () => client.logs.slice(since).filter((l) => l.startsWith('Settings in effect: ')).at(0));
    assert.ok(changed.includes('defaultNamespace "shop"'));
    assert.equal(client.logs.slice(since).filter((l) => l.startsWith('Settings in effect: ')).length, 1);
  });
});
