import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix } from '../testing/applyFix';
import { dedent, parseFixture, workspaceOf } from '../testing/fixture';
import { checkFile } from './runner';
import { serviceSelectorNoMatch } from './serviceSelectorNoMatch';

const RULE = 'service-selector-no-match';

const SERVICE = `
  apiVersion: v1
  kind: Service
  metadata: {name: web}
  spec:
    selector:
      app: ngnix
      tier: front
    ports: [{port: 80}]
  ---
`;

test('did-you-mean: the selector value becomes the nearest template value', () => {
  const deploy = `
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      template:
        metadata:
          labels:
            app: nginx
            tier: front
  `;
  const fixed = applyFix(dedent(SERVICE) + dedent(deploy), RULE, { title: "Change the selector's app to 'nginx'" });
  assert.equal(fixed, (dedent(SERVICE) + dedent(deploy)).replace('app: ngnix', 'app: nginx'));
});

test('a suggested value that YAML would read as another type is quoted', () => {
  const yaml = dedent(SERVICE).replace('app: ngnix', 'app: "trve"') + dedent(`
    apiVersion: v1
    kind: Pod
    metadata: {name: web, labels: {app: "true", tier: front}}
  `);
  assert.equal(applyFix(yaml, RULE, { title: "Change the selector's app to 'true'" }), yaml.replace('app: "trve"', 'app: "true"'));
});

test('add the missing labels to a block labels map, keeping its indentation', () => {
  const deploy = dedent(`
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      template:
        metadata:
          labels:
            tier: front
        spec:
          containers: [{name: web, image: nginx}]
  `);
  const fixed = applyFix(dedent(SERVICE) + deploy, RULE, { title: 'Add app=ngnix to the pod template of deployment/web' });
  assert.equal(fixed, dedent(SERVICE) + deploy.replace('        tier: front\n', '        tier: front\n        app: ngnix\n'));
});

test('add the missing labels to a flow labels map, or as a new labels map under the template metadata', () => {
  const flow = dedent(`
    apiVersion: v1
    kind: Pod
    metadata: {name: web, labels: {tier: front}}
  `);
  assert.equal(applyFix(dedent(SERVICE) + flow, RULE, { title: 'Add app=ngnix to the pod template of pod/web' }), dedent(SERVICE) + flow.replace('{tier: front}', '{tier: front, app: ngnix}'));
  const noLabels = dedent(`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
      labels: {app: ngnix, tier: front}
    spec:
      template:
        metadata:
          annotations: {a: b}
        spec:
          containers: [{name: web, image: nginx}]
  `);
  const fixed = applyFix(dedent(SERVICE) + noLabels, RULE, { title: 'Add app=ngnix, tier=front to the pod template of deployment/web' });
  assert.equal(fixed, dedent(SERVICE) + noLabels.replace('      annotations: {a: b}\n', '      annotations: {a: b}\n      labels:\n        app: ngnix\n        tier: front\n'));
});

test('no label fix when the template has one of the keys with another value', () => {
  const fx = parseFixture(dedent(SERVICE) + dedent(`
    apiVersion: v1
    kind: Pod
    metadata: {name: web, labels: {app: nginx, tier: front}}
  `));
  const snapshot = workspaceOf(fx).snapshot();
  const file = snapshot.files.get('/ws/main.yaml')!;
  const diagnostic = checkFile(snapshot, file.uri).find((d) => d.rule === RULE)!;
  assert.deepEqual(serviceSelectorNoMatch.fixes!({ snapshot, file, diagnostic }).map((f) => f.title), ["Change the selector's app to 'nginx'"]);
});
