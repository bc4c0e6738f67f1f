import { get, getPair } from '../syntax/nodes';
import { checkIntField, PORT_RANGE, replacementFixes } from './_shared/fieldChecks';
import { portEntries } from '../k8s/servicePorts';
import type { ResourceRule } from './types';
import { SERVICE_ERROR, serviceCheck } from './apiValidation';

export const servicePortNumber: ResourceRule = {
  id: 'service-port-number',
  title: 'Service port is not a number from 1 to 65535',
  description: 'Each entry of a Service\'s `spec.ports` needs `port`, an integer from 1 to 65535. A quoted number ("80") is a string, which the API server cannot decode into the integer field, so it rejects the whole object.',
  remediation: 'Write the port as a plain number between 1 and 65535.',
  ...SERVICE_ERROR,
  check: serviceCheck((ctx) => {
    for (const { node } of portEntries(get(ctx.resource.node, 'spec'))) {
      const portPair = getPair(node, 'port');
      if (!portPair?.value) {
        const anchor = portPair?.key ?? node.items[0]?.key ?? node;
        ctx.report({ start: anchor.start, end: anchor.end, message: 'port is required: every Service port needs a number from 1 to 65535' });
        continue;
      }
      checkIntField(ctx.report, portPair.value, 'port', PORT_RANGE);
    }
  }),
  fixes: replacementFixes,
};
