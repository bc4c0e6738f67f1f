import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt, SHOP_WEB } from '../testing/hover';

const PODS = `${SHOP_WEB}  ---
  {apiVersion: apps/v1, kind: Deployment, metadata: {name: api, namespace: shop}, spec: {template: {metadata: {labels: {app: api}}, spec: {containers: [{name: api, ports: [{name: http, containerPort: 8080}, {name: metrics, containerPort: 9090}]}]}}}}
`;

const POLICY = `
  //- policy.yaml
  apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata: {name: api$NAME, namespace: shop}
  spec:
    podSelector: {matchLabels: {app: api}}
    ingress:
      - from:
          - podSelector: {matchLabels: {app: web}}
          - ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}
        ports:
          - port: ht$PORTtp
          - {port: 9000, endPort: 9100}
      - {}
    egress:
      - to: [{namespaceSelector: {}}]
        ports: [{port: 53, protocol: UDP}]
`;

const at = (where: 'NAME' | 'PORT') => [PODS, POLICY.replace(`$${where}`, '$0').replace(/\$(NAME|PORT)/, '')];

test('hover on a NetworkPolicy name: the pods it isolates, each direction by policyTypes, each rule with peers and ports', () => {
  const md = hoverAt(at('NAME'));
  assert.equal(md, [
    '**NetworkPolicy** `shop/api`',
    'Isolates pods with `app=api`: 1 pod template, deployment/api.',
    '**Ingress**: isolated; allowed only\n' +
      '- rule 1: from pods with `app=web` in namespace shop: deployment/web; or addresses in `10.0.0.0/8` except `10.1.0.0/16`, on port `http`/TCP (8080 in deployment/api), ports 9000–9100/TCP\n' +
      '- rule 2: from any source, on every port',
    '**Egress**: isolated; allowed only\n- rule 1: to every pod in every namespace: deployment/web, deployment/api, and pods the workspace does not describe, on port 53/UDP',
  ].join('\n\n'));
});

test('policyTypes decide the directions: rules of a left-out direction have no effect, and no rule denies all', () => {
  const md = hoverAt(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: d$0eny, namespace: shop}
    spec:
      podSelector: {}
      policyTypes: [Egress]
      ingress: [{}]
  `);
  assert.match(md, /Isolates every pod in the namespace: no pod template in the workspace\./);
  assert.match(md, /\*\*Ingress\*\*: not isolated by this policy \(policyTypes leaves out Ingress, so its 1 rule has no effect\)\./);
  assert.match(md, /\*\*Egress\*\*: isolated, and no rule allows any: all outgoing traffic is denied, unless another policy allows it\./);
});

test('podSelector: {} explains that it selects every pod of the namespace', () => {
  const md = hoverAt([PODS, `
    //- deny.yaml
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: deny, namespace: shop}
    spec: {pod$0Selector: {}, policyTypes: [Ingress]}
  `]);
  assert.equal(md, '`podSelector: {}` selects every pod in namespace shop, those of workloads not in the workspace too.\n\nIsolates every pod in the namespace: 2 pod templates, deployment/web, deployment/api.');
});

test('hover on a named policy port: the container ports of that name on the pods the traffic goes to', () => {
  assert.equal(hoverAt(at('PORT')), [
    '**Policy port** port `http`/TCP of NetworkPolicy shop/api',
    'A port name: it allows the container ports named `http` on the pods the policy isolates, whatever their numbers.',
    'Container ports it opens:\n- 8080/TCP (`http`) of container `api` in deployment/api',
  ].join('\n\n'));
  const egress = hoverAt([PODS, `
    //- out.yaml
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: out, namespace: shop}
    spec:
      podSelector: {matchLabels: {app: api}}
      egress: [{to: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: h$0ttp}]}]
  `]);
  assert.match(egress, /on the pods of the rule's `to` peers[^]*- 8080\/TCP \(`http`\) of container `web` in deployment\/web$/);
});

test('hover on a rule: that rule alone', () => {
  const md = hoverAt([PODS, POLICY.replace('- {}', '- {$0}').replace(/\$(NAME|PORT)/g, '')]);
  assert.equal(md, '**Ingress rule 2** of NetworkPolicy shop/api\n\nfrom any source, on every port');
});
