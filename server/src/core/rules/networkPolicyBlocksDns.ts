import { NAMESPACE_NAME_LABEL, networkPolicyOf, policyTemplates } from '../model/networkPolicy';
import type { NetworkPolicyView, PolicyPeer, PolicyPort, PolicyRule } from '../model/networkPolicy';
import { labelSourceOf, requirementMatches, selectorMatches } from '../model/selectors';
import type { Snapshot } from '../model/snapshot';
import { pairOf, seqItems, str } from '../syntax/nodes';
import { dirname, isWithin } from '../paths';
import type { ResourceRule } from './types';
import { PODS } from '../model/signature';
import { templatesNamed } from './_shared/templateNames';
import { allowDnsFix } from './dnsEgressFix';

const DNS_PORT = 53;
const OTHER_POLICY_KINDS = ['AdminNetworkPolicy', 'ClusterNetworkPolicy', 'CiliumNetworkPolicy', 'CiliumClusterwideNetworkPolicy', 'GlobalNetworkPolicy'];
/** Where cluster DNS (kube-dns / CoreDNS) runs. */
const DNS_NAMESPACE = 'kube-system';

export const networkPolicyBlocksDns: ResourceRule = {
  id: 'network-policy-blocks-dns',
  title: 'Egress policy blocks DNS',
  description: "The policy restricts egress of pods it selects, and neither it nor any other egress policy selecting those pods allows DNS (port 53 over UDP or TCP to kube-system, or to any destination). The pods then cannot resolve Service names: the classic 'deny-all egress broke DNS' mistake. An egress rule with no `to` and no `ports` allows everything; a rule whose ports include 53 allows DNS to its peers; a rule with no ports allows DNS to its peers when one of them may be the DNS server (an ipBlock, or a namespaceSelector that matches kube-system).",
  remediation: "Add an egress rule that allows DNS, e.g. `- to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}}]` with `ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]`, in this policy or in a separate allow-dns policy.",
  severity: 'information',
  category: 'advice',
  kinds: ['NetworkPolicy'],
  scope: 'resource',
  reads: ['NetworkPolicy', ...OTHER_POLICY_KINDS, 'Namespace', PODS],
  check(ctx) {
    const r = ctx.resource;
    const policy = networkPolicyOf(r);
    if (!policy || !policy.policyTypes.includes('Egress') || allowsDns(ctx.snapshot, policy)) return;
    // Admin network policies and CNI-specific policies can allow DNS above or beside NetworkPolicy; we do not read them.
    const others = [...OTHER_POLICY_KINDS.flatMap((k) => ctx.snapshot.ofKind(k)), ...ctx.snapshot.ofKind('NetworkPolicy').filter((p) => p.group.endsWith('projectcalico.org'))];
    if (others.some((o) => sameTree(o.uri, r.uri))) return;
    // Pods on the host network are not subject to NetworkPolicy.
    const selected = policyTemplates(ctx.snapshot, policy).filter((t) => !t.hostNetwork);
    if (selected.length === 0) return;
    const egressPolicies = ctx.snapshot.ofKind('NetworkPolicy').flatMap((o) => {
      const v = networkPolicyOf(o);
      return v && v.policyTypes.includes('Egress') && o.namespaces.some((n) => r.namespaces.includes(n)) ? [v] : [];
    });
    // Egress policies are additive: another policy selecting the same pods may allow DNS for them.
    const covered = new Set(egressPolicies.filter((v) => allowsDns(ctx.snapshot, v)).flatMap((v) => policyTemplates(ctx.snapshot, v)));
    // Pods that several policies restrict are reported once, on the first of them.
    const earlier = new Set(egressPolicies.slice(0, egressPolicies.indexOf(policy)).flatMap((v) => policyTemplates(ctx.snapshot, v)));
    const blocked = selected.filter((t) => !covered.has(t) && !earlier.has(t));
    if (blocked.length === 0) return;
    const anchor = seqItems(policy.policyTypesPair?.value).find((n) => str(n) === 'Egress') ?? policy.egressPair?.key ?? pairOf(r.node, 'spec')?.key;
    if (!anchor) return;
    const pods = templatesNamed(blocked);
    ctx.report({
      start: anchor.start,
      end: anchor.end,
      message: `egress of ${pods.text} is restricted and no egress rule allows DNS (port ${DNS_PORT} UDP/TCP to ${DNS_NAMESPACE}): the pods cannot resolve Service names`,
      related: pods.related,
    });
  },
  fixes: allowDnsFix,
};

function allowsDns(snapshot: Snapshot, policy: NetworkPolicyView): boolean {
  return policy.egress.some((rule) => ruleAllowsDns(snapshot, policy, rule));
}

function ruleAllowsDns(snapshot: Snapshot, policy: NetworkPolicyView, rule: PolicyRule): boolean {
  if (rule.ports.length > 0 && !rule.ports.some(portAllowsDns)) return false;
  if (!rule.restrictsPeers) return true;
  // Ports that name 53 explicitly say the rule is meant for DNS, whichever peer the DNS server is reached through.
  if (rule.ports.length > 0) return true;
  return rule.peers.some((peer) => peerMayBeDns(snapshot, policy, peer));
}

function portAllowsDns(p: PolicyPort): boolean {
  if (p.protocol !== 'UDP' && p.protocol !== 'TCP') return false;
  if (p.port === null) return true;
  if (typeof p.port === 'string') return /dns|domain/i.test(p.port);
  return p.port === DNS_PORT || (p.endPort !== null && p.port <= DNS_PORT && DNS_PORT <= p.endPort);
}

/** A peer may be the DNS server: an ipBlock (node-local DNS, the DNS Service's IP), or pods that may be in kube-system. */
function peerMayBeDns(snapshot: Snapshot, policy: NetworkPolicyView, peer: PolicyPeer): boolean {
  if (peer.ipBlock) return true;
  if (peer.podSelector?.unreadable || peer.namespaceSelector?.unreadable) return true;
  if (!peer.namespaceSelector) return policy.resource.namespaces.includes(DNS_NAMESPACE);
  const object = snapshot.ofKind('Namespace').find((ns) => ns.group === '' && ns.name === DNS_NAMESPACE);
  if (object) return selectorMatches(peer.namespaceSelector, labelSourceOf([...object.labels, { key: NAMESPACE_NAME_LABEL, value: DNS_NAMESPACE }]));
  // Without its Namespace object, kube-system's labels other than its name are unknown (clusters often add
  // `name: kube-system`): only a requirement on the name label can rule it out.
  const byName = peer.namespaceSelector.requirements.filter((q) => q.key === NAMESPACE_NAME_LABEL);
  return byName.every((q) => requirementMatches(q, labelSourceOf([{ key: NAMESPACE_NAME_LABEL, value: DNS_NAMESPACE }])));
}

/** True when one file's folder contains the other's: the same deployment, as far as a workspace can tell. */
function sameTree(a: string, b: string): boolean {
  return isWithin(dirname(a), dirname(b)) || isWithin(dirname(b), dirname(a));
}
