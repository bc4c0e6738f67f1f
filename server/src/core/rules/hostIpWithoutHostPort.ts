import { readString } from '../k8s/goyaml';
import { getPair } from '../syntax/nodes';
import { POD_SPEC_VALIDATION, containerLabel, eachContainerPort, intOf } from './podTemplate';
import type { ResourceRule } from './types';

export const hostIpWithoutHostPort: ResourceRule = {
  id: 'host-ip-without-host-port',
  title: 'hostIP without hostPort',
  description: 'A container port sets `hostIP` but no `hostPort`, so nothing is bound on the node and the hostIP has no effect. The API server accepts the pod with a warning.',
  remediation: 'Add the hostPort that should listen on that address, or remove hostIP.',
  ...POD_SPEC_VALIDATION,
  severity: 'warning',
  check(ctx) {
    eachContainerPort(ctx, (c, p) => {
      const hostIP = getPair(p.node, 'hostIP');
      const ip = readString(hostIP?.value);
      if (!hostIP || !ip?.ok || ip.value === '' || intOf(getPair(p.node, 'hostPort')?.value)) return;
      ctx.report({ start: hostIP.key.start, end: hostIP.key.end, message: `hostIP ${ip.value} is set without a hostPort, so it has no effect (${containerLabel(c)})`, data: { reason: 'host-ip' } });
    });
  },
};
