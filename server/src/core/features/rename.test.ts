import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atCursor } from '../testing/cursor';
import { applyEdits } from '../testing/fixes';
import { prepareRename, rename } from './rename';

/** Renames at the cursor and returns every file's resulting text (only the changed ones), or the refusal. */
function renameAt(yaml: string, newName: string): Record<string, string> | string {
  const c = atCursor(yaml);
  const result = rename(c.snapshot, c.uri, c.offset, newName);
  if ('error' in result) return result.error;
  const out: Record<string, string> = {};
  for (const uri of new Set(result.edits.map((e) => e.uri))) out[uri.replace('/ws/', '')] = applyEdits(c.fixture.files.get(uri)!, result.edits.filter((e) => e.uri === uri));
  return out;
}

function prepareAt(yaml: string): string {
  const c = atCursor(yaml);
  const r = prepareRename(c.snapshot, c.uri, c.offset);
  return 'error' in r ? `error: ${r.error}` : `${c.fixture.files.get(c.uri)!.slice(r.start, r.end)} (${r.placeholder})`;
}

const WS = `
  //- svc.yaml
  apiVersion: v1
  kind: Service
  metadata: {name: web}
  spec:
    selector: {app: web}
    ports: [{port: 80, targetPort: http}]
  ---
  apiVersion: v1
  kind: Service
  metadata: {name: front}
  spec:
    selector: {app: web, tier: front}
  //- deploy.yaml
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web, labels: {app: web}}
  spec:
    selector: {matchLabels: {app: web}}
    template:
      metadata: {labels: {app: web, tier: front}}
      spec:
        containers:
          - name: web
            ports: [{name: http, containerPort: 8080}]
            readinessProbe: {httpGet: {port: http}}
  ---
  apiVersion: v1
  kind: Pod
  metadata: {name: debug, labels: {app: web}}
  spec:
    containers: [{name: web, ports: [{name: http, containerPort: 8080}]}]
  //- np.yaml
  apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata: {name: web}
  spec:
    podSelector: {matchLabels: {app: "web"}}
`;

test('a label value renames in every linked selector and template, and in the workload selector, across files', () => {
  const result = renameAt(WS.replace('labels: {app: web, tier', 'labels: {app: w$0eb, tier'), 'site');
  assert.deepEqual(result, {
    'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: site}\n  ports: [{port: 80, targetPort: http}]\n---\napiVersion: v1\nkind: Service\nmetadata: {name: front}\nspec:\n  selector: {app: site, tier: front}',
    'deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, labels: {app: web}}\nspec:\n  selector: {matchLabels: {app: site}}\n  template:\n    metadata: {labels: {app: site, tier: front}}\n    spec:\n      containers:\n        - name: web\n          ports: [{name: http, containerPort: 8080}]\n          readinessProbe: {httpGet: {port: http}}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: debug, labels: {app: site}}\nspec:\n  containers: [{name: web, ports: [{name: http, containerPort: 8080}]}]',
    'np.yaml': 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: web}\nspec:\n  podSelector: {matchLabels: {app: "site"}}\n',
  });
});

test('starting from a selector value gives the same rename; the range excludes quotes', () => {
  const fromSelector = renameAt(WS.replace('selector: {app: web}', 'selector: {app: we$0b}'), 'site');
  const fromTemplate = renameAt(WS.replace('labels: {app: web, tier', 'labels: {app: w$0eb, tier'), 'site');
  assert.deepEqual(fromSelector, fromTemplate);
  assert.equal(prepareAt(WS.replace('{app: "web"}', '{app: "w$0eb"}')), 'web (web)');
});

test('a container port name renames in the targetPorts using it', () => {
  const result = renameAt(WS.replace('[{name: http, containerPort: 8080}]}]', '[{name: ht$0tp, containerPort: 8080}]}]'), 'web') as Record<string, string>;
  assert.ok(result['svc.yaml'].includes('targetPort: web'));
  // The Deployment's template declares http too, and the targetPort resolves to it: it follows.
  assert.ok(result['deploy.yaml'].includes('containers: [{name: web, ports: [{name: web, containerPort: 8080}]}]'));
  assert.ok(result['deploy.yaml'].includes('ports: [{name: web, containerPort: 8080}]\n'));
});

test('a container port name renames in the NetworkPolicy rules that name it', () => {
  const ws = WS.replace('podSelector: {matchLabels: {app: "web"}}', 'podSelector: {matchLabels: {app: "web"}}\n    ingress: [{ports: [{port: http}]}]');
  const result = renameAt(ws.replace('[{name: http, containerPort: 8080}]}]', '[{name: ht$0tp, containerPort: 8080}]}]'), 'web') as Record<string, string>;
  assert.ok(result['np.yaml'].includes('ingress: [{ports: [{port: web}]}]'), result['np.yaml']);
});

test('refusals: keys, invalid values, clashes, expressions, and places that are not renamable', () => {
  assert.match(prepareAt(WS.replace('labels: {app: web, tier', 'labels: {a$0pp: web, tier')), /^error: Only label values can be renamed/);
  assert.match(prepareAt(WS.replace('metadata: {name: front}', 'metadata: {name: fr$0ont}')), /^error: Nothing to rename here/);
  assert.match(renameAt(WS.replace('selector: {app: web}', 'selector: {app: we$0b}'), 'not valid!') as string, /'not valid!' is not a valid label value/);
  assert.match(renameAt(WS.replace('[{name: http, containerPort: 8080}]}]', '[{name: ht$0tp, containerPort: 8080}]}]'), 'HTTP') as string, /not a valid port name/);
  const clash = `${WS}  ---\n  apiVersion: v1\n  kind: Pod\n  metadata: {name: other, labels: {app: api}}\n`;
  assert.match(renameAt(clash.replace('selector: {app: web}', 'selector: {app: we$0b}'), 'api') as string, /Cannot rename to app=api: pod\/other already has it/);
  const expression = WS.replace('podSelector: {matchLabels: {app: "web"}}', 'podSelector: {matchExpressions: [{key: app, operator: In, values: [web, api]}]}');
  assert.match(prepareAt(expression.replace('selector: {app: web}', 'selector: {app: we$0b}')), /^error: Cannot rename: networkpolicy\/web selects app with an expression/);
});
