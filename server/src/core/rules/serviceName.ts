import { isDns1035Label } from '../k8s/names';
import { looksTemplated } from './_shared/fieldChecks';
import { replacement, replacementFixes } from './_shared/fieldChecks';
import type { ResourceRule } from './types';
import { SERVICE_ERROR, serviceCheck } from './apiValidation';

export const serviceName: ResourceRule = {
  id: 'service-name-invalid',
  title: 'Service name is not a DNS-1035 label',
  description: 'A Service name becomes a DNS name in the cluster, so the API server requires a DNS-1035 label: at most 63 lower-case letters, digits and "-", starting with a letter and ending with a letter or digit.',
  remediation: 'Rename the Service, e.g. lower-case it, or put a letter before a leading digit.',
  ...SERVICE_ERROR,
  check: serviceCheck((ctx) => {
    const r = ctx.resource;
    const node = r.nameNode;
    if (!node || r.name === null || isDns1035Label(r.name) || looksTemplated(r.name)) return;
    const name = r.name;
    const why = name.length > 63 ? `it has ${name.length} characters, at most 63 are allowed` : /^[0-9]/.test(name) ? 'it must start with a letter' : 'it may only hold lower-case letters, digits and "-", and must start with a letter and end with a letter or digit';
    const lower = name.toLowerCase();
    ctx.report({
      start: node.start,
      end: node.end,
      message: `Service name '${name}' is not a DNS-1035 label: ${why}`,
      ...(lower !== name && isDns1035Label(lower) ? { data: replacement(lower, `Rename to '${lower}'`) } : {}),
    });
  }),
  fixes: replacementFixes,
};
