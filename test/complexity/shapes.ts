/**
 * Inputs whose cost once grew faster than their size (issue 12, "Time"), one generator per shape. The complexity
 * tests time them at N and 2N, `npm run bench` prints the same figures, and the fuzzer pastes small ones into manifests.
 */

/** A ConfigMap with one anchor and n aliases of it. */
export function manyAliases(n: number): string {
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: aliases', 'data:', '  k0: &x value'];
  for (let i = 1; i <= n; i++) lines.push(`  k${i}: *x`);
  return lines.join('\n') + '\n';
}

/** n empty documents: a file of `---` lines. */
export function manySeparators(n: number): string {
  return '---\n'.repeat(n);
}

/** An Ingress with n paths, each to a Service that does not exist. */
export function manyIngressPaths(n: number): string {
  const lines = ['apiVersion: networking.k8s.io/v1', 'kind: Ingress', 'metadata:', '  name: paths', 'spec:', '  rules:', '    - http:', '        paths:'];
  for (let i = 0; i < n; i++) {
    lines.push(`          - path: /p${i}`, '            pathType: Prefix', '            backend:', '              service:', `                name: missing-${i}`, '                port:', '                  number: 80');
  }
  return lines.join('\n') + '\n';
}

/** n Services and n Deployments that all share one label, so that every Service selects every Deployment. */
export function sharedLabel(n: number): string {
  const docs: string[] = [];
  for (let i = 0; i < n; i++) {
    docs.push(`apiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${i}\nspec:\n  selector:\n    app: shared\n  ports:\n    - port: 80\n`);
    docs.push(`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: dep-${i}\nspec:\n  selector:\n    matchLabels:\n      app: shared\n  template:\n    metadata:\n      labels:\n        app: shared\n    spec:\n      containers:\n        - name: c\n          image: nginx\n          ports:\n            - containerPort: 80\n`);
  }
  return docs.join('---\n');
}

/** A NetworkPolicy with n ipBlock peers. */
export function manyIpBlocks(n: number): string {
  const lines = ['apiVersion: networking.k8s.io/v1', 'kind: NetworkPolicy', 'metadata:', '  name: blocks', 'spec:', '  podSelector: {}', '  ingress:', '    - from:'];
  for (let i = 0; i < n; i++) lines.push('        - ipBlock:', `            cidr: 10.${(i >> 8) & 255}.${i & 255}.0/24`);
  return lines.join('\n') + '\n';
}

/** n Pods that all ask for the same host port. */
export function manyHostPorts(n: number): string {
  const docs: string[] = [];
  for (let i = 0; i < n; i++) {
    docs.push(`apiVersion: v1\nkind: Pod\nmetadata:\n  name: pod-${i}\nspec:\n  containers:\n    - name: c\n      image: nginx\n      ports:\n        - containerPort: 80\n          hostPort: 8080\n`);
  }
  return docs.join('---\n');
}

/** n NodePort Services that all ask for the same node port. */
export function manyNodePorts(n: number): string {
  const docs: string[] = [];
  for (let i = 0; i < n; i++) {
    docs.push(`apiVersion: v1\nkind: Service\nmetadata:\n  name: np-${i}\nspec:\n  type: NodePort\n  ports:\n    - port: 80\n      nodePort: 30080\n`);
  }
  return docs.join('---\n');
}
