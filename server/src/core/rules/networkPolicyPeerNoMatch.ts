import { networkPolicyOf, peerPods } from '../model/networkPolicy';
import type { ResourceRule } from './types';
import { reportNoMatch, selectorTypoFixes } from './networkPolicySelectorNoMatch';
import { PODS } from '../model/signature';
import { addNamespaceSelectorFix, reportPeerInOtherNamespace } from './_shared/policyNamespaces';

export const networkPolicyPeerNoMatch: ResourceRule = {
  id: 'network-policy-peer-no-match',
  title: 'NetworkPolicy peer selects no pods',
  description: "A `from` or `to` peer's `podSelector` matches no pod template where it looks: in the policy's own namespace, or, with a `namespaceSelector`, in the workspace namespaces that selector matches (both must hold). The rule then allows traffic from or to nobody. A peer without a namespaceSelector whose pods exist in another namespace is reported, with the fix that adds a namespaceSelector naming it; otherwise, by the link policy, it is reported when the policy's deployment unit defines pods where the peer looks, or a pod template's labels nearly match (a likely typo). A namespaceSelector that matches no namespace of the workspace, or `{}` (every namespace), makes the peer unknown rather than empty, and so does a namespace with no pod template in the workspace at all.",
  remediation: "Make the peer's podSelector match the pod template labels of the workloads to allow, fix the label typo, or add a namespaceSelector when the pods live in another namespace.",
  severity: 'warning',
  category: 'links',
  kinds: ['NetworkPolicy'],
  scope: 'resource',
  reads: ['Namespace', PODS],
  check(ctx) {
    const r = ctx.resource;
    const policy = networkPolicyOf(r);
    if (!policy) return;
    for (const [field, rules] of [['ingress', policy.ingress], ['egress', policy.egress]] as const) {
      rules.forEach((rule, i) => {
        rule.peers.forEach((peer, k) => {
          if (!peer.podSelector || !peer.podSelectorPair || peer.podSelector.empty) return;
          const pods = peerPods(ctx.snapshot, policy, peer);
          if (!pods || !pods.complete || pods.templates.length > 0) return;
          const peers = field === 'ingress' ? 'from' : 'to';
          const what = `${field}[${i}].${peers}[${k}].podSelector`;
          const consequence = field === 'ingress' ? 'so this peer admits traffic from no pod' : 'so this peer allows traffic to no pod';
          // A likely typo where the peer looks comes first, then pods of that selector in another namespace, then
          // the pods of the policy's own unit that it misses.
          const elsewhere = () => reportPeerInOtherNamespace(ctx, policy, peer, what);
          if (!reportNoMatch(ctx, { what, selector: peer.podSelector, pair: peer.podSelectorPair, namespaces: pods.namespaces, consequence }, { beforeUnit: elsewhere })) elsewhere();
        });
      });
    }
  },
  fixes: (ctx) => [...selectorTypoFixes(ctx), ...addNamespaceSelectorFix(ctx)],
};
