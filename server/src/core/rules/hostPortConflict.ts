import { goInt, goValue } from '../k8s/goyaml';
import type { Container } from '../model/workloads';
import { get, getPair, str } from '../syntax/nodes';
import { POD_SPEC_VALIDATION, containerLabel, podTemplateFor } from './podTemplate';
import type { ResourceContext, ResourceRule } from './types';

/**
 * Reports repeated (hostIP, protocol, hostPort) triples within one group of containers, as AccumulateUniqueHostPorts
 * does. `defaulted` applies the Pod defaulting of hostNetwork pods: an unset hostPort becomes the containerPort.
 */
function checkGroup(ctx: ResourceContext, group: Container[], defaulted: boolean): void {
  const seen = new Map<string, Container>();
  for (const c of group) {
    for (const p of c.ports) {
      const hp = getPair(p.node, 'hostPort');
      const cpNode = get(p.node, 'containerPort');
      const explicit = goInt(goValue(hp?.value));
      const hostPort = explicit || (defaulted ? goInt(goValue(cpNode)) : null);
      const at = explicit ? hp?.value : cpNode;
      if (!hostPort || !at) continue;
      const protocol = str(get(p.node, 'protocol')) || 'TCP';
      const hostIP = str(get(p.node, 'hostIP')) ?? '';
      const key = `${hostIP}/${protocol}/${hostPort}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, c);
        continue;
      }
      const on = `host port ${hostPort}/${protocol}${hostIP ? ` on ${hostIP}` : ''}`;
      const implied = explicit ? '' : ' (hostNetwork sets hostPort to containerPort)';
      ctx.report({
        start: at.start,
        end: at.end,
        message: `${on}${implied} is already claimed by ${first === c ? 'another port of this container' : containerLabel(first)}; each host port may be used once per pod`,
        data: { hostPort, protocol, hostIP },
      });
    }
  }
}

export const hostPortConflict: ResourceRule = {
  id: 'host-port-conflict',
  title: 'Two ports of a pod claim the same host port',
  description: 'The (hostIP, protocol, hostPort) combination must be unique across the regular containers of a pod (each init container is checked on its own). The API server rejects a repeated one. For a Pod with `hostNetwork: true` an unset hostPort counts as the containerPort.',
  remediation: 'Use another hostPort, or remove the duplicate declaration.',
  ...POD_SPEC_VALIDATION,
  check(ctx) {
    const t = podTemplateFor(ctx);
    if (!t) return;
    const hostNetwork = goValue(get(t.spec, 'hostNetwork'));
    // Defaulting fills hostPort in Pods only; a template's pods are defaulted later, when the controller creates them.
    const defaulted = ctx.resource.kind === 'Pod' && hostNetwork?.type === 'bool' && hostNetwork.value;
    checkGroup(ctx, t.containers.filter((c) => !c.init), defaulted);
    for (const c of t.containers.filter((x) => x.init)) checkGroup(ctx, [c], defaulted);
  },
};
