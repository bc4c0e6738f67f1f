/** Helpers shared by the rules that validate pod specs, in a Pod and in every workload's pod template. */
import type { ValueProblem } from '../k8s/portValues';
import type { Container, PodTemplate } from '../model/workloads';
import { findWorkloadKind, podTemplateOf } from '../model/workloads';
import type { Range } from '../text';
import type { ResourceContext } from './types';

/** The pod template of the checked object, or null when it has none or is a Helm template (values unknown). */
export function podTemplateFor(ctx: ResourceContext): PodTemplate | null {
  if (ctx.resource.templated) return null;
  const wk = findWorkloadKind(ctx.snapshot.workloadKinds, ctx.resource);
  return (wk && podTemplateOf(ctx.resource, wk)) || null;
}

/** "container 'web'" or "init container 'setup'", for messages. */
export function containerLabel(c: Container): string {
  return `${c.init ? 'init container' : 'container'} '${c.name ?? '?'}'`;
}

export function reportProblem(ctx: ResourceContext, at: Range, problem: ValueProblem, prefix = ''): void {
  ctx.report({ start: at.start, end: at.end, message: prefix + problem.message, data: problem.data });
}
