import { replacement, replacementFixes } from './_shared/fieldChecks';
import { goValue } from '../k8s/goyaml';
import { isDns1123Label } from '../k8s/names';
import { asScalar, getPair } from '../syntax/nodes';
import { POD_SPEC_VALIDATION, podTemplateFor } from './podTemplate';
import type { ResourceRule } from './types';

/** Why a string is not a DNS-1123 label, for messages. */
function labelProblem(s: string): string {
  if (s.length > 63) return `must be at most 63 characters; it has ${s.length}`;
  if (s.includes('.')) return 'must be a single DNS label, without dots';
  return "must consist of lower-case letters, digits and '-', and start and end with a letter or digit";
}

export const podHostname: ResourceRule = {
  id: 'pod-hostname',
  title: 'Invalid pod hostname or subdomain',
  description: "A pod's `spec.hostname` and `spec.subdomain` are each a DNS-1123 label: at most 63 lower-case letters, digits and '-', no dots. The API server rejects anything else. (The subdomain must also name a headless Service for the pod to get a DNS record.)",
  remediation: 'Use a lower-case DNS label; put further domain parts in the headless Service name, not in the subdomain.',
  ...POD_SPEC_VALIDATION,
  check(ctx) {
    const t = podTemplateFor(ctx);
    for (const field of ['hostname', 'subdomain']) {
      const pair = getPair(t?.spec, field);
      const v = goValue(pair?.value);
      if (!pair?.value || !v || v.type === 'null' || (v.type === 'string' && v.value === '')) continue;
      const text = v.type === 'string' ? v.value : (asScalar(pair.value)?.raw ?? '');
      if (v.type === 'string' && isDns1123Label(text)) continue;
      const lower = text.toLowerCase();
      const data = v.type === 'string' && isDns1123Label(lower) ? replacement(lower, `Change to '${lower}'`) : {};
      ctx.report({ start: pair.value.start, end: pair.value.end, message: `spec.${field} '${text}' ${labelProblem(text)} (DNS-1123 label)`, data: { field, ...data } });
    }
  },
  fixes: replacementFixes,
};
