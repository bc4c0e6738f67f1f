import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['ingress-controller-blocked'];

const app = `
    //- app.yaml
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web, namespace: shop}
    spec:
      template:
        metadata: {labels: {app: web}}
        spec: {containers: [{name: web, ports: [{name: http, containerPort: 8080}]}]}
    ---
    apiVersion: v1
    kind: Service
    metadata: {name: web, namespace: shop}
    spec: {selector: {app: web}, ports: [{port: 80, targetPort: http}]}`;

const ingress = `
    //- ingress.yaml
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: web, namespace: shop}
    spec:
      rules:
        - http:
            paths:
              - path: /
                pathType: Prefix
                backend: {service: {name: web, port: {number: 80}}}`;

const policy = (ingressRules: string) => `
    //- policy.yaml
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: web, namespace: shop}
    spec:
      podSelector: {matchLabels: {app: web}}
      ingress: ${ingressRules}`;

test('warns on the backend when the policies isolating its pods admit no ingress controller namespace', () => {
  checkFixture(`${app}${ingress}
                #                         ^^^ warning ingress-controller-blocked: the ingress controller cannot reach these pods: NetworkPolicy shop/web isolates deployment/web, and no rule admits namespace ingress-nginx on TCP 8080
    ${policy('[{from: [{podSelector: {matchLabels: {app: frontend}}}]}]')}
  `, { rules });
});

test('quiet when a rule admits the controller namespace (any podSelector), has no from, or an ipBlock, on the port', () => {
  for (const from of [
    "[{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ingress-nginx}}, podSelector: {matchLabels: {app.kubernetes.io/name: ingress-nginx}}}], ports: [{port: http}]}]",
    '[{ports: [{port: 8000, endPort: 9000}]}]',
    '[{from: [{ipBlock: {cidr: 10.0.0.0/8}}]}]',
    '[{from: [{namespaceSelector: {}}]}]',
  ]) checkFixture(`${app}${ingress}${policy(from)}`, { rules });
});

test('warns when the admitting rule is on another port; quiet with no isolating policy or with the check turned off', () => {
  checkFixture(`${app}${ingress}
                #                         ^^^ warning ingress-controller-blocked: the ingress controller cannot reach these pods: NetworkPolicy shop/web isolates deployment/web, and no rule admits namespace ingress-nginx on TCP 8080
    ${policy('[{from: [{namespaceSelector: {}}], ports: [{port: 9090}]}]')}
  `, { rules });
  checkFixture(`${app}${ingress}`, { rules });
  checkFixture(`${app}${ingress}${policy('[]')}`, { rules, config: { ingressControllerNamespaces: [] } });
});
