/**
 * Where a NetworkPolicy's selectors look for pods, for the rules that say they match none. A policy and a workload
 * whose namespaces are not written may be applied to the same one. A peer with a podSelector and no
 * namespaceSelector looks in the policy's own namespace only: when none match there but pods in another namespace do,
 * the namespaceSelector was most likely forgotten; the fix adds one that names that namespace by its
 * `kubernetes.io/metadata.name` label, which the API server sets.
 */
import type { Fix } from '../../diagnostics';
import { formatSelector } from '../../model/selectors';
import { knownNamespaces, NAMESPACE_NAME_LABEL } from '../../model/networkPolicy';
import type { NetworkPolicyView, PolicyPeer } from '../../model/networkPolicy';
import { isPodSourceKind, namespacesPhrase } from '../../model/serviceTargets';
import { templatesNamed } from './templateNames';
import { eolOf, lineStartAt } from '../../strings';
import type { FixContext, ResourceContext } from '../types';
import type { Resource } from '../../model/resource';
import type { Selector } from '../../model/selectors';
import { selectorMatches } from '../../model/selectors';
import type { Snapshot } from '../../model/snapshot';

/** Reports the peer when its pods are in another namespace; true when it did. */
export function reportPeerInOtherNamespace(ctx: ResourceContext, policy: NetworkPolicyView, peer: PolicyPeer, what: string): boolean {
  if (peer.namespaceSelector || !peer.podSelector || !peer.podSelectorPair || peer.ipBlock) return false;
  const own = new Set(policy.resource.namespaces);
  const others = knownNamespaces(ctx.snapshot).map((ns) => ns.name).filter((n) => !own.has(n));
  const found = ctx.snapshot.selectTemplates(peer.podSelector, others, policy.resource.uri);
  // A policy or a workload whose namespace is not written may be applied to the same one: nothing is wrong then.
  if (found.length === 0 || matchesWhereItMayBeApplied(ctx.snapshot, policy.resource, peer.podSelector)) return false;
  // A document that cannot be read may hold the pods in the policy's namespace after all (see reportNoMatch).
  if (ctx.snapshot.unknownSourcesFor(policy.resource.uri, policy.resource.namespaces, (k) => isPodSourceKind(ctx.snapshot, k), { selector: peer.podSelector }).length > 0) return false;
  // Where each workload is deployed: its kustomization's namespace first (it may also be applied on its own).
  const namespaces = [...new Set(found.map((t) => t.owner.namespaces.find((n) => !own.has(n))!))].sort();
  const key = peer.podSelectorPair.key;
  const pods = templatesNamed(found);
  ctx.report({
    start: key.start,
    end: key.end,
    message:
      `${what} ${formatSelector(peer.podSelector)} matches pods only in ${namespacesPhrase(namespaces)} (${pods.text}), ` +
      `but a peer without a namespaceSelector selects pods in the policy's own ${namespacesPhrase(policy.resource.namespaces)}; add a namespaceSelector`,
    data: namespaces.length === 1 ? { addNamespace: namespaces[0], peerStart: peer.node.start, flow: peer.node.flow } : undefined,
    related: pods.related,
  });
  return true;
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

/** True when the object's namespace is not written anywhere: `kubectl apply -n`, a chart or a kustomization picks it. */
export function namespaceUnwritten(snapshot: Snapshot, r: Resource): boolean {
  return r.declaredNamespace === null && (snapshot.kustomizeContext(r.uri)?.namespaces.size ?? 0) === 0;
}

/**
 * A template elsewhere matches, and the policy or the template does not write its namespace, so both may well be
 * applied to the same one: the link is possible, not broken.
 */
export function matchesWhereItMayBeApplied(snapshot: Snapshot, r: Resource, selector: Selector): boolean {
  const policyFloats = namespaceUnwritten(snapshot, r);
  return snapshot.templates.some(
    (t) => (policyFloats || namespaceUnwritten(snapshot, t.owner)) && selectorMatches(selector, { get: (k) => t.labels.find((l) => l.key === k)?.value, runtimeKeys: t.runtimeKeys }),
  );
}
