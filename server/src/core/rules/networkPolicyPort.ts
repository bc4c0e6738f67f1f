import { checkEnumField, checkIntField, PORT_RANGE, PROTOCOLS, replacementFixes } from './_shared/fieldChecks';
import { goValue } from '../k8s/goyaml';
import { get, getPair } from '../syntax/nodes';
import { NETWORK_POLICY_VALIDATION, networkPolicySpec, policyRules } from './networkPolicy';
import { intOf } from './podTemplate';
import { portNumOrNameProblem } from './serviceTargetPort';
import type { ResourceRule } from './types';

export const networkPolicyPort: ResourceRule = {
  id: 'network-policy-port',
  title: 'Invalid NetworkPolicy port or port range',
  description: 'A NetworkPolicy port has `protocol` TCP, UDP or SCTP (default TCP) and an optional `port`: a number from 1 to 65535 or a named container port (IANA service name, so a quoted "80" is invalid). `endPort` makes a range: it needs a numeric `port`, lies in 1..65535 and is at least `port`.',
  remediation: 'Unquote numeric ports, use endPort only with a numeric port, and keep endPort >= port.',
  ...NETWORK_POLICY_VALIDATION,
  check(ctx) {
    const spec = networkPolicySpec(ctx);
    if (!spec) return;
    for (const rule of policyRules(ctx)) {
      for (const entry of rule.portItems) {
        // An empty protocol is left alone: defaulting turns it into TCP.
        checkEnumField(ctx.report, get(entry, 'protocol'), 'protocol', PROTOCOLS);
        const port = get(entry, 'port');
        const portValue = goValue(port);
        const finding = port ? portNumOrNameProblem(port, portValue, 'port') : null;
        if (finding) ctx.report(finding);
        const endPort = getPair(entry, 'endPort');
        if (!endPort?.value || goValue(endPort.value)?.type === 'null') continue;
        const at = { start: endPort.key.start, end: endPort.key.end };
        if (!port || portValue?.type === 'null') {
          ctx.report({ ...at, message: 'endPort may not be set without port: a range needs its first port', data: { reason: 'endport-without-port' } });
        } else if (portValue?.type === 'string') {
          ctx.report({ ...at, message: `endPort may not be set when port is a name ('${portValue.value}'); a range needs a numeric port`, data: { reason: 'endport-named-port' } });
        } else {
          const end = checkIntField(ctx.report, endPort.value, 'endPort', PORT_RANGE);
          const start = intOf(port);
          if (end !== null && start !== null && end >= PORT_RANGE.min && end < start) {
            ctx.report({ start: endPort.value.start, end: endPort.value.end, message: `endPort ${end} must be greater than or equal to port ${start}`, data: { reason: 'endport-below-port' } });
          }
        }
      }
    }
  },
  fixes: replacementFixes,
};
