import { protocolProblem } from '../k8s/portValues';
import { POD_SPEC_VALIDATION, checkPortField, eachContainerPort } from './podTemplate';
import { replacementFixes } from './replacementFix';
import type { ResourceRule } from './types';

export const containerPortProtocol: ResourceRule = {
  id: 'container-port-protocol',
  title: 'Invalid container port protocol',
  description: 'A container port\'s `protocol` is `TCP`, `UDP` or `SCTP`, in upper case; the API server rejects anything else (it defaults an absent protocol to TCP).',
  remediation: 'Use TCP, UDP or SCTP, or leave the field out for TCP.',
  ...POD_SPEC_VALIDATION,
  check(ctx) {
    eachContainerPort(ctx, (c, p) => checkPortField(ctx, c, p.node, 'protocol', protocolProblem));
  },
  fixes: replacementFixes,
};
