/**
 * The `from`/`to` peers of a NetworkPolicy: a peer's podSelector links to the label lines of the pod templates it
 * selects (in the policy's namespace, or in the namespaces its namespaceSelector matches), and its namespaceSelector
 * links to the Namespace objects it matches (their label line with the entry's key, else their name).
 */
import { knownNamespaces, NAMESPACE_NAME_LABEL, networkPolicyOf, peerPods } from '../networkPolicy';
import type { Resource } from '../resource';
import { labelSourceOf, selectorMatches } from '../selectors';
import type { Link, LinkProvider, LinkTarget } from './types';
import { labelSelectorLinks, labelTargets, templatesVia } from './labelTargets';
import { PODS } from '../signature';

export const networkPolicyPeerLinks: LinkProvider = {
  kind: 'network-policy-peer',
  reads: ['Namespace', PODS],
  sourceKinds: ['NetworkPolicy'],
  links(snapshot, r) {
    const policy = networkPolicyOf(r);
    if (!policy) return [];
    const out: Link[] = [];
    for (const rule of [...policy.ingress, ...policy.egress]) {
      for (const peer of rule.peers) {
        const pods = peerPods(snapshot, policy, peer);
        if (!pods) continue;
        out.push(...labelSelectorLinks('network-policy-peer', r, peer.podSelectorPair, (key) => labelTargets(pods.templates, key), templatesVia(pods.templates)));
        const nsSelector = peer.namespaceSelector;
        if (!nsSelector) continue;
        const matched = new Set(knownNamespaces(snapshot).filter((ns) => selectorMatches(nsSelector, labelSourceOf(ns.labels))).map((ns) => ns.name));
        const objects = snapshot.ofKind('Namespace').filter((ns) => ns.group === '' && ns.name !== null && matched.has(ns.name));
        out.push(...labelSelectorLinks('network-policy-namespace', r, peer.namespaceSelectorPair, (key) => namespaceTargets(objects, key)));
      }
    }
    return out;
  },
};

function namespaceTargets(objects: Resource[], key: string | null): LinkTarget[] {
  return objects.map((ns) => {
    const label = key === null || key === NAMESPACE_NAME_LABEL ? undefined : ns.labels.find((l) => l.key === key);
    const place = label?.pair ?? ns.nameNode ?? ns.node;
    return { uri: ns.uri, start: place.start, end: place.end, resource: ns };
  });
}
