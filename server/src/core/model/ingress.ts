/**
 * A range-carrying view of an Ingress: its Service backends (the default backend and every path's), in both the
 * networking.k8s.io/v1 form (`service.name`, `service.port.number|name`) and the removed v1beta1 form
 * (`serviceName`, `servicePort`). Resource backends are not Services and are left out.
 */
import type { YMap, YNode, YPair } from '../syntax/nodes';
import { asMap, asScalar, get, getPair, seqItems } from '../syntax/nodes';
import type { Resource } from './resource';
import type { ServiceRef } from './serviceRef';

/** API versions that served Ingress before networking.k8s.io/v1 and were removed in Kubernetes 1.22. */
export const REMOVED_INGRESS_APIS = ['extensions/v1beta1', 'networking.k8s.io/v1beta1'];

export function isIngress(r: Resource): boolean {
  return r.kind === 'Ingress' && (r.group === 'networking.k8s.io' || r.group === 'extensions');
}

export interface IngressView {
  resource: Resource;
  /** True for the removed v1beta1 API versions. */
  legacy: boolean;
  backends: ServiceRef[];
}

export function ingressView(r: Resource): IngressView {
  const spec = get(r.node, 'spec');
  const backendNodes: YNode[] = [];
  for (const key of ['defaultBackend', 'backend']) {
    const b = get(spec, key);
    if (b) backendNodes.push(b);
  }
  for (const path of ingressPaths(asMap(spec))) {
    const b = get(path.node, 'backend');
    if (b) backendNodes.push(b);
  }
  return {
    resource: r,
    legacy: REMOVED_INGRESS_APIS.includes(r.apiVersion),
    backends: backendNodes.flatMap((b) => {
      const ref = backendRef(r, b);
      return ref ? [ref] : [];
    }),
  };
}

export interface IngressPath {
  node: YMap;
  /** The `http:` pair of the rule holding the path. */
  http: YPair;
}

export function ingressRules(spec: YMap | null): YNode[] {
  return seqItems(get(spec, 'rules'));
}

/** Every path of every rule, with the `http:` pair that holds it. */
export function ingressPaths(spec: YMap | null): IngressPath[] {
  const out: IngressPath[] = [];
  for (const rule of ingressRules(spec)) {
    const http = getPair(rule, 'http');
    if (!http) continue;
    for (const p of seqItems(get(http.value, 'paths'))) {
      const node = asMap(p);
      if (node) out.push({ node, http });
    }
  }
  return out;
}

/** The `backend:` pairs of every path, and `defaultBackend:`. */
export function ingressBackends(spec: YMap): YPair[] {
  const pairs = [getPair(spec, 'defaultBackend'), ...ingressPaths(spec).map((p) => getPair(p.node, 'backend'))];
  return pairs.filter((p): p is YPair => !!p);
}

function backendRef(r: Resource, backend: YNode): ServiceRef | null {
  const service = get(backend, 'service');
  const nameNode = asScalar(service ? get(service, 'name') : get(backend, 'serviceName'));
  if (!nameNode || typeof nameNode.value !== 'string' || nameNode.value === '') return null;
  // v1 keeps the number and the name apart (a quoted number under `number` is rejected on decoding, so it is no
  // reference); v1beta1's servicePort is an IntOrString, a number or a port name.
  const numberNode = asScalar(get(service, 'port', 'number'));
  const portNode = service ? (typeof numberNode?.value === 'number' ? numberNode : asScalar(get(service, 'port', 'name'))) : asScalar(get(backend, 'servicePort'));
  const port = portNode && (typeof portNode.value === 'number' || typeof portNode.value === 'string') ? portNode.value : null;
  return { from: r, name: nameNode.value, nameNode, namespaces: r.namespaces, crossNamespace: false, port, portNode: port === null ? null : portNode };
}
