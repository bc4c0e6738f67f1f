/**
 * Pod sources: a Pod, and every object that stamps out pods from a template. Services and NetworkPolicies select the
 * *template's* labels, never the workload's own `metadata.labels`.
 */
import type { WorkloadKindSetting } from '../config';
import type { StringEntry, YMap, YNode, YScalar } from '../syntax/nodes';
import { asMap, asScalar, get, seqItems, str, stringEntries } from '../syntax/nodes';
import type { Resource } from './resource';
import { goValue } from '../k8s/goyaml';

export interface WorkloadKind {
  kind: string;
  /** API groups the kind is known in; empty means any. */
  groups: string[];
  /** Path from the object to the pod template (a map with `metadata` and `spec`); empty for a Pod itself. */
  templatePath: string[];
  /** Labels the controller adds to every pod at run time, whose values the manifest cannot know. */
  runtimeLabels: string[];
  /** True when the object has a `spec.selector` LabelSelector that must match its template. */
  hasSelector: boolean;
}

const JOB_LABELS = ['batch.kubernetes.io/job-name', 'job-name', 'controller-uid', 'batch.kubernetes.io/controller-uid', 'batch.kubernetes.io/job-completion-index'];

export const BUILTIN_WORKLOAD_KINDS: WorkloadKind[] = [
  { kind: 'Pod', groups: [''], templatePath: [], runtimeLabels: [], hasSelector: false },
  { kind: 'Deployment', groups: ['apps', 'extensions'], templatePath: ['spec', 'template'], runtimeLabels: ['pod-template-hash'], hasSelector: true },
  { kind: 'ReplicaSet', groups: ['apps', 'extensions'], templatePath: ['spec', 'template'], runtimeLabels: ['pod-template-hash'], hasSelector: true },
  { kind: 'StatefulSet', groups: ['apps'], templatePath: ['spec', 'template'], runtimeLabels: ['statefulset.kubernetes.io/pod-name', 'controller-revision-hash', 'apps.kubernetes.io/pod-index'], hasSelector: true },
  { kind: 'DaemonSet', groups: ['apps', 'extensions'], templatePath: ['spec', 'template'], runtimeLabels: ['controller-revision-hash', 'pod-template-generation'], hasSelector: true },
  { kind: 'ReplicationController', groups: [''], templatePath: ['spec', 'template'], runtimeLabels: [], hasSelector: false },
  { kind: 'Job', groups: ['batch'], templatePath: ['spec', 'template'], runtimeLabels: JOB_LABELS, hasSelector: false },
  { kind: 'CronJob', groups: ['batch'], templatePath: ['spec', 'jobTemplate', 'spec', 'template'], runtimeLabels: JOB_LABELS, hasSelector: false },
  { kind: 'Rollout', groups: ['argoproj.io'], templatePath: ['spec', 'template'], runtimeLabels: ['rollouts-pod-template-hash'], hasSelector: true },
];

export function workloadKinds(additional: WorkloadKindSetting[]): WorkloadKind[] {
  const extra = additional.map((a) => ({
    kind: a.kind,
    groups: a.group === undefined ? [] : [a.group],
    templatePath: a.podTemplatePath.split('.').filter(Boolean),
    runtimeLabels: [],
    hasSelector: false,
  }));
  return [...extra, ...BUILTIN_WORKLOAD_KINDS];
}

export function findWorkloadKind(kinds: WorkloadKind[], r: Pick<Resource, 'kind' | 'group'>): WorkloadKind | undefined {
  return kinds.find((k) => k.kind === r.kind && (k.groups.length === 0 || k.groups.includes(r.group)));
}

export interface ContainerPort {
  node: YMap;
  name: string | null;
  nameNode: YScalar | null;
  containerPort: number | null;
  containerPortNode: YNode | null;
  protocol: string;
  hostPort: number | null;
  hostIP: string | null;
}

export interface Container {
  node: YMap;
  name: string | null;
  nameNode: YScalar | null;
  /** True for `initContainers`; only regular containers receive Service traffic. */
  init: boolean;
  ports: ContainerPort[];
}

export interface PodTemplate {
  owner: Resource;
  workload: WorkloadKind;
  /** The map holding the template's `metadata` and `spec`; the object itself for a Pod. */
  node: YMap;
  labels: StringEntry[];
  labelsNode: YNode | null;
  spec: YMap | null;
  containers: Container[];
  runtimeKeys: ReadonlySet<string>;
  hostNetwork: boolean;
  /**
   * Set on the variant of a template that a kustomization builds with extra labels (`commonLabels`, `labels`): the
   * kustomization file, and the template as written.
   */
  via?: string;
  base?: PodTemplate;
}

export function podTemplateOf(r: Resource, kind: WorkloadKind): PodTemplate | null {
  const node = asMap(kind.templatePath.length ? get(r.node, ...kind.templatePath) : r.node);
  if (!node) return null;
  const labelsNode = get(node, 'metadata', 'labels');
  const spec = asMap(get(node, 'spec'));
  return {
    owner: r,
    workload: kind,
    node,
    labels: stringEntries(labelsNode),
    labelsNode,
    spec,
    containers: [...containersOf(get(spec, 'containers'), false), ...containersOf(get(spec, 'initContainers'), true)],
    runtimeKeys: new Set(kind.runtimeLabels),
    hostNetwork: asScalar(get(spec, 'hostNetwork'))?.value === true,
  };
}

function containersOf(list: YNode | null, init: boolean): Container[] {
  const out: Container[] = [];
  for (const item of seqItems(list)) {
    const m = asMap(item);
    if (!m) continue;
    const nameNode = asScalar(get(m, 'name'));
    out.push({ node: m, name: str(nameNode), nameNode, init, ports: portsOf(get(m, 'ports')) });
  }
  return out;
}

function portsOf(list: YNode | null): ContainerPort[] {
  const out: ContainerPort[] = [];
  for (const item of seqItems(list)) {
    const m = asMap(item);
    if (!m) continue;
    const nameNode = asScalar(get(m, 'name'));
    const cpNode = get(m, 'containerPort');
    const hp = asScalar(get(m, 'hostPort'))?.value;
    out.push({
      node: m,
      name: str(nameNode),
      nameNode,
      containerPort: intValue(cpNode),
      containerPortNode: cpNode,
      protocol: str(get(m, 'protocol')) || 'TCP',
      hostPort: typeof hp === 'number' && Number.isInteger(hp) ? hp : null,
      hostIP: str(get(m, 'hostIP')),
    });
  }
  return out;
}

/**
 * An integer as kubectl decodes it (go-yaml v2 reads `0b1010000`, `0x50`, `010` and `1_000` as numbers); a quoted
 * number is a string to Kubernetes, so it is not one.
 */
export function intValue(node: YNode | null | undefined): number | null {
  const v = goValue(node);
  return v?.type === 'number' && Number.isInteger(v.value) ? v.value : null;
}
