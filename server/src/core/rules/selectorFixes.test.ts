import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../testing/fixes';
import { dedent, parseFixture, workspaceOf } from '../testing/fixture';
import { checkFile } from './runner';
import { serviceSelectorNoMatch } from './serviceSelectorNoMatch';

const RULE = 'service-selector-no-match';

/** Applies the fix titled `title` of the fixture's one diagnostic and returns the file's whole new text. */
function fixText(yaml: string, { title }: { title: string }): string {
  const fx = parseFixture(dedent(yaml));
  const snapshot = workspaceOf(fx).snapshot();
  const file = snapshot.files.get('/ws/main.yaml')!;
  const found = checkFile(snapshot, file.uri).filter((d) => d.rule === RULE);
  assert.equal(found.length, 1, found.map((d) => d.message).join(' | '));
  const fix = serviceSelectorNoMatch.fixes!({ snapshot, file, diagnostic: found[0] }).find((f) => f.title === title);
  assert.ok(fix, `no fix titled ${title}`);
  assert.ok(fix.edits.every((e) => e.uri === file.uri));
  return applyEdits(file.text, fix.edits);
}

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
  const fixed = fixText(dedent(SERVICE) + dedent(deploy), { title: "Change the selector's app to 'nginx'" });
  assert.equal(fixed, (dedent(SERVICE) + dedent(deploy)).replace('app: ngnix', 'app: nginx'));
});

test('a suggested value that YAML would read as another type is quoted', () => {
  const yaml = dedent(SERVICE).replace('app: ngnix', 'app: "trve"') + dedent(`
    apiVersion: v1
    kind: Pod
    metadata: {name: web, labels: {app: "true", tier: front}}
  `);
  assert.equal(fixText(yaml, { title: "Change the selector's app to 'true'" }), yaml.replace('app: "trve"', 'app: "true"'));
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
  const fixed = fixText(dedent(SERVICE) + deploy, { title: 'Add app=ngnix to the pod template of deployment/web' });
  assert.equal(fixed, dedent(SERVICE) + deploy.replace('        tier: front\n', '        tier: front\n        app: ngnix\n'));
});

test('add the missing labels to a flow labels map, or as a new labels map under the template metadata', () => {
  const flow = dedent(`
    apiVersion: v1
    kind: Pod
    metadata: {name: web, labels: {tier: front}}
  `);
  assert.equal(fixText(dedent(SERVICE) + flow, { title: 'Add app=ngnix to the pod template of pod/web' }), dedent(SERVICE) + flow.replace('{tier: front}', '{tier: front, app: ngnix}'));
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
  const fixed = fixText(dedent(SERVICE) + noLabels, { title: 'Add app=ngnix, tier=front to the pod template of deployment/web' });
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

test('no did-you-mean fix when the values are not a typo of each other, or another selector key still fails', () => {
  const titles = (yaml: string) => {
    const fx = parseFixture(dedent(yaml));
    const snapshot = workspaceOf(fx).snapshot();
    const file = snapshot.files.get('/ws/main.yaml')!;
    const diagnostic = checkFile(snapshot, file.uri).find((d) => d.rule === RULE)!;
    return serviceSelectorNoMatch.fixes!({ snapshot, file, diagnostic }).map((f) => f.title);
  };
  // A neighbour in the same folder with an unrelated value: named in the message, never offered as the fix.
  assert.deepEqual(titles(`
    apiVersion: v1
    kind: Service
    metadata: {name: vtctld}
    spec: {selector: {component: vtctld, app: vitess}}
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: guestbook, labels: {component: guestbook, app: vitess}}
  `), []);
  // A typo in one key, while another key fails too: fixing the typo alone would not make the Service match.
  assert.deepEqual(titles(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec: {selector: {app: ngnix, tier: back}}
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: web, labels: {app: nginx, tier: front}}
  `), []);
  // Case is a typo too: MyApp → myapp.
  assert.deepEqual(titles(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec: {selector: {app: MyApp}}
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: web, labels: {app: myapp}}
  `), ["Change the selector's app to 'myapp'"]);
});
