import { get } from '../syntax/nodes';
import { hostAliasesOf, POD_SPEC_VALIDATION } from './podTemplate';
import { checkIPField } from './_shared/ipChecks';
import type { ResourceRule } from './types';

export const hostAliasIP: ResourceRule = {
  id: 'host-alias-ip',
  title: 'hostAliases entry has no valid IP address',
  description: 'Each entry of a pod\'s `spec.hostAliases` is written into the pod\'s /etc/hosts and needs `ip`, a valid IPv4 or IPv6 address (not a host name or CIDR). The API server rejects the pod, or the workload whose template holds it, otherwise.',
  remediation: 'Set `ip` to the address the host names should resolve to.',
  ...POD_SPEC_VALIDATION,
  check(ctx) {
    for (const alias of hostAliasesOf(ctx)) {
      const ip = get(alias, 'ip');
      if (ip) checkIPField(ctx.report, ip, 'hostAliases ip', { nonSpecial: false });
      else if (alias.type === 'map' && alias.items[0]) ctx.report({ start: alias.items[0].key.start, end: alias.items[0].key.end, message: 'this hostAliases entry needs an ip' });
    }
  },
};
