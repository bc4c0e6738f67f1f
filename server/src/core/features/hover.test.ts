import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atCursor } from '../testing/cursor';
import { dedent } from '../testing/fixture';
import { linkHover, toPlainText } from './hover';
import { hoverAt } from '../testing/hover';
import type { Link } from '../model/graph/types';
import { LITERAL_PORTS, webChart, webDeployment, webService } from '../testing/helmChart';

/** Joins fixture parts written at different indentations. */
const join = (...parts: string[]) => parts.map(dedent).join('');


const APP = `
  //- deploy.yaml
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web, namespace: shop}
  spec:
    selector: {matchLabels: {app: web}}
    template:
      metadata:
        labels:
          app: web
      spec:
        initContainers:
          - name: init
            ports: [{containerPort: 9999}]
        containers:
          - name: web
            ports:
              - name: http
                containerPort: 8080
              - containerPort: 9090
`;

test('hover on a Service name: type, DNS name, selected workloads and each port chain', () => {
  const md = hoverAt(join(`
    //- svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: w$0eb, namespace: shop}
    spec:
      type: NodePort
      selector: {app: web}
      ports:
        - {name: http, port: 80, targetPort: http}
        - {name: metrics, port: 9090, nodePort: 30090}
        - {name: admin, port: 81, targetPort: admin}
  `, APP));
  assert.match(md, /\*\*NodePort\*\*: a cluster IP, plus each port opened on every node \(nodePort, range 30000–32767\)/);
  assert.match(md, /DNS: `web\.shop\.svc\.cluster\.local`/);
  assert.match(md, /Selects 1 pod template: deployment\/web\./);
  assert.ok(md.includes('- `80/TCP` (http) · nodePort allocated from 30000–32767 → targetPort `http` → 8080 (container `web` in deployment/web)'), md);
  assert.ok(md.includes('- `9090/TCP` (metrics) · nodePort 30090 → 9090 (container `web` in deployment/web)'), md);
  assert.ok(md.includes('- `81/TCP` (admin) · nodePort allocated from 30000–32767 → targetPort `admin`: no selected container declares this port name'), md);
});

test('hover on a Service port shows only that port; headless, ExternalName and selector-less Services say what they mean', () => {
  const port = hoverAt(join(`
    //- svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web, namespace: shop}
    spec:
      clusterIP: None
      selector: {app: web}
      ports: [{port: 80, targetPort: ht$0tp}, {port: 90}]
  `, APP));
  assert.match(port, /\*\*Headless\*\* \(`clusterIP: None`\): no virtual IP/);
  assert.ok(port.includes('`80/TCP` → targetPort `http` → 8080'), port);
  assert.ok(!port.includes('90/TCP'), port);
  const ext = hoverAt(`
    apiVersion: v1
    kind: Service
    metadata: {name: db}
    spec: {type: External$0Name, externalName: db.example.com}
  `);
  assert.match(ext, /CNAME to `db\.example\.com`/);
  assert.match(ext, /DNS: `db\.default\.svc\.cluster\.local`/);
  const manual = hoverAt(`
    apiVersion: v1
    kind: Service
    metadata: {name: d$0b}
    spec: {ports: [{port: 5432}]}
  `, { clusterDomain: 'corp.internal' });
  assert.match(manual, /No selector: its endpoints come from Endpoints/);
  assert.match(manual, /`db\.default\.svc\.corp\.internal`/);
  assert.match(manual, /`5432\/TCP` → 5432 \(on the addresses of its Endpoints\)/);
});

test('hover on a container port lists the Service ports routing to it; an init container gets none', () => {
  const svc = `
    //- svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web, namespace: shop}
    spec:
      selector: {app: web}
      ports: [{name: http, port: 80, targetPort: http}, {name: alt, port: 8080}]
  `;
  const named = hoverAt(join(svc, APP.replace('name: http', 'name: h$0ttp')));
  assert.match(named, /\*\*Container port\*\* 8080\/TCP \(`http`\) of container `web` in deployment\/web/);
  assert.match(named, /Routed to by 2 Service ports: Service shop\/web port 80\/TCP \(http\), Service shop\/web port 8080\/TCP \(alt\)\./);
  const unrouted = hoverAt(join(svc, APP.replace('containerPort: 9090', 'containerPort: 90$090')));
  assert.match(unrouted, /No Service in the workspace routes to this port\./);
  assert.match(unrouted, /\*\*Port 9090\*\* · commonly Prometheus/);
  const init = hoverAt(join(svc, APP.replace('containerPort: 9999', 'containerPort: 99$099')));
  assert.match(init, /An init container: Services never route to it\./);
});

test('hover on a container port names the probes and hooks that connect to it, and a probe port says where it leads', () => {
  const probed = APP.replace('            ports:\n', '            livenessProbe: {httpGet: {port: http}}\n            lifecycle: {preStop: {tcpSocket: {port: 8080}}}\n            ports:\n');
  const md = hoverAt(probed.replace('name: http', 'name: h$0ttp'));
  assert.match(md, /\n\nProbed by the liveness probe of container `web` in deployment\/web\.\n\nCalled by the preStop hook of container `web` in deployment\/web\.$/);
  assert.equal(hoverAt(probed.replace('port: http}', 'port: h$0ttp}')), '**Port of the liveness probe of container `web` in deployment/web** connects to Deployment shop/web.');
});

test('hover on a pod template label lists the selectors matching it', () => {
  const md = hoverAt(join(`
    //- svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web, namespace: shop}
    spec: {selector: {app: web}}
  `, APP.replace('app: web\n', 'a$0pp: web\n')));
  assert.match(md, /\*\*Pod template label\*\* `app=web` of deployment\/web/);
  assert.match(md, /\n- Selected by Service shop\/web \(`app: web`\)(\n|$)/);
  const none = hoverAt(APP.replace('app: web\n', 'a$0pp: web\n'));
  assert.match(none, /No selector in the workspace selects this template by this label\./);
});

test('hover on IP addresses: class, cluster CIDRs, and what the API server refuses in this field', () => {
  const svc = (field: string) => hoverAt(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      ${field}
  `, { serviceCIDRs: ['10.96.0.0/12'], podCIDRs: ['10.244.0.0/16'] });
  const inside = svc('clusterIP: 10.96.0.1$00');
  assert.match(inside, /\*\*IPv4 address\*\* `10\.96\.0\.10`: a private \(RFC 1918\) address/);
  assert.match(inside, /Inside the service CIDR `10\.96\.0\.0\/12`; outside the pod CIDR/);
  assert.match(inside, /The API server accepts it in this field\./);
  assert.match(svc('clusterIP: 10.0.0.1$00'), /refuses it here: a cluster IP must lie inside the service CIDR/);
  assert.match(svc('externalIPs: [127.0.0.$01]'), /a loopback address[\s\S]*refuses it here: this field may not hold a loopback address/);
  assert.match(svc('externalIPs: [100.64.0.$01]'), /shared address space \(RFC 6598/);
  assert.match(svc('externalIPs: [203.0.113.$05]'), /a documentation address[\s\S]*accepts it/);
  assert.match(svc('loadBalancerIP: 010.0.0.$01'), /Not canonical \(.*\): the API server accepts it with a warning and reads it as `10\.0\.0\.1`/);
  const v6 = hoverAt(`
    apiVersion: discovery.k8s.io/v1
    kind: EndpointSlice
    metadata: {name: web-1}
    addressType: IPv6
    endpoints:
      - addresses: ["fe80::$01"]
  `);
  assert.match(v6, /\*\*IPv6 address\*\* `fe80::1`: a link-local address[\s\S]*refuses it here/);
  const alias = hoverAt(`
    apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      hostAliases: [{ip: "127.0.0.$01", hostnames: [local]}]
  `);
  assert.match(alias, /a loopback address[\s\S]*The API server accepts it in this field\./);
  // A value that merely looks like an address in an unrelated field is left alone.
  assert.equal(hoverAt(`
    apiVersion: v1
    kind: Service
    metadata: {name: p, labels: {version: 1.2.3.$04}}
  `), '');
});

test('hover on CIDRs: range, size, host bits, cluster CIDRs and the policy except entries', () => {
  const policy = hoverAt(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: p}
    spec:
      podSelector: {}
      egress:
        - to:
            - ipBlock:
                cidr: 10.0.0.$00/8
                except: [10.96.0.0/12, 192.168.0.0/16]
  `, { serviceCIDRs: ['10.96.0.0/12'] });
  assert.match(policy, /\*\*IPv4 CIDR\*\* `10\.0\.0\.0\/8`: network `10\.0\.0\.0`, mask 255\.0\.0\.0 \(\/8\)/);
  assert.match(policy, /Addresses `10\.0\.0\.0` – `10\.255\.255\.255` \(16,777,216\): a private \(RFC 1918\) network/);
  assert.match(policy, /Contains the service CIDR `10\.96\.0\.0\/12`\./);
  assert.match(policy, /Except: `10\.96\.0\.0\/12` \(1,048,576 addresses\), `192\.168\.0\.0\/16` ⚠ not inside this CIDR/);
  const except = hoverAt(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: p}
    spec:
      podSelector: {}
      ingress:
        - from: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/1$06, 10.0.0.0/8]}}]
  `);
  assert.match(except, /Carved out of the block's `10\.0\.0\.0\/8`/);
  const equal = hoverAt(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: p}
    spec:
      podSelector: {}
      ingress:
        - from: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.0.0.0/$08]}}]
  `);
  assert.match(equal, /Not strictly inside the block's `10\.0\.0\.0\/8`: the API server refuses it/);
  const hostBits = hoverAt(`
    apiVersion: v1
    kind: Service
    metadata: {name: lb}
    spec: {type: LoadBalancer, loadBalancerSourceRanges: ["2001:db8::1$0/64"]}
  `);
  assert.match(hostBits, /\*\*IPv6 CIDR\*\*[\s\S]*\(18,446,744,073,709,551,616\)[\s\S]*Host bits are set: the network is `2001:db8::\/64`/);
});

test('hover on port numbers: well-known name, privileged, nodePort range', () => {
  const port = (field: string) => hoverAt(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      type: NodePort
      ports: [{${field}}]
  `, { nodePortRange: { min: 30000, max: 32767 } });
  assert.match(port('port: 4$043'), /\*\*Port 443\*\* · IANA service `https`[\s\S]*Privileged \(< 1024\)\./);
  assert.match(port('port: 80, nodePort: 3$00000'), /Inside the nodePort range 30000–32767\./);
  assert.match(port('port: 80, nodePort: 3$02768'), /⚠ Outside the nodePort range 30000–32767: the API server refuses it\./);
  assert.match(port('port: 80, nodePort: 2$09999'), /⚠ Outside the nodePort range/);
});

test('other references hover with where they lead; plain text drops the markup', () => {
  const md = hoverAt(join(`
    //- svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web, namespace: shop}
    spec:
      selector: {a$0pp: web}
  `, APP));
  assert.match(md, /\*\*Selector of Service shop\/web\*\* selects the pods of Deployment shop\/web\./);
  assert.equal(toPlainText('**Service** `a/b`\n\n---\n\nx'), 'Service a/b\n\n\n\nx');
  assert.equal(hoverAt(`
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec: {selector: {app: nothing$0}}
  `), '**Selector of Service default/web** matches no pod template in the workspace.');
});

test('copies of one workload are folded, and a port number with nothing to say gets no hover', () => {
  const md = hoverAt(join(`
    //- svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: w$0eb, namespace: shop}
    spec: {selector: {app: web}}
  `, APP, APP.replace('//- deploy.yaml', '//- copy/deploy.yaml')));
  assert.match(md, /Selects 2 pod templates: deployment\/web \(2 copies\)\./);
  assert.equal(hoverAt(`
    apiVersion: v1
    kind: ConfigMap
    metadata: {name: x}
    data: {port: 95$055}
  `), '');
  // A backend port of a Service that does not exist has something to say: the link is broken.
  assert.equal(hoverAt(`
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: x}
    spec: {defaultBackend: {service: {name: x, port: {number: 95$055}}}}
  `), '**Backend port of Ingress default/x** matches no port of the Service.');
});

test('a link that leads to a Service shows the Service under the link', () => {
  const c = atCursor(join(`
    //- svc.yaml
    apiVersion: v1
    kind: Service
    metadata: {name: web, namespace: shop}
    spec: {selector: {app: web}, ports: [{port: 80, targetPort: http}]}
    //- ing.yaml
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: x, namespace: shop}
    spec: {defaultBackend: {service: {name: w$0eb, port: {number: 80}}}}
  `, APP));
  const svc = c.snapshot.ofKind('Service')[0];
  const link: Link = { kind: 'ingress-backend', from: { uri: c.uri, start: c.offset, end: c.offset }, fromResource: c.snapshot.ofKind('Ingress')[0], to: [{ uri: svc.uri, start: svc.nameNode!.start, end: svc.nameNode!.end, resource: svc }] };
  const md = linkHover(c.snapshot, [link])!;
  assert.match(md, /^\*\*Backend of Ingress shop\/x\*\* sends traffic to Service shop\/web\.\n\n---\n\n\*\*Service\*\* `shop\/web`/);
  assert.ok(md.includes('`80/TCP` → targetPort `http` → 8080 (container `web` in deployment/web)'), md);
});

test('hover on a Helm template Service: names and values as written, the chart pods its include selects, no false verdicts', () => {
  const chart = webChart(`${webService('http').replace('name: {{ include', 'name: {{ inc$0lude')}
    ${webDeployment(LITERAL_PORTS)}`);
  const md = hoverAt(chart);
  assert.ok(md.startsWith('**Service** `<release namespace>/{{ include "web.fullname" . }}` (Helm template'), md);
  assert.match(md, /\*\*Type\*\* `\{\{ \.Values\.service\.type \}\}`: set when the chart is rendered/);
  assert.match(md, /DNS: `\{\{ include "web\.fullname" \. \}\}\.<release namespace>\.svc\.cluster\.local`/);
  assert.match(md, /Selects 1 pod template: deployment\/\{\{ include "web\.fullname" \. \}\}/);
  assert.match(md, /`\{\{ \.Values\.service\.port \}\}\/TCP` → targetPort `http` → \{\{ \.Values\.port \}\} \(container `\{\{ \.Chart\.Name \}\}`/);
  assert.doesNotMatch(md, /_{3}|not a Service type|No selector/);
  // Ports an action may add: not called undeclared.
  const open = hoverAt(webChart(`${webService('metrics').replace('name: {{ include', 'name: {{ inc$0lude')}
    ${webDeployment('ports:\n                {{- toYaml .Values.ports | nindent 12 }}')}`));
  assert.match(open, /targetPort `metrics`: the chart's pods may declare it once rendered/);
});
