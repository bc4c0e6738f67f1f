import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';

const rules = ['network-policy-named-port-undeclared'];

const pod = (name: string, labels: string, ports: string) => `{apiVersion: v1, kind: Pod, metadata: {name: ${name}, labels: ${labels}}, spec: {containers: [{name: c, image: nginx, ports: ${ports}}]}}`;

test('ingress named ports must be declared by the selected pods, with the protocol', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: api}
    spec:
      podSelector: {matchLabels: {app: api}}
      ingress:
        - ports:
            - port: http
            - port: metrics
                  # ^^^^^^^ information network-policy-named-port-undeclared: no container of the pods the policy selects (1 pod template) declares a TCP port named 'metrics'; declared: dns, http
            - port: dns
                  # ^^^ information network-policy-named-port-undeclared: a UDP port named 'dns' ('dns' is declared for TCP)
              protocol: UDP
            - port: 8080
    ---
    ${pod('api', '{app: api}', '[{name: http, containerPort: 8080}, {name: dns, containerPort: 53}]')}
  `, { rules });
});

test('egress named ports must be declared by the peer pods; unknown peers are not checked', () => {
  checkFixture(`
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: web}
    spec:
      podSelector: {matchLabels: {app: web}}
      egress:
        - to: [{podSelector: {matchLabels: {app: api}}}]
          ports:
            - port: http
            - port: web
                  # ^^^ information network-policy-named-port-undeclared: no container of the rule's peer pods (1 pod template) declares a TCP port named 'web'; declared: http
        - ports: [{port: web}]
        - to: [{ipBlock: {cidr: 10.0.0.0/8}}]
          ports: [{port: web}]
    ---
    ${pod('api', '{app: api}', '[{name: http, containerPort: 8080}]')}
    ---
    ${pod('web', '{app: web}', '[{name: web, containerPort: 80}]')}
  `, { rules });
});
