import { get } from '../syntax/nodes';
import { goValue } from '../k8s/goyaml';
import { isIanaSvcName } from '../k8s/names';
import { looksTemplated, PORT_RANGE, replacement, replacementFixes } from './_shared/fieldChecks';
import { portEntries } from '../k8s/servicePorts';
import type { Finding, ResourceRule } from './types';
import { SERVICE_ERROR, serviceCheck } from './apiValidation';

/**
 * Judges an IntOrString port (`ValidatePortNumOrName`): an integer 1..65535 or an IANA service name. `0` and `""`
 * are left to the caller (a Service defaults them to `port`). Returns the finding, or null when the value is valid.
 */
export function portNumOrNameProblem(node: { start: number; end: number }, value: ReturnType<typeof goValue>, field: string): Finding | null {
  if (!value || value.type === 'null') return null;
  const at = { start: node.start, end: node.end };
  if (value.type === 'bool') return { ...at, message: `${field} must be a port number or name; YAML reads this as the boolean ${value.value}` };
  if (value.type === 'number') {
    if (!Number.isInteger(value.value)) return { ...at, message: `${field} must be an integer from ${PORT_RANGE.min} to ${PORT_RANGE.max} or a port name, got ${value.value}` };
    if (value.value < PORT_RANGE.min || value.value > PORT_RANGE.max) return { ...at, message: `${field} must be between ${PORT_RANGE.min} and ${PORT_RANGE.max}, got ${value.value}` };
    return null;
  }
  const s = value.value;
  if (isIanaSvcName(s) || looksTemplated(s)) return null;
  if (/^\d+$/.test(s)) {
    const n = Number(s);
    const fix = n >= PORT_RANGE.min && n <= PORT_RANGE.max ? { data: replacement(String(n), `Unquote ${n}`) } : {};
    return { ...at, message: `${field} "${s}" is a quoted string, so Kubernetes reads it as a port name, and a port name needs a letter; write the number unquoted`, ...fix };
  }
  const lower = s.toLowerCase();
  const why = s.length > 15 ? `at most 15 characters, '${s}' has ${s.length}` : 'lower-case letters, digits and "-", with at least one letter and no leading, trailing or double "-"';
  return { ...at, message: `${field} '${s}' is not a valid port name (IANA service name): ${why}`, ...(lower !== s && isIanaSvcName(lower) ? { data: replacement(lower, `Lower-case to '${lower}'`) } : {}) };
}

export const serviceTargetPort: ResourceRule = {
  id: 'service-target-port',
  title: 'Service targetPort is neither a port number nor a port name',
  description: '`targetPort` is an integer from 1 to 65535 or the name of a container port (an IANA service name: at most 15 lower-case letters, digits and "-", with at least one letter). A quoted number such as "8080" is a string and therefore an invalid name. An absent targetPort defaults to `port`.',
  remediation: 'Write a port number unquoted, or use a container port name.',
  ...SERVICE_ERROR,
  templates: 'literal',
  check: serviceCheck((ctx) => {
    for (const { node } of portEntries(get(ctx.resource.node, 'spec'))) {
      const tp = get(node, 'targetPort');
      const value = goValue(tp);
      // Defaulting replaces 0 and "" with `port`.
      if (!tp || !value || (value.type === 'number' && value.value === 0) || (value.type === 'string' && value.value === '')) continue;
      const finding = portNumOrNameProblem(tp, value, 'targetPort');
      if (finding) ctx.report(finding);
    }
  }),
  fixes: replacementFixes,
};
