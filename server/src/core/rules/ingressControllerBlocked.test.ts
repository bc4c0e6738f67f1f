import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['ingress-controller-blocked'];

// One web Deployment behind Service web (targetPort http, 8080), an Ingress to it, and a policy isolating web.
const app = [
  '{apiVersion: apps/v1, kind: Deployment, metadata: {name: web, namespace: shop}, spec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{name: web, ports: [{name: http, containerPort: 8080}]}]}}}}',
  '---',
  '{apiVersion: v1, kind: Service, metadata: {name: web, namespace: shop}, spec: {selector: {app: web}, ports: [{port: 80, targetPort: http}]}}',
  '---',
  'INGRESS',
].join('\n');
const ingress = (annotation = '') => app.replace('INGRESS', `{apiVersion: networking.k8s.io/v1, kind: Ingress, metadata: {name: web, namespace: shop}, spec: {defaultBackend: {service: {name: web, port: {number: 80}}}}}${annotation ? `\n#${' '.repeat(130 - 1)}^^^ warning ingress-controller-blocked: ${annotation}` : ''}`);
const withPolicy = (text: string, rule: string | null) =>
  rule === null ? text : `${text}\n---\n{apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: web, namespace: shop}, spec: {podSelector: {matchLabels: {app: web}}, ingress: ${rule}}}`;

const BLOCKED = 'the ingress controller cannot reach these pods: NetworkPolicy shop/web isolates deployment/web, and no rule admits namespace ingress-nginx on TCP 8080';

test('warns on the backend when the policies isolating its pods admit no ingress controller namespace on the port', () => {
  checkFixture(withPolicy(ingress(BLOCKED), '[{from: [{podSelector: {matchLabels: {app: frontend}}}]}]'), { rules });
  checkFixture(withPolicy(ingress(BLOCKED), '[{from: [{namespaceSelector: {}}], ports: [{port: 9090}]}]'), { rules });
});

test('quiet when a rule admits the controller namespace (any podSelector), has no from, or an ipBlock, on the port', () => {
  const admitting = [
    '[{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ingress-nginx}}, podSelector: {matchLabels: {app.kubernetes.io/name: ingress-nginx}}}], ports: [{port: http}]}]',
    '[{ports: [{port: 8000, endPort: 9000}]}]',
    '[{from: [{ipBlock: {cidr: 10.0.0.0/8}}]}]',
    '[{from: [{namespaceSelector: {}}]}]',
    null,
  ];
  for (const rule of admitting) checkFixture(withPolicy(ingress(), rule), { rules });
  checkFixture(withPolicy(ingress(), '[]'), { rules, config: { ingressControllerNamespaces: [] } });
});
