import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dedent, parseFixture, workspaceOf } from '../../testing/fixture';

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
  const links = snapshot.graph().linksAt('/ws/svc.yaml', svc.indexOf('app: web') + 2);
  assert.equal(links.length, 1);
  assert.equal(links[0].kind, 'service-selector');
  assert.deepEqual(links[0].to.map((t) => [t.uri, text(t.uri, t)]), [['/ws/deploy.yaml', 'app: web']]);
  // The deployment's own matchLabels is not a pod template label and is not a target.
  assert.equal(links[0].to[0].start, deploy.lastIndexOf('app: web'));
});

test('a named targetPort links to the container port name; a defaulted one to the containerPort number', () => {
  const named = snapshot.graph().linksAt('/ws/svc.yaml', svc.indexOf('http'));
  assert.deepEqual(named.map((l) => l.to.map((t) => text(t.uri, t))), [['http']]);
  const defaulted = snapshot.graph().linksAt('/ws/svc.yaml', svc.indexOf('9090'));
  assert.deepEqual(defaulted.map((l) => l.to.map((t) => text(t.uri, t))), [['9090']]);
});

test('references run backwards from a template label to the selector that selects it', () => {
  const refs = snapshot.graph().referencesAt('/ws/deploy.yaml', deploy.lastIndexOf('app: web') + 1);
  assert.equal(refs.length, 1);
  assert.equal(text(refs[0].link.from.uri, refs[0].link.from), 'app: web');
  assert.equal(refs[0].link.fromResource.kind, 'Service');
});
