import { NAMESPACE_NAME_LABEL, knownNamespaces, networkPolicyOf, policyTemplates } from '../model/networkPolicy';
import type { NetworkPolicyView, PolicyPeer, PolicyRule } from '../model/networkPolicy';
import { labelSourceOf, selectorMatches } from '../model/selectors';
import type { Snapshot } from '../model/snapshot';
import type { ServiceRef } from '../model/serviceRef';
import { referencedServices, servicePortsMatching } from '../model/serviceRef';
import { ingressView, isIngress } from '../model/ingress';
import { routeBackends } from '../model/routes';
import { resolveTargetPort, selectedTemplates, templateOwnerName } from '../model/serviceTargets';
import type { ContainerPort, PodTemplate } from '../model/workloads';
import type { ResourceRule } from './types';
import { PODS } from '../model/signature';

export const ingressControllerBlocked: ResourceRule = {
  id: 'ingress-controller-blocked',
  title: 'Ingress controller cannot reach the backend pods',
  description: "An Ingress or HTTPRoute sends traffic to a Service whose pods a NetworkPolicy isolates for ingress, and no rule of the policies isolating them admits the ingress controller's namespace (setting `ingressControllerNamespaces`) on the pods' port. The controller's connections are then dropped and the route answers 502 or times out. A rule admits the controller when it has no `from`, an `ipBlock` (which may hold the controller's address), or a `namespaceSelector` matching one of those namespaces (whatever its podSelector, since the controller's own labels are not in the manifests).",
  remediation: 'Add an ingress rule to the policy, e.g. `- from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ingress-nginx}}}]` with the port the pods listen on, or set `ingressControllerNamespaces` to where your controller runs.',
  severity: 'warning',
  category: 'links',
  kinds: ['Ingress', 'HTTPRoute'],
  scope: 'resource',
  reads: ['Service', 'NetworkPolicy', 'Namespace', PODS],
  check(ctx) {
    const controllers = ctx.config.ingressControllerNamespaces;
    if (controllers.length === 0) return;
    const r = ctx.resource;
    const refs = isIngress(r) ? ingressView(r).backends : r.kind === 'HTTPRoute' ? routeBackends(r) : [];
    for (const ref of refs) {
      const blocked = blockedTemplates(ctx.snapshot, ref, controllers);
      if (blocked.length === 0) continue;
      const [first] = blocked;
      const more = blocked.length > 1 ? ` (and ${blocked.length - 1} more)` : '';
      ctx.report({
        start: ref.nameNode.start,
        end: ref.nameNode.end,
        message: `the ingress controller cannot reach these pods: NetworkPolicy ${first.policies.join(', ')} isolates ${templateOwnerName(first.template)}${more}, and no rule admits namespace ${controllers.join(' or ')} on TCP ${first.port.containerPort}`,
        data: { templates: blocked.map((b) => b.template.owner.id) },
      });
    }
  },
};

interface Blocked {
  template: PodTemplate;
  port: ContainerPort;
  policies: string[];
}

/** The backend's pods, on the port it sends to, that the policies isolating them keep the controller from. */
function blockedTemplates(snapshot: Snapshot, ref: ServiceRef, controllers: string[]): Blocked[] {
  const out: Blocked[] = [];
  for (const s of referencedServices(snapshot, ref)) {
    const svc = snapshot.service(s);
    if (!svc?.selector || svc.selector.empty) continue;
    const ports = ref.port === null ? svc.ports : servicePortsMatching(svc, ref.port);
    for (const t of selectedTemplates(snapshot, svc)) {
      const isolating = ingressPolicies(snapshot, t);
      if (isolating.length === 0 || t.hostNetwork) continue;
      for (const target of ports.flatMap((sp) => (sp.protocol === 'TCP' ? resolveTargetPort(t, sp) : []))) {
        if (isolating.some((p) => p.ingress.some((rule) => admitsController(snapshot, p, rule, controllers, target.port)))) continue;
        out.push({ template: t, port: target.port, policies: isolating.map((p) => `${p.resource.namespaces[0]}/${p.resource.name ?? ''}`) });
        break;
      }
    }
  }
  return out;
}

function ingressPolicies(snapshot: Snapshot, t: PodTemplate): NetworkPolicyView[] {
  return snapshot.ofKind('NetworkPolicy').flatMap((r) => {
    const v = networkPolicyOf(r);
    return v && v.policyTypes.includes('Ingress') && policyTemplates(snapshot, v).includes(t) ? [v] : [];
  });
}

function admitsController(snapshot: Snapshot, policy: NetworkPolicyView, rule: PolicyRule, controllers: string[], port: ContainerPort): boolean {
  const peers = !rule.restrictsPeers || rule.peers.some((p) => peerMayBeController(snapshot, policy, p, controllers));
  return peers && (rule.ports.length === 0 || rule.ports.some((p) => p.protocol === 'TCP' && (p.port === null || p.port === port.name || (typeof p.port === 'number' && port.containerPort !== null && p.port <= port.containerPort && port.containerPort <= (p.endPort ?? p.port)))));
}

function peerMayBeController(snapshot: Snapshot, policy: NetworkPolicyView, peer: PolicyPeer, controllers: string[]): boolean {
  if (peer.ipBlock) return true;
  if (!peer.namespaceSelector) return controllers.some((c) => policy.resource.namespaces.includes(c));
  const sel = peer.namespaceSelector;
  const known = new Map(knownNamespaces(snapshot).map((n) => [n.name, n.labels]));
  return !sel.unreadable && controllers.some((c) => selectorMatches(sel, labelSourceOf(known.get(c) ?? [{ key: NAMESPACE_NAME_LABEL, value: c }])));
}
