/** Helpers shared by the rules that validate pod specs, in a Pod and in every workload's pod template. */
import type { Report } from './_shared/fieldChecks';
import { goValue, readInt } from '../k8s/goyaml';
import type { Container, ContainerPort, PodTemplate } from '../model/workloads';
import { findWorkloadKind } from '../model/workloads';
import type { YMap, YNode } from '../syntax/nodes';
import { asMap, get, seqItems } from '../syntax/nodes';
import type { ResourceContext, ResourceRule } from './types';
import type { ProbePort } from '../model/probes';
import { probePorts } from '../model/probes';
import { writtenName } from '../model/resource';

/** The pod template of the checked object, or null when it has none. */
export function podTemplateFor(ctx: ResourceContext): PodTemplate | null {
  // The snapshot's template, worked out once per object (an operator's custom resource has one too, but its pod spec
  // is the operator's business: only workload kinds count here).
  return findWorkloadKind(ctx.snapshot.workloadKinds, ctx.resource) ? (ctx.snapshot.templateOf(ctx.resource) ?? null) : null;
}

/** "container 'web'" or "init container 'setup'", for messages. */
export function containerLabel(c: Container): string {
  return `${c.init ? 'init container' : 'container'} '${writtenName(c.nameNode, c.name) ?? '?'}'`;
}

/** A report function that appends `suffix` (e.g. " (container 'web')") to every message. */
export function reportWith(ctx: ResourceContext, suffix: string): Report {
  return (finding) => ctx.report({ ...finding, message: finding.message + suffix });
}

/** The metadata every pod-spec validation rule shares: the API server rejects what it finds, in any pod template. */
export const POD_SPEC_VALIDATION: Pick<ResourceRule, 'severity' | 'category' | 'kinds' | 'scope'> = {
  severity: 'error',
  category: 'api-validation',
  kinds: ['*'],
  scope: 'resource',
};

/** Calls `fn` for every port of every container (regular and init) of the checked object's pod template. */
export function eachContainerPort(ctx: ResourceContext, fn: (c: Container, p: ContainerPort, index: number) => void): void {
  for (const c of podTemplateFor(ctx)?.containers ?? []) c.ports.forEach((p, i) => fn(c, p, i));
}

export const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];

/** A probe or a lifecycle hook of a container: both hold one handler (exec, httpGet, tcpSocket, grpc or sleep). */
export interface Handler {
  /** `livenessProbe`, `lifecycle.preStop`, … for messages. */
  path: string;
  node: YMap;
  probe: boolean;
}

export function handlersOf(c: Container): Handler[] {
  const out: Handler[] = [];
  for (const key of PROBES) {
    const node = asMap(get(c.node, key));
    if (node) out.push({ path: key, node, probe: true });
  }
  for (const key of ['postStart', 'preStop']) {
    const node = asMap(get(c.node, 'lifecycle', key));
    if (node) out.push({ path: `lifecycle.${key}`, node, probe: false });
  }
  return out;
}

/** The ports the probes and lifecycle hooks of the checked object's pod template connect to. */
export function probePortsOf(ctx: ResourceContext): ProbePort[] {
  const t = ctx.snapshot.templateOf(ctx.resource);
  return t ? probePorts(t) : [];
}

/** The entries of the checked object's pod template `hostAliases` (each written into the pod's /etc/hosts). */
export function hostAliasesOf(ctx: ResourceContext): YNode[] {
  return seqItems(get(podTemplateFor(ctx)?.spec, 'hostAliases'));
}

/** Calls `fn` for every probe and lifecycle hook of every container of the checked object's pod template. */
export function eachHandler(ctx: ResourceContext, fn: (c: Container, h: Handler) => void): void {
  for (const c of podTemplateFor(ctx)?.containers ?? []) for (const h of handlersOf(c)) fn(c, h);
}

/** `spec.hostNetwork: true`, read as Go reads it (`yes` and `on` are true in YAML 1.1). */
export function hostNetworkOn(t: PodTemplate): boolean {
  const v = goValue(get(t.spec, 'hostNetwork'));
  return v?.type === 'bool' && v.value;
}

/** An int32 field's value when it decodes as an integer, else null. */
export function intOf(node: YNode | null | undefined): number | null {
  const r = readInt(node);
  return r?.ok ? r.value : null;
}
