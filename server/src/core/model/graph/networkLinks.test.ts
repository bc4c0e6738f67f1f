import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dedent, parseFixture, workspaceOf } from '../../testing/fixture';
import { LINK_PROVIDERS } from './providers';
import { linkGraph } from './ofSnapshot';

function graphOf(text: string) {
  const fixture = parseFixture(dedent(text));
  const snapshot = workspaceOf(fixture).snapshot();
  // Every link carries the kind of the provider that made it, so that features can label links by provider.
  const kinds = new Set(LINK_PROVIDERS.map((p) => p.kind));
  for (const link of linkGraph(snapshot).all) assert.ok(kinds.has(link.kind), `link kind ${link.kind} has no provider`);
  const file = (uri: string) => fixture.files.get(`/ws/${uri}`)!;
  const at = (uri: string, needle: string, nth = 0) => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = file(uri).indexOf(needle, i + 1);
    assert.ok(i >= 0, `${needle} not in ${uri}`);
    return i;
  };
  const targets = (uri: string, offset: number, kind: string) =>
    linkGraph(snapshot).linksAt(`/ws/${uri}`, offset).filter((l) => l.kind === kind).flatMap((l) => l.to.map((t) => `${t.uri.slice(4)}:${fixture.files.get(t.uri)!.slice(t.start, t.end)}`));
  const referrers = (uri: string, offset: number) => linkGraph(snapshot).referencesAt(`/ws/${uri}`, offset).map((e) => `${e.link.kind}:${e.link.from.uri.slice(4)}`);
  return { at, targets, referrers };
}

const service = `
  //- svc.yaml
  apiVersion: v1
  kind: Service
  metadata: {name: api}
  spec:
    selector: {app: api}
    ports:
      - name: http
        port: 80
        targetPort: 8080
`;

test('an Ingress backend links its name to the Service and its port to the Service port, both ways', () => {
  const g = graphOf(`${service}
  //- ing.yaml
  apiVersion: networking.k8s.io/v1
  kind: Ingress
  metadata: {name: web}
  spec:
    defaultBackend:
      service: {name: api, port: {number: 80}}
    rules:
      - http:
          paths:
            - path: /
              pathType: Prefix
              backend: {service: {name: api, port: {name: http}}}
  `);
  assert.deepEqual(g.targets('ing.yaml', g.at('ing.yaml', 'name: api') + 6, 'ingress-backend'), ['svc.yaml:api']);
  assert.deepEqual(g.targets('ing.yaml', g.at('ing.yaml', 'number: 80') + 8, 'ingress-backend-port'), ['svc.yaml:80']);
  assert.deepEqual(g.targets('ing.yaml', g.at('ing.yaml', 'name: http') + 6, 'ingress-backend-port'), ['svc.yaml:http']);
  assert.deepEqual(g.referrers('svc.yaml', g.at('svc.yaml', 'name: api') + 6), ['ingress-backend:ing.yaml', 'ingress-backend:ing.yaml']);
  // A broken link is still a link, with no targets.
  const broken = graphOf(`${service}
  //- ing.yaml
  apiVersion: networking.k8s.io/v1
  kind: Ingress
  metadata: {name: web}
  spec:
    defaultBackend: {service: {name: nope, port: {number: 80}}}
  `);
  assert.deepEqual(broken.targets('ing.yaml', broken.at('ing.yaml', 'nope'), 'ingress-backend'), []);
});

test('a route backendRef links to the Service in the namespace it names, and its port to the Service port', () => {
  const g = graphOf(`${service}
  //- route.yaml
  apiVersion: gateway.networking.k8s.io/v1
  kind: HTTPRoute
  metadata: {name: r, namespace: web}
  spec:
    rules:
      - backendRefs:
          - {name: api, namespace: default, port: 80}
  `);
  assert.deepEqual(g.targets('route.yaml', g.at('route.yaml', 'name: api') + 6, 'route-backend'), ['svc.yaml:api']);
  assert.deepEqual(g.targets('route.yaml', g.at('route.yaml', 'port: 80') + 6, 'route-backend-port'), ['svc.yaml:80']);
  assert.deepEqual(g.referrers('svc.yaml', g.at('svc.yaml', 'port: 80') + 6), ['route-backend-port:route.yaml']);
});

test("a probe port links to its container's named port, or to the containerPort of any container", () => {
  const g = graphOf(`
  //- pod.yaml
  apiVersion: v1
  kind: Pod
  metadata: {name: web}
  spec:
    containers:
      - name: web
        image: nginx
        ports: [{name: http, containerPort: 8080}]
        livenessProbe: {httpGet: {port: http}}
        readinessProbe: {tcpSocket: {port: 9090}}
      - name: sidecar
        image: proxy
        ports: [{name: http, containerPort: 9090}]
  `);
  assert.deepEqual(g.targets('pod.yaml', g.at('pod.yaml', 'port: http') + 6, 'probe-port'), ['pod.yaml:http']);
  assert.equal(g.targets('pod.yaml', g.at('pod.yaml', 'port: http') + 6, 'probe-port').length, 1);
  assert.deepEqual(g.targets('pod.yaml', g.at('pod.yaml', 'port: 9090') + 6, 'probe-port'), ['pod.yaml:9090']);
  assert.deepEqual(g.referrers('pod.yaml', g.at('pod.yaml', 'name: http') + 6), ['probe-port:pod.yaml']);
});

test("a StatefulSet's serviceName links to the governing Service", () => {
  const g = graphOf(`${service}
  //- sts.yaml
  apiVersion: apps/v1
  kind: StatefulSet
  metadata: {name: api}
  spec:
    serviceName: api
    selector: {matchLabels: {app: api}}
    template: {metadata: {labels: {app: api}}, spec: {containers: [{name: api, image: api}]}}
  `);
  assert.deepEqual(g.targets('sts.yaml', g.at('sts.yaml', 'serviceName: api') + 13, 'statefulset-service'), ['svc.yaml:api']);
  assert.deepEqual(g.referrers('svc.yaml', g.at('svc.yaml', 'name: api') + 6), ['statefulset-service:sts.yaml']);
});

test('Endpoints and EndpointSlices link to their selector-less Service and its ports, and the Service back to them', () => {
  const g = graphOf(`
  //- svc.yaml
  apiVersion: v1
  kind: Service
  metadata: {name: db}
  spec:
    ports: [{name: pg, port: 5432}]
  //- ep.yaml
  apiVersion: v1
  kind: Endpoints
  metadata: {name: db}
  subsets: [{addresses: [{ip: 10.0.0.5}], ports: [{name: pg, port: 5432}]}]
  //- slice.yaml
  apiVersion: discovery.k8s.io/v1
  kind: EndpointSlice
  metadata: {name: db-x, labels: {kubernetes.io/service-name: db}}
  addressType: IPv4
  ports: [{name: pg, port: 5432}]
  `);
  assert.deepEqual(g.targets('ep.yaml', g.at('ep.yaml', 'name: db') + 6, 'endpoints-service'), ['svc.yaml:db']);
  assert.deepEqual(g.targets('slice.yaml', g.at('slice.yaml', 'service-name: db') + 14, 'endpoints-service'), ['svc.yaml:db']);
  assert.deepEqual(g.targets('ep.yaml', g.at('ep.yaml', 'name: pg') + 6, 'endpoints-port'), ['svc.yaml:pg']);
  assert.deepEqual(g.targets('svc.yaml', g.at('svc.yaml', 'name: db') + 6, 'service-endpoints'), ['ep.yaml:db', 'slice.yaml:db']);
});
