/**
 * What a Service is and where its traffic goes, in the few lines a user needs first: the type in one sentence, the DNS
 * name, the selected workloads, and each port's chain down to the container port.
 */
import type { Config } from '../config';
import { resolveTargetPort, selectedTemplates, templateOwnerName } from '../model/serviceTargets';
import { formatSelector } from '../model/selectors';
import type { ServicePort, ServiceView } from '../model/service';
import type { Snapshot } from '../model/snapshot';
import type { PodTemplate } from '../model/workloads';
import { writtenName } from '../model/resource';
import { mayBeSelected, servedPortNames } from '../rules/_shared/templateLiterals';
import { get, getPair } from '../syntax/nodes';
import { actionText } from '../syntax/helmBlank';
import { foldCopies, plural } from '../strings';

const LIST_LIMIT = 3;

/** "a, b, c and 2 more". */
export function listSome(items: string[], limit = LIST_LIMIT): string {
  const shown = items.slice(0, limit).join(', ');
  return items.length > limit ? `${shown} and ${items.length - limit} more` : shown;
}

export function typeMeaning(svc: ServiceView, config: Config): string {
  const typed = actionText(get(svc.resource.node, 'spec', 'type'));
  if (typed) return `**Type** \`${typed}\`: set when the chart is rendered.`;
  const range = `${config.nodePortRange.min}–${config.nodePortRange.max}`;
  if (svc.type === 'ExternalName') {
    return `**ExternalName**: cluster DNS answers with a CNAME to \`${svc.externalName ?? '?'}\`; nothing is proxied, there is no cluster IP, and the selector and ports do not route traffic.`;
  }
  if (svc.headless) {
    return svc.selector
      ? '**Headless** (`clusterIP: None`): no virtual IP and no load balancing; DNS answers with the IPs of the ready pods it selects (and gives StatefulSet pods stable names).'
      : '**Headless** (`clusterIP: None`): no virtual IP; DNS answers with the addresses of its Endpoints.';
  }
  switch (svc.type) {
    case 'ClusterIP':
      return '**ClusterIP**: a virtual IP reachable only from inside the cluster.';
    case 'NodePort':
      return `**NodePort**: a cluster IP, plus each port opened on every node (nodePort, range ${range}).`;
    case 'LoadBalancer':
      return `**LoadBalancer**: a NodePort Service (nodePort range ${range}) plus an external load balancer that the cloud provider or a controller provisions.`;
    default:
      return `**${svc.type}**: not a Service type the API server accepts (ClusterIP, NodePort, LoadBalancer or ExternalName).`;
  }
}

export function dnsNames(svc: ServiceView, config: Config): string[] {
  const r = svc.resource;
  const name = writtenName(r.nameNode, r.name) ?? '<unnamed>';
  return namespacesOf(svc).map((ns) => `\`${name}.${ns}.svc.${config.clusterDomain}\``);
}

/** The namespaces to show: a Helm template's as written, or the release's when it writes none. */
function namespacesOf(svc: ServiceView): string[] {
  const r = svc.resource;
  if (!r.templated) return r.namespaces;
  return [writtenName(r.namespaceNode, r.declaredNamespace) ?? '<release namespace>'];
}

/** The pod templates the Service selects; for a Helm template, those it may select (null: unknown until rendered). */
function servedBy(snapshot: Snapshot, svc: ServiceView): PodTemplate[] | null {
  return svc.resource.templated ? mayBeSelected(snapshot, svc) : selectedTemplates(snapshot, svc);
}

/** Whether the Service has a selector: a Helm template's may be rendered by an include. */
function hasSelector(svc: ServiceView): boolean {
  return !!svc.selector || (svc.resource.templated && !!getPair(svc.resource.node, 'spec', 'selector'));
}

function selectionLine(snapshot: Snapshot, svc: ServiceView): string {
  if (svc.type === 'ExternalName') return '';
  if (!hasSelector(svc)) return 'No selector: its endpoints come from Endpoints/EndpointSlice objects managed by hand or by a controller.';
  const served = servedBy(snapshot, svc);
  if (!served) return 'Selector rendered from the chart\'s values: the pods it selects are known once the chart is rendered.';
  const owners = served.map(templateOwnerName);
  const where = svc.resource.namespaces.join(', ');
  if (owners.length === 0) return svc.selector ? `Selector \`${formatSelector(svc.selector)}\` selects no pod template in namespace ${where}.` : 'Its selector matches no pod template of the chart.';
  return `Selects ${plural(owners.length, 'pod template')}: ${listSome(foldCopies(owners))}.`;
}

/** `80/TCP → targetPort http → 8080 (container web in deployment/web)`. */
export function portChain(snapshot: Snapshot, svc: ServiceView, sp: ServicePort, config: Config): string {
  const head = `\`${actionText(sp.portNode) ?? sp.port ?? '?'}/${sp.protocol}\`${sp.name ? ` (${sp.name})` : ''}`;
  const node = svc.type === 'NodePort' || svc.type === 'LoadBalancer'
    ? sp.nodePort !== null ? ` · nodePort ${sp.nodePort}` : ` · nodePort allocated from ${config.nodePortRange.min}–${config.nodePortRange.max}`
    : '';
  if (svc.type === 'ExternalName') return `${head}: not proxied (the client connects to the external name on the port it chooses)`;
  const templatedTarget = actionText(sp.targetPortNode);
  const named = templatedTarget ? ` → targetPort \`${templatedTarget}\`` : typeof sp.targetPort === 'string' ? ` → targetPort \`${sp.targetPort}\`` : '';
  const number = sp.targetPort ?? sp.port;
  if (!hasSelector(svc)) return `${head}${node}${named || ` → ${number ?? '?'}`} (on the addresses of its Endpoints)`;
  const landings = new Set<string>();
  if (templatedTarget) return `${head}${node}${named}`;
  const served = servedBy(snapshot, svc) ?? [];
  for (const t of served) {
    for (const hit of resolveTargetPort(t, sp)) {
      const number = actionText(hit.port.containerPortNode) ?? hit.port.containerPort ?? '?';
      landings.add(`${number} (container \`${writtenName(hit.container.nameNode, hit.container.name) ?? '?'}\` in ${templateOwnerName(t)})`);
    }
  }
  if (landings.size > 0) return `${head}${node}${named} → ${listSome([...landings])}`;
  if (served.some((t) => t.owner.templated && servedPortNames(snapshot, t) === null)) return `${head}${node}${named}: the chart's pods may declare it once rendered`;
  const numeric = typeof number === 'number' ? ` → ${number}` : '';
  return `${head}${node}${named}${numeric}: no selected container declares ${typeof sp.targetPort === 'string' ? 'this port name' : 'this port'}`;
}

/** The whole hover of a Service; with `only`, the chain of that one port instead of all. */
export function serviceHover(snapshot: Snapshot, svc: ServiceView, only?: ServicePort): string {
  const config = snapshot.config;
  const r = svc.resource;
  const lines = [
    `**Service** \`${namespacesOf(svc)[0]}/${writtenName(r.nameNode, r.name) ?? '<unnamed>'}\`${r.templated ? ' (Helm template: what its actions render is known once the chart is rendered)' : ''}`,
    typeMeaning(svc, config),
    `DNS: ${dnsNames(svc, config).join(', ')}`,
    selectionLine(snapshot, svc),
  ];
  const ports = only ? [only] : svc.ports;
  if (ports.length > 0) lines.push(ports.map((sp) => `- ${portChain(snapshot, svc, sp, config)}`).join('\n'));
  return lines.filter(Boolean).join('\n\n');
}
