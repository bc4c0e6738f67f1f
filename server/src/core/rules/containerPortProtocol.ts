import { checkEnumField, PROTOCOLS, replacementFixes } from './_shared/fieldChecks';
import { get } from '../syntax/nodes';
import { POD_SPEC_VALIDATION, containerLabel, eachContainerPort, reportWith } from './podTemplate';
import type { ResourceRule } from './types';

export const containerPortProtocol: ResourceRule = {
  id: 'container-port-protocol',
  title: 'Invalid container port protocol',
  description: 'A container port\'s `protocol` is `TCP`, `UDP` or `SCTP`, in upper case; the API server rejects anything else (it defaults an absent or empty protocol to TCP).',
  remediation: 'Use TCP, UDP or SCTP, or leave the field out for TCP.',
  ...POD_SPEC_VALIDATION,
  templates: 'literal',
  check(ctx) {
    eachContainerPort(ctx, (c, p) => {
      // An empty protocol is left alone: defaulting turns it into TCP.
      checkEnumField(reportWith(ctx, ` (${containerLabel(c)})`), get(p.node, 'protocol'), 'protocol', PROTOCOLS);
    });
  },
  fixes: replacementFixes,
};
