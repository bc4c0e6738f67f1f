/**
 * Pods that an operator creates for a custom resource: a Prometheus or an Alertmanager (prometheus-operator), an ECK
 * Elasticsearch or Kibana. The manifest holds no pod template, but the operator stamps known labels on every pod, adds
 * the user's own (`spec.podMetadata.labels`, `podTemplate.metadata.labels`) and declares known container ports, so a
 * Service that selects those pods is satisfied. Each such pod set becomes a PodTemplate whose labels and ports point at
 * the custom resource. Add an operator by adding a row to OPERATOR_POD_KINDS.
 */
import type { StringEntry, YMap, YNode, YPair } from '../syntax/nodes';
import { asMap, asScalar, get, getPair, pairOf, seqItems, str, stringEntries } from '../syntax/nodes';
import type { Resource } from './resource';
import type { Container, PodTemplate, WorkloadKind } from './workloads';

interface PortSpec {
  name: string;
  port: number;
  protocol?: string;
}

/** One set of pods the operator creates: where the user's labels for it are, and what the operator adds. */
interface PodSet {
  /** The map holding the user's pod `labels` (e.g. `spec.podMetadata`), or null when there is none. */
  metadata: YNode | null;
  /** Labels the operator stamps with known values. */
  labels: Record<string, string>;
}

export interface OperatorPodKind {
  kind: string;
  group: string;
  podSets(r: Resource, name: string): PodSet[];
  /** Labels stamped with values the manifest cannot know (pod names, revisions, versions, shards). */
  runtimeLabels: string[];
  container: string;
  ports(r: Resource): PortSpec[];
}

const STATEFULSET_RUNTIME = ['statefulset.kubernetes.io/pod-name', 'controller-revision-hash', 'apps.kubernetes.io/pod-index'];
const PROM_RUNTIME = [...STATEFULSET_RUNTIME, 'app.kubernetes.io/version', 'operator.prometheus.io/shard'];

/** The labels prometheus-operator puts on the pods of every resource it manages (pkg/operator, pkg/prometheus). */
function promOperatorLabels(appName: string, nameLabel: string, name: string): Record<string, string> {
  return {
    'app.kubernetes.io/name': appName,
    'app.kubernetes.io/managed-by': 'prometheus-operator',
    'app.kubernetes.io/instance': name,
    [nameLabel]: name,
  };
}

function podMetadata(r: Resource): PodSet['metadata'] {
  return get(r.node, 'spec', 'podMetadata');
}

/** ECK serves HTTPS unless `spec.http.tls.selfSignedCertificate.disabled` is true; the port name follows. */
function eckHttpName(r: Resource): string {
  return asScalar(get(r.node, 'spec', 'http', 'tls', 'selfSignedCertificate', 'disabled'))?.value === true ? 'http' : 'https';
}

export const OPERATOR_POD_KINDS: readonly OperatorPodKind[] = [
  {
    kind: 'Prometheus',
    group: 'monitoring.coreos.com',
    podSets: (r, name) => [{ metadata: podMetadata(r), labels: { ...promOperatorLabels('prometheus', 'prometheus', name), 'operator.prometheus.io/name': name, 'operator.prometheus.io/mode': 'server' } }],
    runtimeLabels: PROM_RUNTIME,
    container: 'prometheus',
    ports: () => [{ name: 'web', port: 9090 }, { name: 'reloader-web', port: 8080 }],
  },
  {
    kind: 'PrometheusAgent',
    group: 'monitoring.coreos.com',
    podSets: (r, name) => [{ metadata: podMetadata(r), labels: { ...promOperatorLabels('prometheus-agent', 'operator.prometheus.io/name', name), 'operator.prometheus.io/mode': 'agent' } }],
    runtimeLabels: PROM_RUNTIME,
    container: 'prometheus',
    ports: () => [{ name: 'web', port: 9090 }, { name: 'reloader-web', port: 8080 }],
  },
  {
    kind: 'Alertmanager',
    group: 'monitoring.coreos.com',
    podSets: (r, name) => [{ metadata: podMetadata(r), labels: promOperatorLabels('alertmanager', 'alertmanager', name) }],
    runtimeLabels: PROM_RUNTIME,
    container: 'alertmanager',
    ports: () => [{ name: 'web', port: 9093 }, { name: 'mesh-tcp', port: 9094 }, { name: 'mesh-udp', port: 9094, protocol: 'UDP' }, { name: 'reloader-web', port: 8080 }],
  },
  {
    kind: 'ThanosRuler',
    group: 'monitoring.coreos.com',
    podSets: (r, name) => [{ metadata: podMetadata(r), labels: promOperatorLabels('thanos-ruler', 'thanos-ruler', name) }],
    runtimeLabels: PROM_RUNTIME,
    container: 'thanos-ruler',
    ports: () => [{ name: 'grpc', port: 10901 }, { name: 'web', port: 10902 }, { name: 'reloader-web', port: 8080 }],
  },
  {
    kind: 'Elasticsearch',
    group: 'elasticsearch.k8s.elastic.co',
    // One StatefulSet per node set, each with its own pod template.
    podSets: (r, name) =>
      seqItems(get(r.node, 'spec', 'nodeSets')).map((ns) => ({
        metadata: get(ns, 'podTemplate', 'metadata'),
        labels: {
          'common.k8s.elastic.co/type': 'elasticsearch',
          'elasticsearch.k8s.elastic.co/cluster-name': name,
          ...(str(get(ns, 'name')) ? { 'elasticsearch.k8s.elastic.co/statefulset-name': `${name}-es-${str(get(ns, 'name'))}` } : {}),
        },
      })),
    runtimeLabels: [...STATEFULSET_RUNTIME, 'elasticsearch.k8s.elastic.co/version', 'elasticsearch.k8s.elastic.co/config-hash', 'elasticsearch.k8s.elastic.co/http-scheme', 'elasticsearch.k8s.elastic.co/node-master', 'elasticsearch.k8s.elastic.co/node-data', 'elasticsearch.k8s.elastic.co/node-ingest', 'elasticsearch.k8s.elastic.co/node-ml', 'elasticsearch.k8s.elastic.co/node-transform', 'elasticsearch.k8s.elastic.co/node-remote_cluster_client', 'elasticsearch.k8s.elastic.co/node-voting_only'],
    container: 'elasticsearch',
    ports: (r) => [{ name: eckHttpName(r), port: 9200 }, { name: 'transport', port: 9300 }],
  },
  {
    kind: 'Kibana',
    group: 'kibana.k8s.elastic.co',
    podSets: (r, name) => [{ metadata: get(r.node, 'spec', 'podTemplate', 'metadata'), labels: { 'common.k8s.elastic.co/type': 'kibana', 'kibana.k8s.elastic.co/name': name } }],
    runtimeLabels: ['pod-template-hash', 'kibana.k8s.elastic.co/version', 'kibana.k8s.elastic.co/config-checksum'],
    container: 'kibana',
    ports: (r) => [{ name: eckHttpName(r), port: 5601 }],
  },
];

export function findOperatorPodKind(r: Resource): OperatorPodKind | undefined {
  return OPERATOR_POD_KINDS.find((k) => k.kind === r.kind && k.group === r.group);
}

/**
 * The pod sets an operator creates for the resource, as pod templates. Stamped labels and declared ports have no line
 * of their own: they point at the resource's name, which the operator derives them from.
 */
export function operatorPodTemplates(r: Resource, kind: OperatorPodKind): PodTemplate[] {
  if (r.name === null) return [];
  const namePair = getPair(r.node, 'metadata', 'name') ?? pairOf(r.node, 'kind');
  if (!namePair) return [];
  const workload: WorkloadKind = { kind: kind.kind, groups: [kind.group], templatePath: [], runtimeLabels: kind.runtimeLabels, hasSelector: false };
  return kind.podSets(r, r.name).map((set) => {
    // The operator's labels win over the user's with the same key, as it sets them last.
    const own = stringEntries(get(set.metadata, 'labels')).filter((l) => !(l.key in set.labels));
    const stamped: StringEntry[] = Object.entries(set.labels).map(([key, value]) => ({ key, value, pair: namePair }));
    return {
      owner: r,
      workload,
      node: asMap(set.metadata) ?? r.node,
      labels: [...own, ...stamped],
      labelsNode: get(set.metadata, 'labels'),
      spec: null,
      containers: [operatorContainer(r.node, namePair, kind.container, kind.ports(r))],
      runtimeKeys: new Set(kind.runtimeLabels),
      hostNetwork: false,
    };
  });
}

function operatorContainer(node: YMap, at: YPair, name: string, ports: PortSpec[]): Container {
  return {
    node,
    name,
    nameNode: null,
    init: false,
    ports: ports.map((p) => ({ node: { type: 'map', items: [], flow: true, start: at.start, end: at.end }, name: p.name, nameNode: null, containerPort: p.port, containerPortNode: null, protocol: p.protocol ?? 'TCP', hostPort: null, hostIP: null })),
  };
}
