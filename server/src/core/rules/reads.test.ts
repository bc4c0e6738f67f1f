import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../model/workspace';
import type { Snapshot } from '../model/snapshot';
import type { Resource } from '../model/resource';
import { PODS } from '../model/signature';
import { LINK_PROVIDERS } from '../model/graph/providers';
import { RULES } from './registry';
import { loadCorpus } from '../../../../test/fuzz/corpus';

/**
 * Objects that take every rule down its cross-file paths: selectors that match and nearly match, a peer in another
 * namespace, egress without DNS, node ports twice, a StatefulSet's governing Service, backends to missing Services,
 * a cross-namespace route, Endpoints, a TrafficSplit.
 */
const WORKSPACE: Record<string, string> = {
  '/ws/ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop, labels: {team: shop}}\n',
  '/ws/app.yaml': [
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, image: nginx, ports: [{name: http, containerPort: 8080, hostPort: 80}], readinessProbe: {httpGet: {port: 8081}}}]\n',
    'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db, namespace: shop}\nspec:\n  serviceName: db\n  selector: {matchLabels: {app: db}}\n  template:\n    metadata: {labels: {app: db}}\n    spec:\n      containers: [{name: db, image: postgres, ports: [{containerPort: 5432, hostPort: 80}]}]\n',
    'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: cache, namespace: shop}\nspec:\n  serviceName: cahce\n  selector: {matchLabels: {app: cache}}\n  template:\n    metadata: {labels: {app: cache}}\n    spec:\n      containers: [{name: cache, image: redis, ports: [{containerPort: 6379}]}]\n',
  ].join('---\n'),
  '/ws/svc.yaml': [
    'apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: shop}\nspec:\n  type: NodePort\n  selector: {app: web}\n  ports: [{port: 80, targetPort: htp, nodePort: 30080}, {port: 81, targetPort: 9090, nodePort: 30081}]\n',
    'apiVersion: v1\nkind: Service\nmetadata: {name: web2, namespace: shop}\nspec:\n  type: NodePort\n  selector: {app: wbe}\n  ports: [{port: 80, nodePort: 30080}]\n',
    'apiVersion: v1\nkind: Service\nmetadata: {name: db, namespace: shop}\nspec:\n  selector: {app: db}\n  ports: [{port: 5432}]\n',
    'apiVersion: v1\nkind: Service\nmetadata: {name: manual, namespace: shop}\nspec:\n  ports: [{name: pg, port: 5432}]\n',
    'apiVersion: v1\nkind: Endpoints\nmetadata: {name: manual, namespace: shop}\nsubsets: [{addresses: [{ip: 10.1.2.3}], ports: [{name: postgres, port: 5432}]}]\n',
    'apiVersion: split.smi-spec.io/v1alpha2\nkind: TrafficSplit\nmetadata: {name: web, namespace: shop}\nspec: {service: web, backends: [{service: web2, weight: 100}]}\n',
  ].join('---\n'),
  '/ws/policy.yaml': [
    'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: web, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: wbe}}\n  policyTypes: [Ingress, Egress]\n  ingress:\n    - from: [{namespaceSelector: {matchLabels: {team: shop}}, podSelector: {matchLabels: {app: dbb}}}]\n      ports: [{port: metrics}]\n  egress:\n    - to: [{podSelector: {matchLabels: {app: db}}}]\n    - to: [{namespaceSelector: {matchLabels: {team: dns}}}]\n',
  ].join('---\n'),
  '/ws/edge.yaml': [
    'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: web, namespace: shop}\nspec:\n  rules: [{http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: wbe, port: {number: 80}}}}, {path: /a, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}}]\n',
    'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: web, namespace: edge}\nspec:\n  parentRefs: [{name: gw}]\n  rules: [{backendRefs: [{name: web, namespace: shop, port: 80}, {name: wbe, port: 80}]}]\n',
  ].join('---\n'),
};

/** A view of the snapshot that notes the kinds read through it, beyond the checked object itself. */
function recording(snapshot: Snapshot, own: Resource, seen: Set<string>): Snapshot {
  return new Proxy(snapshot, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (prop === 'templates') seen.add(PODS);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (prop === 'ofKind' || prop === 'lookup') seen.add(String(args[0]));
        if (prop === 'templatesIn' || prop === 'selectTemplates' || (prop === 'templateOf' && args[0] !== own)) seen.add(PODS);
        if (prop === 'service' && args[0] !== own) seen.add('Service');
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

function snapshots(): Snapshot[] {
  const ws = new Workspace();
  for (const [uri, text] of Object.entries(WORKSPACE)) ws.setFile(uri, text);
  const corpus = new Workspace();
  for (const g of loadCorpus().groups) for (const f of g.files) corpus.setFile(f.uri, f.text);
  return [ws.snapshot(), corpus.snapshot()];
}

test('every rule and every link provider declares the kinds it reads across files', () => {
  const undeclared: string[] = [];
  const exercised = new Set<string>();
  for (const snapshot of snapshots()) {
    for (const uri of snapshot.files.keys()) {
      for (const info of snapshot.documents(uri)) {
        for (const resource of info.resources) {
          for (const rule of RULES) {
            if (rule.scope !== 'resource' || (!rule.kinds.includes('*') && !rule.kinds.includes(resource.kind))) continue;
            const seen = new Set<string>();
            const noop = () => {};
            rule.check({ snapshot: recording(snapshot, resource, seen), config: snapshot.config, file: info.file, doc: info.doc, docIndex: info.index, resource, report: noop, reportUnverifiable: noop, reportUnmatched: noop });
            for (const kind of seen) {
              exercised.add(`${rule.id} ${kind}`);
              if (!(rule.reads ?? []).includes(kind)) undeclared.push(`rule ${rule.id} reads ${kind}`);
            }
          }
          for (const provider of LINK_PROVIDERS) {
            if (!provider.sourceKinds.includes(resource.kind)) continue;
            const seen = new Set<string>();
            provider.links(recording(snapshot, resource, seen), resource);
            for (const kind of seen) if (!provider.reads.includes(kind)) undeclared.push(`link provider ${provider.kind} reads ${kind}`);
          }
        }
      }
    }
  }
  assert.deepEqual([...new Set(undeclared)].sort(), []);
  // The fixture reaches the cross-file paths: every declared read is seen at least once.
  const declared = RULES.flatMap((r) => (r.reads ?? []).map((k) => `${r.id} ${k}`));
  assert.deepEqual(declared.filter((d) => !exercised.has(d)), []);
});
