import { checkEnumField, PROTOCOLS, replacementFixes } from '../k8s/fieldChecks';
import { goValue } from '../k8s/goyaml';
import { get } from '../syntax/nodes';
import { POD_SPEC_VALIDATION, containerLabel, eachContainerPort, reportWith } from './podTemplate';
import type { ResourceRule } from './types';

export const containerPortProtocol: ResourceRule = {
  id: 'container-port-protocol',
  title: 'Invalid container port protocol',
  description: 'A container port\'s `protocol` is `TCP`, `UDP` or `SCTP`, in upper case; the API server rejects anything else (it defaults an absent or empty protocol to TCP).',
  remediation: 'Use TCP, UDP or SCTP, or leave the field out for TCP.',
  ...POD_SPEC_VALIDATION,
  check(ctx) {
    eachContainerPort(ctx, (c, p) => {
      const node = get(p.node, 'protocol');
      const v = goValue(node);
      // Defaulting turns an empty protocol into TCP.
      if (v?.type === 'string' && v.value === '') return;
      checkEnumField(reportWith(ctx, ` (${containerLabel(c)})`), node, 'protocol', PROTOCOLS);
    });
  },
  fixes: replacementFixes,
};
