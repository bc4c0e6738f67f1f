/**
 * Hover: the facts a user needs first about what is under the cursor, as short markdown. The LSP layer converts the
 * range and, for clients without markdown, the text (`toPlainText`).
 */
import type { Range } from '../text';
import type { Snapshot } from '../model/snapshot';
import { templateOwnerName } from '../model/serviceTargets';
import type { Link } from '../model/graph/types';
import { asScalar } from '../syntax/nodes';
import { plural } from '../strings';
import { contains, locate } from './locate';
import type { Located } from './locate';
import { linksUnder, referencesTo } from './navigation';
import { listSome, serviceHover } from './hoverService';
import { addressHover, portNumberHover } from './hoverAddress';
import { serviceReferenceHover } from './hoverReference';
import { linkGraph } from '../model/graph/ofSnapshot';
import { linkHead, objectName, referredBy } from './linkWords';
import { policyHover } from './hoverPolicy';
import { endpointsHover, routeHover } from './hoverRoute';
import { networkPolicyOf } from '../model/networkPolicy';
import { connectivitySection } from './hoverConnectivity';

export interface Hover extends Range {
  markdown: string;
}

export function hover(snapshot: Snapshot, uri: string, offset: number): Hover | null {
  const at = locate(snapshot, uri, offset);
  if (!at) return null;
  // A Helm action (`{{- include "web.selectorLabels" . }}`) is blank to the parser: only a link may be written there.
  if (!at.resource || at.path.length === 0) return linksSection(snapshot, uri, offset);
  const leaf = at.path[at.path.length - 1];
  const range = { start: leaf.node.start, end: leaf.node.end };
  const scalar = asScalar(leaf.node);
  const value = leaf.onKey ? null : scalar?.value ?? null;
  const sections = [
    serviceSection(snapshot, at),
    policySection(snapshot, at),
    onName(at) ? routeHover(snapshot, at.resource) ?? endpointsHover(snapshot, at.resource) : null,
    containerPortSection(snapshot, at, offset),
    labelSection(snapshot, at, offset),
    serviceReferenceHover(snapshot, at.resource, offset),
    connectivitySection(snapshot, at, offset),
    typeof value === 'string' ? addressHover(value, at.resource, at.keys, snapshot.config) : null,
    typeof value === 'number' ? portNumberHover(value, at.keys, snapshot.config) : null,
  ].filter((s): s is string => !!s);
  if (sections.length === 0) return linksSection(snapshot, uri, offset);
  return { ...range, markdown: sections.join('\n\n---\n\n') };
}

/** On a Service's name or type: the whole Service; on one of its ports: that port's chain. */
function serviceSection(snapshot: Snapshot, at: Located): string | null {
  const svc = snapshot.service(at.resource!);
  if (!svc) return null;
  const [a, b, c] = at.keys;
  if ((a === 'metadata' && b === 'name') || (a === 'spec' && b === 'type')) return serviceHover(snapshot, svc);
  if (a === 'spec' && b === 'ports' && typeof c === 'number') {
    const sp = svc.ports.find((p) => p.index === c);
    return sp ? serviceHover(snapshot, svc, sp) : null;
  }
  return null;
}

function onName(at: Located): boolean {
  return at.keys.length === 2 && at.keys[0] === 'metadata' && at.keys[1] === 'name';
}

/** In a NetworkPolicy: the policy, one of its rules, or one of their ports. */
function policySection(snapshot: Snapshot, at: Located): string | null {
  const policy = networkPolicyOf(at.resource!);
  return policy ? policyHover(snapshot, policy, at.keys) : null;
}

/** On a container port: which Services send traffic to it, on which of their ports. */
function containerPortSection(snapshot: Snapshot, at: Located, offset: number): string | null {
  const t = snapshot.templateOf(at.resource!);
  const container = t?.containers.find((c) => offset >= c.node.start && offset <= c.node.end);
  const port = container?.ports.find((p) => offset >= p.node.start && offset <= p.node.end);
  if (!t || !container || !port) return null;
  const title = `**Container port** ${port.containerPort ?? '?'}/${port.protocol}${port.name ? ` (\`${port.name}\`)` : ''} of container \`${container.name ?? '?'}\` in ${templateOwnerName(t)}`;
  const into = linkGraph(snapshot).linksInto(at.file.uri).filter((e) => contains(port.node, e.target));
  const routes = [...new Set(into.filter((e) => e.link.kind === 'target-port').map((e) => describeServicePortLink(snapshot, e.link)))];
  const probes = [...new Set(into.filter((e) => e.link.kind === 'probe-port' || e.link.kind === 'network-policy-port').map((e) => `${referredBy(snapshot, e.link)}.`))];
  if (container.init) return `${title}\n\nAn init container: Services never route to it.`;
  const routed = routes.length ? `Routed to by ${plural(routes.length, 'Service port')}: ${listSome(routes)}.` : 'No Service in the workspace routes to this port.';
  return [title, routed, ...probes].join('\n\n');
}

function describeServicePortLink(snapshot: Snapshot, link: Link): string {
  const svc = snapshot.service(link.fromResource);
  const sp = svc?.ports.find((p) => link.from.start >= p.node.start && link.from.start <= p.node.end);
  return `${objectName(link.fromResource)} port ${sp?.port ?? '?'}/${sp?.protocol ?? 'TCP'}${sp?.name ? ` (${sp.name})` : ''}`;
}

/** On a pod template label: which selectors match it. */
function labelSection(snapshot: Snapshot, at: Located, offset: number): string | null {
  const t = snapshot.templateOf(at.resource!);
  const label = t?.labels.find((l) => offset >= l.pair.start && offset <= l.pair.end);
  if (!t || !label) return null;
  const refs = referencesTo(snapshot, at.file.uri, offset).filter((r) => r.target.start === label.pair.start && r.target.end === label.pair.end);
  const by = [...new Set(refs.map((r) => `${referredBy(snapshot, r.link)} (\`${snippet(snapshot, r.link)}\`)`))];
  const title = `**Pod template label** \`${label.key}=${label.value}\` of ${templateOwnerName(t)}`;
  return `${title}\n\n${by.length ? bullets(by) : 'No selector in the workspace selects this template by this label.'}`;
}

/** One line each; past a screenful, how many more. */
function bullets(items: string[], limit = 8): string {
  const lines = items.slice(0, limit).map((i) => `- ${i}`);
  if (items.length > limit) lines.push(`- and ${items.length - limit} more`);
  return lines.join('\n');
}

/** Any other reference: where it leads (so that new link providers get a hover for free). */
function linksSection(snapshot: Snapshot, uri: string, offset: number): Hover | null {
  const links = linksUnder(snapshot, uri, offset);
  const markdown = linkHover(snapshot, links);
  return markdown ? { start: links[0].from.start, end: links[0].from.end, markdown } : null;
}

/** Where links lead; a link to a Service shows that Service, since what it routes to is what the user asks next. */
export function linkHover(snapshot: Snapshot, links: Link[]): string | null {
  if (links.length === 0) return null;
  const targets = [...new Set(links.flatMap((l) => l.to.map((t) => objectName(t.resource))))];
  const head = linkHead(snapshot, links[0], targets.length ? listSome(targets) : null);
  const svc = links[0].to.length ? snapshot.service(links[0].to[0].resource) : null;
  return svc ? `${head}\n\n---\n\n${serviceHover(snapshot, svc)}` : head;
}

/** The reference as written, on one line and short, e.g. `app: web`. */
function snippet(snapshot: Snapshot, link: Link): string {
  const text = (snapshot.files.get(link.from.uri)?.text ?? '').slice(link.from.start, link.from.end).replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Markdown to plain text for clients that cannot render it: drops emphasis and code marks, keeps the words. */
export function toPlainText(markdown: string): string {
  return markdown.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/`([^`]*)`/g, '$1').replace(/^---$/gm, '');
}
