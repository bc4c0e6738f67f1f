import { goValue } from '../k8s/goyaml';
import type { YNode } from '../syntax/nodes';
import { asMap, getPair, keyText } from '../syntax/nodes';
import { NETWORK_POLICY_VALIDATION, networkPolicySpec, policyRules } from './networkPolicy';
import type { ResourceRule } from './types';

const PEER_FIELDS = ['podSelector', 'namespaceSelector', 'ipBlock'];

/** A pointer field is set unless it is absent or null; `podSelector: {}` is set (and selects everything). */
function isSet(node: YNode | null | undefined): boolean {
  return !!node && goValue(node)?.type !== 'null';
}

export const networkPolicyPeer: ResourceRule = {
  id: 'network-policy-peer',
  title: 'NetworkPolicy peer is empty or mixes ipBlock with selectors',
  description: 'Each entry of `from` / `to` must set `podSelector`, `namespaceSelector` or `ipBlock`; an empty peer `- {}` is rejected (an empty `from: []`, or a rule without `from`, is fine and allows all sources). `ipBlock` may not share a peer with a selector, while `podSelector` and `namespaceSelector` together are allowed (pods in the selected namespaces).',
  remediation: 'Put the ipBlock in a peer of its own, and give an empty peer a selector (`podSelector: {}` means all pods of the namespace).',
  ...NETWORK_POLICY_VALIDATION,
  check(ctx) {
    const spec = networkPolicySpec(ctx);
    if (!spec) return;
    for (const rule of policyRules(ctx)) {
      const list = rule.direction === 'ingress' ? 'from' : 'to';
      for (const peer of rule.peerItems) {
        const m = asMap(peer);
        if (!m) continue;
        const set = m.items.filter((p) => PEER_FIELDS.includes(keyText(p) ?? '') && isSet(p.value));
        if (set.length === 0) {
          const at = m.items[0]?.key ?? m;
          ctx.report({ start: at.start, end: at.end, message: `a '${list}' peer must set podSelector, namespaceSelector or ipBlock; an empty peer is rejected (to allow everything, leave out '${list}')`, data: { reason: 'empty' } });
          continue;
        }
        const ipBlock = getPair(m, 'ipBlock');
        const selector = set.find((p) => keyText(p) !== 'ipBlock');
        if (ipBlock && isSet(ipBlock.value) && selector) {
          ctx.report({ start: ipBlock.key.start, end: ipBlock.key.end, message: `ipBlock may not be combined with ${keyText(selector)} in the same peer; put it in a peer of its own`, data: { reason: 'exclusive' } });
        }
      }
    }
  },
};
