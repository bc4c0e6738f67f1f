/**
 * The hover of a NetworkPolicy: which pods it isolates and in which directions (policyTypes, as the API server
 * defaults them), and what each rule lets through, from or to whom and on which ports, the ports resolved against
 * the pods the traffic goes to. On one rule, that rule; on one of its ports, that port's container ports.
 */
import type { NetworkPolicyView, PolicyPeer, PolicyPort, PolicyRule } from '../model/networkPolicy';
import { peerPods, policyTemplates } from '../model/networkPolicy';
import { policyPortHits, ruleDestinations } from '../model/policyPorts';
import { formatSelector } from '../model/selectors';
import type { Snapshot } from '../model/snapshot';
import { templateOwnerName } from '../model/serviceTargets';
import type { PodTemplate } from '../model/workloads';
import { get, seqItems, str } from '../syntax/nodes';
import { foldCopies, plural } from '../strings';
import { listSome } from './hoverService';
import { objectName } from './linkWords';

const DIRECTIONS = [
  { type: 'Ingress', key: 'ingress', peers: 'from', noun: 'incoming' },
  { type: 'Egress', key: 'egress', peers: 'to', noun: 'outgoing' },
] as const;

/** The hover for a place in a NetworkPolicy, or null where another hover (a peer's link, a CIDR) says more. */
export function policyHover(snapshot: Snapshot, policy: NetworkPolicyView, keys: (string | number)[]): string | null {
  const [a, b, c, d, e, f] = keys;
  if (a === 'metadata' && b === 'name') return wholePolicy(snapshot, policy);
  if (a !== 'spec') return null;
  if (b === undefined || b === 'policyTypes') return wholePolicy(snapshot, policy);
  if (b === 'podSelector') return policy.podSelector.empty ? `${everyPod(policy)}\n\n${isolates(snapshot, policy)}` : null;
  const dir = DIRECTIONS.find((x) => x.key === b);
  if (!dir) return null;
  const rule = typeof c === 'number' ? policy[dir.key][c] : undefined;
  if (!rule) return c === undefined ? directionLine(snapshot, policy, dir) : null;
  if (d === undefined || (d === dir.peers && e === undefined) || (d === 'ports' && e === undefined)) return `**${dir.type} rule ${Number(c) + 1}** of ${objectName(policy.resource)}\n\n${ruleLine(snapshot, policy, rule)}`;
  if (d === 'ports' && typeof e === 'number' && (f === undefined || f === 'port')) {
    const pp = rule.ports.find((p) => p.node === seqItems(get(rule.node, 'ports'))[e]);
    return pp ? portDetail(snapshot, policy, rule, pp) : null;
  }
  return null;
}

function wholePolicy(snapshot: Snapshot, policy: NetworkPolicyView): string {
  const lines = [`**NetworkPolicy** \`${policy.resource.namespaces[0]}/${policy.resource.name ?? '<unnamed>'}\``, isolates(snapshot, policy)];
  for (const dir of DIRECTIONS) lines.push(directionLine(snapshot, policy, dir));
  return lines.join('\n\n');
}

function everyPod(policy: NetworkPolicyView): string {
  return `\`podSelector: {}\` selects every pod in namespace ${policy.resource.namespaces.join(', ')}, those of workloads not in the workspace too.`;
}

function isolates(snapshot: Snapshot, policy: NetworkPolicyView): string {
  if (policy.podSelector.unreadable) return 'Its podSelector cannot be read: the pods it isolates are unknown.';
  const templates = policyTemplates(snapshot, policy);
  const selector = policy.podSelector.empty ? 'every pod in the namespace' : `pods with \`${formatSelector(policy.podSelector)}\``;
  return templates.length ? `Isolates ${selector}: ${plural(templates.length, 'pod template')}, ${names(templates)}.` : `Isolates ${selector}: no pod template in the workspace.`;
}

/** `**Ingress** is isolated: allowed only …`, with one line per rule. */
function directionLine(snapshot: Snapshot, policy: NetworkPolicyView, dir: (typeof DIRECTIONS)[number]): string {
  const rules = policy[dir.key];
  if (!policy.policyTypes.includes(dir.type)) {
    const why = rules.length ? ` (policyTypes leaves out ${dir.type}, so its ${plural(rules.length, 'rule')} ${rules.length === 1 ? 'has' : 'have'} no effect)` : '';
    return `**${dir.type}**: not isolated by this policy${why}.`;
  }
  if (rules.length === 0) return `**${dir.type}**: isolated, and no rule allows any: all ${dir.noun} traffic is denied, unless another policy allows it.`;
  return `**${dir.type}**: isolated; allowed only\n${rules.map((r, i) => `- rule ${i + 1}: ${ruleLine(snapshot, policy, r)}`).join('\n')}`;
}

/** `from pods with app=web in namespace shop (deployment/web), on port 8080/TCP`. */
function ruleLine(snapshot: Snapshot, policy: NetworkPolicyView, rule: PolicyRule): string {
  const preposition = rule.direction === 'ingress' ? 'from' : 'to';
  const whom = rule.restrictsPeers ? rule.peers.map((p) => peerPhrase(snapshot, policy, p)).join('; or ') : rule.direction === 'ingress' ? 'any source' : 'any destination';
  const ports = rule.ports.length ? `on ${rule.ports.map((p) => portPhrase(snapshot, policy, rule, p)).join(', ')}` : 'on every port';
  return `${preposition} ${whom}, ${ports}`;
}

function peerPhrase(snapshot: Snapshot, policy: NetworkPolicyView, peer: PolicyPeer): string {
  if (peer.ipBlock) {
    const except = seqItems(get(peer.ipBlock, 'except')).map((n) => `\`${str(n) ?? '?'}\``);
    return `addresses in \`${str(get(peer.ipBlock, 'cidr')) ?? '?'}\`${except.length ? ` except ${except.join(', ')}` : ''}`;
  }
  const pods = peer.podSelector && !peer.podSelector.empty ? `pods with \`${formatSelector(peer.podSelector)}\`` : 'every pod';
  const ns = peer.namespaceSelector
    ? peer.namespaceSelector.empty ? 'in every namespace' : `in namespaces with \`${formatSelector(peer.namespaceSelector)}\``
    : `in namespace ${policy.resource.namespaces.join(', ')}`;
  const found = peerPods(snapshot, policy, peer);
  if (!found) return `${pods} ${ns}`;
  const where = peer.namespaceSelector && !peer.namespaceSelector.empty && found.namespaces.length ? ` (${found.namespaces.join(', ')})` : '';
  const known = found.templates.length ? `: ${names(found.templates)}` : found.complete ? ': no pod template in the workspace' : '';
  return `${pods} ${ns}${where}${known}${found.complete ? '' : ', and pods the workspace does not describe'}`;
}

/** `port 8080/TCP`, `ports 8000–8100/TCP`, `port \`http\`/TCP (8080 in deployment/api)`. */
function portPhrase(snapshot: Snapshot, policy: NetworkPolicyView, rule: PolicyRule, pp: PolicyPort): string {
  if (pp.port === null) return `every ${pp.protocol} port`;
  const written = typeof pp.port === 'string' ? `port \`${pp.port}\`/${pp.protocol}` : pp.endPort ? `ports ${pp.port}–${pp.endPort}/${pp.protocol}` : `port ${pp.port}/${pp.protocol}`;
  if (typeof pp.port !== 'string') return written;
  const hits = policyPortHits(ruleDestinations(snapshot, policy, rule), pp);
  const numbers = [...new Set(hits.map((h) => `${h.port.containerPort ?? '?'} in ${templateOwnerName(h.template)}`))];
  return `${written} (${numbers.length ? listSome(foldCopies(numbers)) : 'no destination pod in the workspace names it'})`;
}

/** On one port of a rule: the container ports it opens, on which pods. */
function portDetail(snapshot: Snapshot, policy: NetworkPolicyView, rule: PolicyRule, pp: PolicyPort): string {
  const head = `**Policy port** ${portPhrase(snapshot, policy, rule, pp).replace(/ \(.*\)$/, '')} of ${objectName(policy.resource)}`;
  const destinations = ruleDestinations(snapshot, policy, rule);
  const whose = rule.direction === 'ingress' ? 'the pods the policy isolates' : 'the pods of the rule\'s `to` peers';
  if (rule.direction === 'egress' && !rule.restrictsPeers) return `${head}\n\nAllowed to any destination: the port is read on each destination pod.`;
  const hits = policyPortHits(destinations, pp);
  const named = typeof pp.port === 'string' ? `A port name: it allows the container ports named \`${pp.port}\` on ${whose}, whatever their numbers.` : `Read on ${whose}.`;
  const list = hits.map((h) => `- ${h.port.containerPort ?? '?'}/${h.port.protocol}${h.port.name ? ` (\`${h.port.name}\`)` : ''} of container \`${h.container.name ?? '?'}\` in ${templateOwnerName(h.template)}`);
  const found = list.length ? `Container ports it opens:\n${[...new Set(list)].join('\n')}` : `No container of ${whose} in the workspace declares it.`;
  return `${head}\n\n${named}\n\n${found}`;
}

function names(templates: PodTemplate[]): string {
  return listSome(foldCopies(templates.map(templateOwnerName)));
}
