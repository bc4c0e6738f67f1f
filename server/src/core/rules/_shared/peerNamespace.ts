/**
 * A NetworkPolicy peer with a podSelector and no namespaceSelector looks for pods in the policy's own namespace only.
 * When none match there but pods in another namespace do, the namespaceSelector was most likely forgotten; the fix
 * adds one that names that namespace by its `kubernetes.io/metadata.name` label, which the API server sets.
 */
import type { Fix } from '../../diagnostics';
import { formatSelector } from '../../model/selectors';
import { knownNamespaces, NAMESPACE_NAME_LABEL } from '../../model/networkPolicy';
import type { NetworkPolicyView, PolicyPeer } from '../../model/networkPolicy';
import { isPodSourceKind, namespacesPhrase, templateOwnerName } from '../../model/serviceTargets';
import { eolOf, lineStartAt } from '../../strings';
import type { FixContext, ResourceContext } from '../types';
import { matchesWhereItMayBeApplied } from '../networkPolicySelectorNoMatch';

/** Reports the peer when its pods are in another namespace. */
export function reportPeerInOtherNamespace(ctx: ResourceContext, policy: NetworkPolicyView, peer: PolicyPeer, what: string): void {
  if (peer.namespaceSelector || !peer.podSelector || !peer.podSelectorPair || peer.ipBlock) return;
  const own = new Set(policy.resource.namespaces);
  const others = knownNamespaces(ctx.snapshot).map((ns) => ns.name).filter((n) => !own.has(n));
  const found = ctx.snapshot.selectTemplates(peer.podSelector, others, policy.resource.uri);
  // A policy or a workload whose namespace is not written may be applied to the same one: nothing is wrong then.
  if (found.length === 0 || matchesWhereItMayBeApplied(ctx.snapshot, policy.resource, peer.podSelector)) return;
  // A document that cannot be read may hold the pods in the policy's namespace after all (see reportNoMatch).
  if (ctx.snapshot.unknownSourcesFor(policy.resource.uri, policy.resource.namespaces, (k) => isPodSourceKind(ctx.snapshot, k), { selector: peer.podSelector }).length > 0) return;
  // Where each workload is deployed: its kustomization's namespace first (it may also be applied on its own).
  const namespaces = [...new Set(found.map((t) => t.owner.namespaces.find((n) => !own.has(n))!))].sort();
  const key = peer.podSelectorPair.key;
  ctx.report({
    start: key.start,
    end: key.end,
    message:
      `${what} ${formatSelector(peer.podSelector)} matches pods only in ${namespacesPhrase(namespaces)} (${templateOwnerName(found[0])}${found.length > 1 ? ` and ${found.length - 1} more` : ''}), ` +
      `but a peer without a namespaceSelector selects pods in the policy's own ${namespacesPhrase(policy.resource.namespaces)}; add a namespaceSelector`,
    data: namespaces.length === 1 ? { addNamespace: namespaces[0], peerStart: peer.node.start, flow: peer.node.flow } : undefined,
    related: [{ uri: found[0].owner.uri, start: (found[0].labelsNode ?? found[0].node).start, end: (found[0].labelsNode ?? found[0].node).start + 1, message: `pod template of ${templateOwnerName(found[0])}` }],
  });
}

/** Adds `namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: <ns>}}` to the peer, before its first key. */
export function addNamespaceSelectorFix({ file, diagnostic }: FixContext): Fix[] {
  const { addNamespace: ns, peerStart, flow } = diagnostic.data ?? {};
  if (typeof ns !== 'string' || typeof peerStart !== 'number') return [];
  const selector = `namespaceSelector: {matchLabels: {${NAMESPACE_NAME_LABEL}: ${ns}}}`;
  const at = flow ? file.text.indexOf('{', peerStart) + 1 : peerStart;
  const indent = ' '.repeat(peerStart - lineStartAt(file.text, peerStart));
  const newText = flow ? `${selector}, ` : `${selector}${eolOf(file.text)}${indent}`;
  return [{ title: `Add a namespaceSelector for namespace '${ns}'`, preferred: true, edits: [{ uri: file.uri, start: at, end: at, newText }] }];
}
