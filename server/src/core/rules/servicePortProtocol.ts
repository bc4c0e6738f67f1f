import { get } from '../syntax/nodes';
import { checkAppProtocol, checkEnumField, PROTOCOLS, replacementFixes } from './_shared/fieldChecks';
import { portEntries } from '../k8s/servicePorts';
import type { ResourceRule } from './types';
import { SERVICE_ERROR, serviceCheck } from './apiValidation';

export const servicePortProtocol: ResourceRule = {
  id: 'service-port-protocol',
  title: 'Service port protocol or appProtocol is invalid',
  description: '`protocol` must be `TCP`, `UDP` or `SCTP` (upper case; it defaults to TCP), and `appProtocol` must be a qualified name such as `http`, `HTTP` or `kubernetes.io/h2c`. The API server rejects other values.',
  remediation: 'Use TCP, UDP or SCTP in upper case; write appProtocol as a name with an optional DNS-subdomain prefix.',
  ...SERVICE_ERROR,
  templates: 'literal',
  check: serviceCheck((ctx) => {
    for (const { node } of portEntries(get(ctx.resource.node, 'spec'))) {
      checkEnumField(ctx.report, get(node, 'protocol'), 'protocol', PROTOCOLS);
      checkAppProtocol(ctx.report, get(node, 'appProtocol'));
    }
  }),
  fixes: replacementFixes,
};
