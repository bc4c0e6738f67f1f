import type { YNode } from '../syntax/nodes';
import { asScalar, keyText } from '../syntax/nodes';
import { MAX_NESTING } from '../syntax/parse';
import { looksTemplated } from './_shared/fieldChecks';
import type { ResourceRule } from './types';

/** Keys whose value the cluster uses as written: ports, addresses and ranges. */
const NETWORK_KEYS = new Set(['port', 'targetPort', 'nodePort', 'containerPort', 'hostPort', 'endPort', 'number', 'clusterIP', 'clusterIPs', 'externalIPs', 'loadBalancerIP', 'loadBalancerSourceRanges', 'cidr', 'except', 'ip', 'hostIP', 'addresses']);

/** Annotations the cluster reads as a network value (the cloud provider, for a LoadBalancer's source ranges). */
const NETWORK_ANNOTATIONS = ['service.beta.kubernetes.io/load-balancer-source-ranges'];

/** The API groups of the objects that carry network fields (a CRD's schema, however large, is not walked). */
const NETWORK_GROUPS = new Set(['', 'apps', 'batch', 'extensions', 'networking.k8s.io', 'discovery.k8s.io', 'gateway.networking.k8s.io']);

/** Where a built-in object keeps its network fields (an Endpoints object keeps them in `subsets`, a slice in `endpoints`). */
const ROOTS = new Set(['spec', 'subsets', 'endpoints']);

export const placeholderValue: ResourceRule = {
  id: 'placeholder-value',
  title: 'Placeholder left in a network value',
  description: "A port, address or range holds a placeholder that someone must fill in (`$INBOUND_CIDRS`, `${PORT}`, `<your-ip>`, `{IPv6}`, `__HOST__`, `PORT`). Kubernetes does not substitute it: applied as written, the object is rejected or means something else. The other rules leave such a value alone, since what it will be is unknown.",
  remediation: 'Substitute the value before applying (envsubst, a kustomize replacement, a Helm value), or write the real value.',
  severity: 'information',
  category: 'advice',
  kinds: ['*'],
  scope: 'resource',
  check(ctx) {
    if (!NETWORK_GROUPS.has(ctx.resource.group)) return;
    const report = (node: YNode, value: string) => ctx.report({ start: node.start, end: node.end, message: `'${value}' is a placeholder: substitute it before kubectl apply; until then its other checks wait` });
    for (const pair of ctx.resource.node.items) {
      if (ROOTS.has(keyText(pair) ?? '')) walk(pair.value, null, 0, report);
    }
    for (const a of ctx.resource.annotations) {
      if (NETWORK_ANNOTATIONS.includes(a.key) && a.pair.value && looksTemplated(a.value)) report(a.pair.value, a.value);
    }
  },
};

/** Calls `found` for every placeholder scalar under a network key, directly or as an item of its list. */
function walk(node: YNode | null, key: string | null, depth: number, found: (node: YNode, value: string) => void): void {
  if (!node || depth > MAX_NESTING) return;
  if (node.type === 'map') for (const p of node.items) walk(p.value, keyText(p), depth + 1, found);
  else if (node.type === 'seq') for (const item of node.items) walk(item, item.type === 'scalar' ? key : null, depth + 1, found);
  else if (node.type === 'scalar' && key !== null && NETWORK_KEYS.has(key)) {
    const value = asScalar(node)?.value;
    if (typeof value === 'string' && looksTemplated(value)) found(node, value);
  }
}
