import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dedent, parseFixture, workspaceOf } from '../../testing/fixture';
import { Workspace } from '../workspace';
import { Snapshot } from '../snapshot';
import { linkGraph } from './ofSnapshot';

const fixture = parseFixture(dedent(`
  //- svc.yaml
  apiVersion: v1
  kind: Service
  metadata: {name: web}
  spec:
    selector:
      app: web
    ports:
      - port: 80
        targetPort: http
      - name: metrics
        port: 9090
  //- deploy.yaml
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
  spec:
    selector: {matchLabels: {app: web}}
    template:
      metadata:
        labels:
          app: web
      spec:
        containers:
          - name: web
            image: nginx
            ports:
              - name: http
                containerPort: 8080
              - containerPort: 9090
`));

const snapshot = workspaceOf(fixture).snapshot();
const svc = fixture.files.get('/ws/svc.yaml')!;
const deploy = fixture.files.get('/ws/deploy.yaml')!;
const text = (uri: string, p: { start: number; end: number }) => fixture.files.get(uri)!.slice(p.start, p.end);

test('a selector entry links to the label line of each selected template', () => {
  const links = linkGraph(snapshot).linksAt('/ws/svc.yaml', svc.indexOf('app: web') + 2);
  assert.equal(links.length, 1);
  assert.equal(links[0].kind, 'service-selector');
  assert.deepEqual(links[0].to.map((t) => [t.uri, text(t.uri, t)]), [['/ws/deploy.yaml', 'app: web']]);
  // The deployment's own matchLabels is not a pod template label and is not a target.
  assert.equal(links[0].to[0].start, deploy.lastIndexOf('app: web'));
});

test('a named targetPort links to the container port name; a defaulted one to the containerPort number', () => {
  const named = linkGraph(snapshot).linksAt('/ws/svc.yaml', svc.indexOf('http'));
  assert.deepEqual(named.map((l) => l.to.map((t) => text(t.uri, t))), [['http']]);
  const defaulted = linkGraph(snapshot).linksAt('/ws/svc.yaml', svc.indexOf('9090'));
  assert.deepEqual(defaulted.map((l) => l.to.map((t) => text(t.uri, t))), [['9090']]);
});

test('references run backwards from a template label to the selector that selects it', () => {
  const refs = linkGraph(snapshot).referencesAt('/ws/deploy.yaml', deploy.lastIndexOf('app: web') + 1);
  assert.equal(refs.length, 1);
  assert.equal(text(refs[0].link.from.uri, refs[0].link.from), 'app: web');
  assert.equal(refs[0].link.fromResource.kind, 'Service');
});

test('after an edit that moves no link, the graph is seeded from the last one and equals a fresh build', () => {
  const policy = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: all}\nspec:\n  podSelector: {}\n  ingress:\n    - from:\n        - podSelector: {}\n';
  const config = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata:\n  mode: fast\n';
  const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: web, image: nginx}]\n';
  const ws = new Workspace();
  ws.setFile('/a/policy.yaml', policy);
  ws.setFile('/a/app.yaml', `${config}---\n${deployment}`);
  // Reading every link builds the whole graph, which can then seed the next one.
  const before = linkGraph(ws.snapshot()).all;
  // Typing in the ConfigMap, above the Deployment: every link into the Deployment moves by the typed length.
  ws.setFile('/a/app.yaml', `${config.replace('fast', 'faster than light')}---\n${deployment}`);
  const after = ws.snapshot();
  const seeded = linkGraph(after);
  const fresh = linkGraph(new Snapshot(new Map(after.files), after.config));
  const shape = (g: typeof seeded) => JSON.stringify(g.all.map((l) => ({ kind: l.kind, from: [l.from.uri, l.from.start, l.from.end], to: l.to.map((t) => [t.uri, t.start, t.end, t.resource.id]) })));
  assert.equal(shape(seeded), shape(fresh));
  const intoDeployment = seeded.all.filter((l) => l.from.uri === '/a/policy.yaml' && l.to.length > 0);
  assert.ok(intoDeployment.length >= 2, 'the policy links to the deployment, as a target and as a peer');
  // The policy's links were carried over (moved), not worked out again: the same link sources, new targets.
  const old = before.filter((l) => l.from.uri === '/a/policy.yaml' && l.to.length > 0);
  assert.deepEqual(intoDeployment.map((l) => l.to[0].start - old[intoDeployment.indexOf(l)].to[0].start), intoDeployment.map(() => 'faster than light'.length - 'fast'.length));
  assert.equal(intoDeployment[0].to[0].resource, after.documents('/a/app.yaml')[1].resources[0]);
  intoDeployment.forEach((l, i) => assert.equal(l.from, old[i].from, 'carried over, not worked out again'));
});

test('links from one file, worked out for that file alone, equal those of the whole graph', () => {
  const ws = workspaceOf(fixture);
  const snapshot = ws.snapshot();
  const lazy = linkGraph(snapshot);
  const perFile = [...snapshot.files.keys()].map((uri) => lazy.linksFrom(uri));
  assert.equal(lazy.complete, false, 'linksFrom alone does not build the whole graph');
  const whole = linkGraph(new Snapshot(new Map(snapshot.files), snapshot.config));
  assert.deepEqual(perFile, [...snapshot.files.keys()].map((uri) => whole.all.filter((l) => l.from.uri === uri)));
  assert.ok(perFile.flat().length > 0);
});
