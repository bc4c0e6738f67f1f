import { replacement, replacementFixes } from './_shared/fieldChecks';
import { get, getPair } from '../syntax/nodes';
import { POD_SPEC_VALIDATION, containerLabel, hostNetworkOn, intOf, podTemplateFor } from './podTemplate';
import type { ResourceRule } from './types';

export const hostNetworkHostPort: ResourceRule = {
  id: 'host-network-host-port',
  title: 'hostPort differs from containerPort under hostNetwork',
  description: 'With `hostNetwork: true` a container listens directly on the node, so a port\'s `hostPort` must equal its `containerPort`. The API server rejects a different explicit hostPort; an absent hostPort (or 0) is fine, since defaulting fills in the containerPort for Pods.',
  remediation: 'Remove the hostPort, or set it to the containerPort.',
  ...POD_SPEC_VALIDATION,
  check(ctx) {
    const t = podTemplateFor(ctx);
    if (!t || !hostNetworkOn(t)) return;
    // validatePodHostNetworkDeps looks at regular containers only.
    for (const c of t.containers.filter((x) => !x.init)) {
      for (const p of c.ports) {
        const hp = getPair(p.node, 'hostPort');
        const hostPort = intOf(hp?.value);
        const containerPort = intOf(get(p.node, 'containerPort'));
        if (!hp?.value || !hostPort || containerPort === null || hostPort === containerPort) continue;
        ctx.report({
          start: hp.value.start,
          end: hp.value.end,
          message: `with hostNetwork: true, hostPort must equal containerPort ${containerPort} or be left out; ${hostPort} is rejected (${containerLabel(c)})`,
          data: { reason: 'hostNetwork', ...replacement(String(containerPort), `Change hostPort to ${containerPort}`) },
        });
      }
    }
  },
  fixes: replacementFixes,
};
