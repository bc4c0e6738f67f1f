/** A range-carrying view of a core/v1 Service. */
import type { YMap, YNode, YScalar } from '../syntax/nodes';
import { asMap, asScalar, get, pairOf, seqItems, str } from '../syntax/nodes';
import type { Resource } from './resource';
import type { Selector } from './selectors';
import { mapSelector } from './selectors';
import { intValue } from './workloads';
import { goValue } from '../k8s/goyaml';

export interface ServicePort {
  node: YMap;
  index: number;
  name: string | null;
  nameNode: YScalar | null;
  port: number | null;
  portNode: YNode | null;
  /** The targetPort as kubectl reads it: a number, a name, or null when absent (it then defaults to `port`). */
  targetPort: number | string | null;
  targetPortNode: YScalar | null;
  protocol: string;
  nodePort: number | null;
  nodePortNode: YNode | null;
}

export interface ServiceView {
  resource: Resource;
  type: string;
  /** Null when the Service has no `spec.selector` (its endpoints are managed by hand or by a controller). */
  selector: Selector | null;
  selectorNode: YNode | null;
  /** The selector as each kustomization that builds the Service makes it (with its commonLabels); see Snapshot.service. */
  variantSelectors: { selector: Selector; via: string }[];
  ports: ServicePort[];
  clusterIP: string | null;
  headless: boolean;
  externalName: string | null;
}

export function isService(r: Resource): boolean {
  return r.kind === 'Service' && r.group === '';
}

/**
 * The targetPort as kubectl decodes it: go-yaml v2 reads `0b1010000` and `0x50` as the number 80, where YAML 1.2 reads
 * a name. A boolean (`yes`) or a fraction is kept as written; the API server rejects it (service-target-port).
 */
function targetPortOf(node: YScalar | null): number | string | null {
  const v = goValue(node);
  if (!node || !v || v.type === 'null') return null;
  return v.type === 'number' && Number.isInteger(v.value) ? v.value : v.type === 'string' ? v.value : node.raw;
}

export function serviceView(r: Resource): ServiceView {
  const spec = get(r.node, 'spec');
  const selectorPair = pairOf(spec, 'selector');
  const selectorNode = selectorPair?.value ?? null;
  const clusterIP = str(get(spec, 'clusterIP'));
  return {
    resource: r,
    type: str(get(spec, 'type')) ?? 'ClusterIP',
    selector: selectorPair && asMap(selectorNode) && asMap(selectorNode)!.items.length > 0 ? mapSelector(selectorNode) : null,
    selectorNode,
    variantSelectors: [],
    ports: seqItems(get(spec, 'ports')).flatMap((item, index) => {
      const m = asMap(item);
      if (!m) return [];
      const nameNode = asScalar(get(m, 'name'));
      const tpNode = asScalar(get(m, 'targetPort'));
      const portNode = get(m, 'port');
      const nodePortNode = get(m, 'nodePort');
      return [{
        node: m,
        index,
        name: str(nameNode),
        nameNode,
        port: intValue(portNode),
        portNode,
        targetPort: targetPortOf(tpNode),
        targetPortNode: tpNode,
        protocol: str(get(m, 'protocol')) || 'TCP',
        nodePort: intValue(nodePortNode),
        nodePortNode,
      }];
    }),
    clusterIP,
    headless: clusterIP === 'None',
    externalName: str(get(spec, 'externalName')),
  };
}
