/**
 * What a Service is and where its traffic goes, in the few lines a user needs first: the type in one sentence, the DNS
 * name, the selected workloads, and each port's chain down to the container port.
 */
import type { Config } from '../config';
import { resolveTargetPort, selectedTemplates, templateOwnerName } from '../model/links';
import { formatSelector } from '../model/selectors';
import type { ServicePort, ServiceView } from '../model/service';
import type { Snapshot } from '../model/snapshot';
import { plural } from '../strings';

const LIST_LIMIT = 3;

/**
 * Names with repeats folded: the same workload found in several folders (copies of an example, overlays) reads
 * `deployment/web (3 copies)` rather than three times.
 */
export function foldCopies(names: string[]): string[] {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].map(([n, c]) => (c > 1 ? `${n} (${c} copies)` : n));
}

/** "a, b, c and 2 more". */
export function listSome(items: string[], limit = LIST_LIMIT): string {
  const shown = items.slice(0, limit).join(', ');
  return items.length > limit ? `${shown} and ${items.length - limit} more` : shown;
}

export function typeMeaning(svc: ServiceView, config: Config): string {
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
  const name = svc.resource.name ?? '<unnamed>';
  return svc.resource.namespaces.map((ns) => `\`${name}.${ns}.svc.${config.clusterDomain}\``);
}

function selectionLine(snapshot: Snapshot, svc: ServiceView): string {
  if (svc.type === 'ExternalName') return '';
  if (!svc.selector) return 'No selector: its endpoints come from Endpoints/EndpointSlice objects managed by hand or by a controller.';
  const owners = selectedTemplates(snapshot, svc).map(templateOwnerName);
  const where = svc.resource.namespaces.join(', ');
  if (owners.length === 0) return `Selector \`${formatSelector(svc.selector)}\` selects no pod template in namespace ${where}.`;
  return `Selects ${plural(owners.length, 'pod template')}: ${listSome(foldCopies(owners))}.`;
}

/** `80/TCP → targetPort http → 8080 (container web in deployment/web)`. */
export function portChain(snapshot: Snapshot, svc: ServiceView, sp: ServicePort, config: Config): string {
  const head = `\`${sp.port ?? '?'}/${sp.protocol}\`${sp.name ? ` (${sp.name})` : ''}`;
  const node = svc.type === 'NodePort' || svc.type === 'LoadBalancer'
    ? sp.nodePort !== null ? ` · nodePort ${sp.nodePort}` : ` · nodePort allocated from ${config.nodePortRange.min}–${config.nodePortRange.max}`
    : '';
  if (svc.type === 'ExternalName') return `${head}: not proxied (the client connects to the external name on the port it chooses)`;
  const named = typeof sp.targetPort === 'string' ? ` → targetPort \`${sp.targetPort}\`` : '';
  const number = sp.targetPort ?? sp.port;
  if (!svc.selector) return `${head}${node}${named || ` → ${number ?? '?'}`} (on the addresses of its Endpoints)`;
  const landings = new Set<string>();
  for (const t of selectedTemplates(snapshot, svc)) {
    for (const hit of resolveTargetPort(t, sp)) landings.add(`${hit.port.containerPort ?? '?'} (container \`${hit.container.name ?? '?'}\` in ${templateOwnerName(t)})`);
  }
  if (landings.size > 0) return `${head}${node}${named} → ${listSome([...landings])}`;
  const numeric = typeof number === 'number' ? ` → ${number}` : '';
  return `${head}${node}${named}${numeric}: no selected container declares ${typeof sp.targetPort === 'string' ? 'this port name' : 'this port'}`;
}

/** The whole hover of a Service; with `only`, the chain of that one port instead of all. */
export function serviceHover(snapshot: Snapshot, svc: ServiceView, only?: ServicePort): string {
  const config = snapshot.config;
  const r = svc.resource;
  const lines = [
    `**Service** \`${r.namespaces[0]}/${r.name ?? '<unnamed>'}\``,
    typeMeaning(svc, config),
    `DNS: ${dnsNames(svc, config).join(', ')}`,
    selectionLine(snapshot, svc),
  ];
  const ports = only ? [only] : svc.ports;
  if (ports.length > 0) lines.push(ports.map((sp) => `- ${portChain(snapshot, svc, sp, config)}`).join('\n'));
  return lines.filter(Boolean).join('\n\n');
}
