import { test } from 'node:test';
import { checkFixture } from '../testing/fixture';
import { RULES } from './registry';

/** Every API-validation rule of the api-pod area (pods, probes, pod DNS, NetworkPolicy, Ingress): accepted manifests stay quiet. */
const rules = RULES.filter((r) => r.category === 'api-validation' && /^(container-port-|host-|probe-|pod-|network-policy-|ingress-)/.test(r.id)).map((r) => r.id);

test('tricky pod, NetworkPolicy and Ingress manifests the API server accepts produce no finding', () => {
  checkFixture(`
    apiVersion: apps/v1
    kind: DaemonSet
    metadata: {name: agent}
    spec:
      selector: {matchLabels: {app: agent}}
      template:
        metadata: {labels: {app: agent}}
        spec:
          hostNetwork: true
          dnsPolicy: ClusterFirstWithHostNet
          hostname: "0"
          initContainers:
            - name: proxy
              restartPolicy: Always
              ports: [{containerPort: 15001, name: http}]
              startupProbe: {httpGet: {port: http, path: /ready, scheme: ""}, failureThreshold: 0}
          containers:
            - name: agent
              ports:
                - {containerPort: 9100, hostPort: 9100, name: http-80, protocol: ""}
                - {containerPort: 9101, name: 1metrics}
                - {containerPort: 9102, hostPort: 0}
              livenessProbe: {grpc: {port: 9100}, successThreshold: 1, terminationGracePeriodSeconds: 1}
              readinessProbe: {tcpSocket: {port: 9101}, successThreshold: 3}
              lifecycle: {preStop: {sleep: {seconds: 5}}}
            - name: other
              ports: [{containerPort: 9200, name: http-80}]
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: resolver}
    spec:
      subdomain: db
      dnsPolicy: None
      dnsConfig:
        nameservers: ["2001:db8::53", 10.96.0.10]
        searches: [svc.cluster.local., _tcp.example.com, .]
        options: [{name: ndots, value: "2"}, {name: edns0}]
      containers: [{name: c, image: busybox}]
    ---
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: allow}
    spec:
      policyTypes: [Ingress, Ingress]
      ingress:
        - {}
        - from: []
        - from:
            - podSelector: {}
              namespaceSelector:
                matchExpressions: [{key: kubernetes.io/metadata.name, operator: In, values: [web]}]
            - ipBlock: {cidr: "::/0", except: ["fd00::/8"]}
          ports:
            - {port: 30000, endPort: 30000}
            - {port: metrics, protocol: SCTP}
            - {protocol: UDP}
    ---
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: web}
    spec:
      ingressClassName: nginx
      tls: [{hosts: ["*.example.com"], secretName: ""}]
      rules:
        - host: "*.example.com"
          http:
            paths:
              - {pathType: ImplementationSpecific, backend: {service: {name: web, port: {name: http}}}}
              - {path: /a/.well-known, pathType: Prefix, backend: {resource: {kind: Bucket, name: b}}}
    ---
    apiVersion: networking.k8s.io/v1
    kind: IngressClass
    metadata: {name: nginx}
    spec:
      controller: k8s.io/ingress-nginx
      parameters: {kind: P, name: p}
  `, { rules });
});
