import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture, dedent, parseFixture, workspaceOf } from '../testing/fixture';
import { selectedTemplates } from './serviceTargets';
import { linkGraph } from './graph/ofSnapshot';

const rules = ['service-selector-no-match', 'target-port-name-unresolved', 'workload-selector-missing', 'link-unverifiable', 'selector-unmatched'];

const base = `
  //- base/kustomization.yaml
  resources: [svc.yaml, deploy.yaml]
  commonLabels:
    app: web
  //- base/svc.yaml
  apiVersion: v1
  kind: Service
  metadata: {name: web}
  spec:
    ports: [{port: 80, targetPort: http}]
  //- base/deploy.yaml
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
  spec:
    template:
      metadata: {annotations: {a: b}}
      spec: {containers: [{name: web, image: nginx, ports: [{name: http, containerPort: 8080}]}]}
`;

test('commonLabels join a Service without selector and a Deployment without labels', () => {
  checkFixture(base, { rules });
  const f = parseFixture(dedent(base));
  const snapshot = workspaceOf(f).snapshot();
  const svc = snapshot.service(snapshot.ofKind('Service')[0])!;
  assert.deepEqual(svc.variantSelectors.map((v) => v.via), ['/ws/base/kustomization.yaml']);
  const templates = selectedTemplates(snapshot, svc);
  assert.deepEqual(templates.map((t) => [t.owner.name, t.via, t.labels.map((l) => `${l.key}=${l.value}`)]), [['web', '/ws/base/kustomization.yaml', ['app=web']]]);
  const links = linkGraph(snapshot).linksFrom('/ws/base/svc.yaml');
  assert.deepEqual(links.map((l) => [l.kind, l.via, l.to.length]), [
    ['service-selector', 'through kustomization /ws/base/kustomization.yaml', 1],
    ['target-port', 'through kustomization /ws/base/kustomization.yaml', 1],
  ]);
});

test('two overlays over one base make two variants, each linked', () => {
  const f = parseFixture(dedent(base) + dedent(`
    //- a/kustomization.yaml
    resources: [../base]
    namePrefix: a-
    commonLabels: {env: a}
    //- b/kustomization.yaml
    resources: [../base]
    labels:
      - pairs: {env: b}
        includeSelectors: true
  `));
  const snapshot = workspaceOf(f).snapshot();
  const svc = snapshot.service(snapshot.ofKind('Service')[0])!;
  assert.deepEqual(svc.variantSelectors.map((v) => [v.via, v.selector.requirements.map((q) => `${q.key}=${q.values[0]}`).sort().join(',')]).sort(), [
    ['/ws/a/kustomization.yaml', 'app=web,env=a'],
    ['/ws/b/kustomization.yaml', 'app=web,env=b'],
    ['/ws/base/kustomization.yaml', 'app=web'],
  ]);
  assert.equal(selectedTemplates(snapshot, svc).length, 3);
  // The prefix renames the objects in overlay a: name lookups find them by either name.
  assert.deepEqual(snapshot.lookup('Service', 'default', 'a-web').map((r) => r.uri), ['/ws/base/svc.yaml']);
  assert.deepEqual(snapshot.lookup('Deployment', 'default', 'web').map((r) => r.uri), ['/ws/base/deploy.yaml']);
  assert.deepEqual(snapshot.lookup('Service', 'default', 'b-web'), []);
  assert.deepEqual(snapshot.builtAs(snapshot.ofKind('Deployment')[0]).map((b) => [b.via, b.name, b.labels]).sort(), [
    ['/ws/a/kustomization.yaml', 'a-web', { app: 'web', env: 'a' }],
    ['/ws/b/kustomization.yaml', 'web', { app: 'web', env: 'b' }],
    ['/ws/base/kustomization.yaml', 'web', { app: 'web' }],
  ]);
});

test('labels without includeSelectors only touch metadata; includeTemplates reaches templates', () => {
  checkFixture(`
    //- k/kustomization.yaml
    resources: [svc.yaml, deploy.yaml, other.yaml]
    labels:
      - pairs: {team: shop}
      - pairs: {app: web}
        includeTemplates: true
    //- k/svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      selector: {app: web}
      ports: [{port: 80}]
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: team}
    spec:
      selector:
    # ^^^^^^^^ warning service-selector-no-match: selector team=shop matches no pod template in namespace 'default'
        team: shop
      ports: [{port: 80}]
    //- k/deploy.yaml
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      selector: {matchLabels: {x: y}}
      template:
        metadata: {labels: {x: y}}
        spec: {containers: [{name: web, image: nginx}]}
    //- k/other.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: no-selector}
    spec:
      ports: [{port: 80}]
  `, { rules });
});

test('a selector that a kustomization builds and that matches nothing says so', () => {
  checkFixture(`
    //- k/kustomization.yaml
    resources: [svc.yaml]
    commonLabels: {app: api}
    //- k/svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: api}
    spec:
    ^^^^ warning service-selector-no-match: selector app=api (as built by kustomization /ws/k/kustomization.yaml) matches no pod template
      ports: [{port: 80}]
    //- elsewhere/deploy.yaml
    apiVersion: v1
    kind: Pod
    metadata: {name: api, labels: {app: apis}}
    spec: {containers: [{name: api, image: api}]}
  `, { rules });
});

test('a workload selector that the kustomization completes in the template is not a mismatch', () => {
  checkFixture(`
    //- k/kustomization.yaml
    resources: [deploy.yaml]
    commonLabels: {app: web}
    //- k/deploy.yaml
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      selector: {matchLabels: {app: web}}
      template:
        metadata: {labels: {tier: x}}
        spec: {containers: [{name: web, image: nginx}]}
    ---
    # commonLabels override the selector's app too, so the built Deployment agrees with itself.
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: overridden}
    spec:
      selector: {matchLabels: {app: other}}
      template:
        metadata: {labels: {tier: x}}
        spec: {containers: [{name: web, image: nginx}]}
    //- elsewhere/deploy.yaml
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: other}
    spec:
      selector:
        matchLabels:
          app: other
        # ^^^^^^^^^^ error workload-selector-mismatch: spec.selector app=other does not match
      template:
        metadata: {labels: {tier: x}}
        spec: {containers: [{name: web, image: nginx}]}
  `, { rules: ['workload-selector-mismatch'] });
});

test('a remote base makes the links of the build unknown, not broken, and only for that build', () => {
  checkFixture(`
    //- overlay/kustomization.yaml
    resources:
      - https://github.com/example/app//deploy?ref=v1.2.0
      - svc.yaml
    //- overlay/svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      selector:
    # ^^^^^^^^ information link-unverifiable: cannot verify selector app=web: no pod template in namespace 'default' matches it, but 1 document that might hold one could not be read (a remote kustomize base)
        app: web
      ports: [{port: 80}]
    //- other/svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: api}
    spec:
      selector:
    # ^^^^^^^^ information selector-unmatched: selector app=api matches no pod template anywhere in the workspace
        app: api
      ports: [{port: 80}]
  `, { rules });
});
