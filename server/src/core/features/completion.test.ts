import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atCursor } from '../testing/cursor';
import { dedent } from '../testing/fixture';
import { completion } from './completion';

const join = (...parts: string[]) => parts.map(dedent).join('');

/** The labels offered at the cursor, in order, and the text the completion replaces. */
function complete(yaml: string): { labels: string[]; replaces: string; items: ReturnType<typeof completion> } {
  const c = atCursor(yaml);
  const list = completion(c.snapshot, c.uri, c.offset);
  return { labels: list?.items.map((i) => i.label) ?? [], replaces: list ? c.fixture.files.get(c.uri)!.slice(list.replace.start, list.replace.end) : '', items: list };
}

const PODS = `
  //- pods.yaml
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
  spec:
    template:
      metadata: {labels: {app: web, tier: front}}
      spec:
        initContainers: [{name: init, ports: [{name: setup, containerPort: 7000}]}]
        containers:
          - name: web
            ports: [{name: http, containerPort: 8080}, {containerPort: 9090}]
  ---
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: api}
  spec:
    template:
      metadata: {labels: {app: api, tier: back, team: core}}
      spec:
        containers: [{name: api, ports: [{name: grpc, containerPort: 9000}]}]
  ---
  apiVersion: apps/v1
  kind: StatefulSet
  metadata: {name: db, namespace: data}
  spec:
    template:
      metadata: {labels: {app: db, tier: data}}
  ---
  apiVersion: v1
  kind: Service
  metadata: {name: web}
  spec:
    selector: {app: web}
    ports: [{name: http, port: 80, targetPort: http}, {name: metrics, port: 9090}]
  ---
  apiVersion: v1
  kind: Service
  metadata: {name: api}
  spec:
    ports: [{port: 9000}]
`;

test('Service selector keys: label keys of the namespace, most used first, without the ones already there', () => {
  const r = complete(join(`
    //- svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: x}
    spec:
      selector:
        app: web
        ti$0
  `, PODS));
  assert.deepEqual(r.labels, ['tier', 'team']);
  assert.equal(r.replaces, 'ti');
  assert.equal(r.items!.items[0].insertText, 'tier: ');
  assert.equal(r.items!.items[0].detail, 'label of 2 pod templates');
});

test('selector values: the values of that key in the namespace; NetworkPolicy podSelectors too', () => {
  assert.deepEqual(complete(join(`
    //- svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: x}
    spec:
      selector:
        tier: $0
  `, PODS)).labels, ['back', 'front']);
  assert.deepEqual(complete(join(`
    //- np.yaml
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: x, namespace: data}
    spec:
      podSelector:
        matchLabels:
          app: d$0
  `, PODS)).labels, ['db']);
  assert.deepEqual(complete(join(`
    //- np.yaml
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: x}
    spec:
      podSelector: {}
      ingress:
        - from:
            - podSelector:
                matchLabels:
                  $0
  `, PODS)).labels, ['app', 'tier', 'team']);
});

test('targetPort: the names, then the numbers, the selected serving containers declare', () => {
  const r = complete(join(`
    //- svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: x}
    spec:
      selector: {app: web}
      ports:
        - port: 80
          targetPort: h$0
  `, PODS));
  assert.deepEqual(r.labels, ['http', '8080', '9090']);
  assert.equal(r.items!.items[0].detail, '8080/TCP, container web in deployment/web');
  assert.equal(r.replaces, 'h');
});

test('Ingress backends: Service names of the namespace, then the named Service ports', () => {
  const ingress = (backend: string) => complete(join(`
    //- ing.yaml
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: x}
    spec:
      rules:
        - http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
${backend}
  `, PODS)).labels;
  assert.deepEqual(ingress('                    name: $0'), ['web', 'api']);
  assert.deepEqual(ingress('                    name: web\n                    port:\n                      name: $0'), ['http', 'metrics']);
  assert.deepEqual(ingress('                    name: web\n                    port:\n                      number: $0'), ['80', '9090']);
});

test('HTTPRoute backendRefs: Service names and their port numbers', () => {
  const route = (ref: string) => complete(join(`
    //- route.yaml
    apiVersion: gateway.networking.k8s.io/v1
    kind: HTTPRoute
    metadata: {name: x}
    spec:
      rules:
        - backendRefs:
${ref}
  `, PODS)).labels;
  assert.deepEqual(route('            - name: $0'), ['web', 'api']);
  assert.deepEqual(route('            - name: api\n              port: $0'), ['9000']);
  assert.deepEqual(route('            - name: api\n              namespace: data\n              port: $0'), []);
});

test('enums: Service type, protocols, traffic policies, policyTypes, pathType', () => {
  const at = (yaml: string) => complete(yaml).labels;
  assert.deepEqual(at(`
    apiVersion: v1
    kind: Service
    metadata: {name: x}
    spec:
      type: $0
  `), ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']);
  assert.deepEqual(at(`
    apiVersion: v1
    kind: Service
    metadata: {name: x}
    spec:
      externalTrafficPolicy: L$0
  `), ['Cluster', 'Local']);
  assert.deepEqual(at(`
    apiVersion: v1
    kind: Service
    metadata: {name: x}
    spec:
      ipFamilyPolicy: $0
  `), ['SingleStack', 'PreferDualStack', 'RequireDualStack']);
  assert.deepEqual(at(`
    apiVersion: v1
    kind: Service
    metadata: {name: x}
    spec:
      internalTrafficPolicy: $0
  `), ['Cluster', 'Local']);
  assert.deepEqual(at(`
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: x}
    spec:
      template:
        spec:
          containers:
            - name: a
              ports:
                - containerPort: 53
                  protocol: U$0
  `), ['TCP', 'UDP', 'SCTP']);
  assert.deepEqual(at(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: x}
    spec:
      podSelector: {}
      policyTypes:
        - $0
  `), ['Ingress', 'Egress']);
  assert.deepEqual(at(`
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: x}
    spec:
      rules:
        - http:
            paths:
              - path: /
                pathType: $0
  `), ['Prefix', 'Exact', 'ImplementationSpecific']);
  // A `type` elsewhere in a Service, and any key of a Deployment's spec, are not these enums.
  assert.deepEqual(at(`
    apiVersion: v1
    kind: Service
    metadata: {name: x, labels: {type: $0}}
  `), []);
});

test('where there is no selector yet: the label sets of the pod templates of the namespace, as a whole selector', () => {
  const serviceWith = (line: string, pods = PODS) => join(`
    //- svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: x}
    spec:
      ${line}
      sel$0
  `, pods);
  const key = complete(serviceWith('ports: [{port: 80}]', PODS.replace('metadata: {name: api}\n  spec:\n', 'metadata: {name: api}\n  spec:\n    selector: {matchLabels: {app: api}}\n')));
  assert.deepEqual(key.labels, ['selector: {app: web, tier: front}', 'selector: {app: api}']);
  assert.equal(key.replaces, 'sel');
  assert.deepEqual(key.items!.items.map((i) => i.detail), ['selects deployment/web', 'selects deployment/api']);
  // Once a selector is written, none is offered again.
  assert.deepEqual(complete(serviceWith('selector: {app: web}')).labels, []);
  const value = complete(join(`
    //- np.yaml
    kind: NetworkPolicy
    apiVersion: networking.k8s.io/v1
    metadata:
      name: x
    spec:
      podSelector: $0
  `, PODS));
  assert.deepEqual(value.labels, ['{matchLabels: {app: web, tier: front}}', '{matchLabels: {app: api, tier: back, team: core}}']);
});
