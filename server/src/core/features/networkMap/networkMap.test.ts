import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Workspace } from '../../model/workspace';
import { networkMap } from '.';
import type { MapOptions, NetworkMap } from '.';

const EXAMPLES = path.resolve(__dirname, '../../../../../examples');

function mapOf(files: Record<string, string>, options?: MapOptions): NetworkMap {
  const ws = new Workspace();
  for (const [name, text] of Object.entries(files)) ws.setFile(`file:///w/${name}`, text);
  return networkMap(ws.snapshot(), options);
}

function exampleMap(dir: string, options?: MapOptions): NetworkMap {
  const folder = path.join(EXAMPLES, dir);
  return mapOf(Object.fromEntries(readdirSync(folder).filter((f) => f.endsWith('.yaml')).map((f) => [f, readFileSync(path.join(folder, f), 'utf8')])), options);
}

const nodesOf = (m: NetworkMap) => m.nodes.map((n) => `${n.id} [${n.details.join('; ')}]${n.badges.length ? ` policies ${n.badges.map((b) => b.label).join(', ')}` : ''}`).sort();
const edgesOf = (m: NetworkMap) => m.edges.map((e) => `${e.kind} ${e.source} -> ${e.target}${e.label ? ` "${e.label}"` : ''}`).sort();

test('the map of examples/shop: Internet → controller → Ingress → Services → workloads, with ports and policies', () => {
  const m = exampleMap('shop');
  assert.deepEqual(nodesOf(m), [
    'Deployment:shop/api [3 replicas; http 8080; metrics 9090] policies shop/default-deny-ingress, shop/api-from-frontend',
    'Deployment:shop/frontend [2 replicas; http 8080] policies shop/default-deny-ingress, shop/frontend-from-ingress-controller',
    'Ingress:shop/shop [shop.example.com]',
    'Service:shop/api [ClusterIP; 80/TCP http; 9090/TCP metrics]',
    'Service:shop/frontend [ClusterIP; 80/TCP http]',
    'Service:shop/redis [headless; 6379/TCP redis]',
    'StatefulSet:shop/redis [1 replica; redis 6379] policies shop/default-deny-ingress, shop/redis-from-api',
    'controller:nginx []',
    'internet []',
  ]);
  assert.deepEqual(edgesOf(m), [
    'entry controller:nginx -> Ingress:shop/shop "shop.example.com"',
    'entry internet -> controller:nginx',
    'route Ingress:shop/shop -> Service:shop/api "shop.example.com/api :http"',
    'route Ingress:shop/shop -> Service:shop/frontend "shop.example.com/ :80"',
    'service Service:shop/api -> Deployment:shop/api "80 → http (8080), 9090 → metrics (9090)"',
    'service Service:shop/frontend -> Deployment:shop/frontend "80 → http (8080)"',
    'service Service:shop/redis -> StatefulSet:shop/redis "6379 → redis (6379)"',
  ]);
  assert.deepEqual(m.groups, [{ id: 'shop', nodes: 7 }]);
  const api = m.nodes.find((n) => n.id === 'Service:shop/api')!;
  const text = readFileSync(path.join(EXAMPLES, 'shop/api.yaml'), 'utf8');
  assert.equal(api.reveal?.uri, 'file:///w/api.yaml');
  assert.equal(text.slice(api.reveal!.start, api.reveal!.end), 'api');
  assert.match(text.slice(api.place!.start, api.place!.end), /^apiVersion: v1\nkind: Service/);
});

test('the map of examples/mistakes: broken links end in "no match" ghosts that carry the rule\'s message', () => {
  const m = exampleMap('mistakes');
  const ghost = m.nodes.find((n) => n.id === 'Service:default/payments~selector')!;
  assert.equal(ghost.category, 'ghost');
  assert.match(ghost.message!, /^selector app=paymnets matches no pod template in namespace 'default'; nearest: pod template of deployment\/payments/);
  assert.equal(m.edges.find((e) => e.target === ghost.id)!.message, ghost.message);
  assert.deepEqual(edgesOf(m), [
    'broken Service:default/checkout -> Service:default/checkout~target-port:0 "targetPort http"',
    'broken Service:default/payments -> Service:default/payments~selector "selector"',
    'service Service:default/catalog -> Deployment:default/catalog "443 → http (8080)"',
    'service Service:default/checkout -> Deployment:default/checkout',
  ]);
  assert.deepEqual(m.groups, [{ id: 'batch', nodes: 1 }, { id: 'default', nodes: 9 }]);
});

test('focus: a file with its neighbours, a namespace, an object within N hops; filters by namespace and kind', () => {
  const ids = (m: NetworkMap) => m.nodes.map((n) => n.id).sort();
  assert.deepEqual(ids(exampleMap('shop', { focus: { kind: 'file', uri: 'file:///w/redis.yaml' } })), ['Service:shop/redis', 'StatefulSet:shop/redis']);
  assert.deepEqual(ids(exampleMap('shop', { focus: { kind: 'object', target: 'shop/frontend', hops: 1 } })), ['Deployment:shop/frontend', 'Ingress:shop/shop', 'Service:shop/frontend', 'controller:nginx', 'internet']);
  assert.deepEqual(ids(exampleMap('shop', { focus: { kind: 'object', target: 'Deployment:shop/api', hops: 1 } })), ['Deployment:shop/api', 'Service:shop/api']);
  assert.deepEqual(ids(exampleMap('shop', { kinds: ['Service'] })), ['Service:shop/api', 'Service:shop/frontend', 'Service:shop/redis']);
  assert.deepEqual(ids(exampleMap('shop', { focus: { kind: 'namespace', namespace: 'other' } })), []);
  assert.deepEqual(ids(exampleMap('mistakes', { namespaces: ['batch'] })), ['Job:batch/report']);
  assert.deepEqual(ids(exampleMap('mistakes', { focus: { kind: 'object', target: 'default/payments', hops: 1 } })), ['Deployment:default/payments', 'Service:default/payments', 'Service:default/payments~selector']);
});

const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n        - name: web\n          ports: [{containerPort: 8080}]\n          env:\n            - {name: DB, valueFrom: {configMapKeyRef: {name: cfg, key: DB_URL}}}\n            - {name: MODE, valueFrom: {configMapKeyRef: {name: plain, key: MODE}}}\n          envFrom: [{secretRef: {name: creds}}]\n';

test('Gateway → HTTPRoute → Service, LoadBalancer Services from the Internet, and ConfigMaps and Secrets holding addresses', () => {
  const m = mapOf({
    'web.yaml': deployment,
    'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  type: LoadBalancer\n  loadBalancerSourceRanges: [203.0.113.0/24]\n  selector: {app: web}\n  ports: [{port: 80, targetPort: 8080}]\n',
    'gw.yaml': 'apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: gw}\nspec:\n  gatewayClassName: x\n  listeners: [{name: h, protocol: HTTP, port: 80}]\n---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r}\nspec:\n  parentRefs: [{name: gw}]\n  hostnames: [web.example.com]\n  rules:\n    - matches: [{path: {type: PathPrefix, value: /app}}]\n      backendRefs: [{name: web, port: 80}, {name: gone, port: 80}]\n',
    'cfg.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\ndata: {DB_URL: "postgres://db.data.svc:5432/app"}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: plain}\ndata: {MODE: fast}\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: creds}\ndata: {REDIS: ' + btoa('redis:6379') + ', TOKEN: ' + btoa('s3cret') + '}\n',
  });
  assert.deepEqual(edgesOf(m), [
    'broken HTTPRoute:default/r -> HTTPRoute:default/r~route-backend:0 "backendRef gone"',
    'config ConfigMap:default/cfg -> Deployment:default/web "DB_URL"',
    'config Secret:default/creds -> Deployment:default/web "REDIS"',
    'entry Gateway:default/gw -> HTTPRoute:default/r',
    'entry internet -> Gateway:default/gw',
    'entry internet -> Service:default/web "203.0.113.0/24"',
    'route HTTPRoute:default/r -> Service:default/web "web.example.com/app :80"',
    'service Service:default/web -> Deployment:default/web "80 → 8080"',
  ]);
  assert.deepEqual(nodesOf(m).filter((n) => /^(Gateway|Service):/.test(n)), ['Gateway:default/gw [HTTP :80]', 'Service:default/web [LoadBalancer; 80/TCP]']);
});

test('two objects of the same kind and name in different files get distinct ids', () => {
  const svc = 'apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec: {ports: [{port: 80}]}\n';
  assert.deepEqual(mapOf({ 'a.yaml': svc, 'b.yaml': svc }).nodes.map((n) => n.id), ['Service:default/a', 'Service:default/a#2']);
});

test('a Helm template\'s names and hosts are shown as written, with their actions, not as the blanks they parse as', () => {
  const m = mapOf({
    'Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
    'templates/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include "web.fullname" . }}\nspec:\n  type: {{ .Values.service.type }}\n  ports: [{port: 80}]\n',
    'templates/ingress.yaml': 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: "{{ .Release.Name }}-web"\nspec:\n  rules:\n    - host: {{ .Values.host }}\n      http:\n        paths: [{path: /, pathType: Prefix, backend: {service: {name: x, port: {number: 80}}}}]\n',
  });
  assert.deepEqual(nodesOf(m).filter((n) => !n.startsWith('Service:default/x')), [
    'Ingress:default/{{ .Release.Name }}-web [{{ .Values.host }}]',
    'Service:default/{{ include "web.fullname" . }} [{{ .Values.service.type }}; 80/TCP]',
    'controller:default []',
    'internet []',
  ]);
});
