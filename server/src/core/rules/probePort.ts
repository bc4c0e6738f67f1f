import { checkIntField, PORT_RANGE, replacementFixes } from './_shared/fieldChecks';
import { goValue } from '../k8s/goyaml';
import { asMap, getPair } from '../syntax/nodes';
import { POD_SPEC_VALIDATION, containerLabel, eachHandler, reportWith } from './podTemplate';
import { portNumOrNameProblem } from './serviceTargetPort';
import type { ResourceRule } from './types';

export const probePort: ResourceRule = {
  id: 'probe-port',
  title: 'Invalid probe or lifecycle-hook port',
  description: 'The `port` of an `httpGet` or `tcpSocket` probe or lifecycle hook is a number between 1 and 65535 or an IANA service name (at most 15 lower-case characters with a letter); a quoted number is read as a name and rejected. A `grpc` probe port is a required number. The API server does not check that a named port exists in the container.',
  remediation: 'Use a port number in range without quotes, or the name of a container port.',
  ...POD_SPEC_VALIDATION,
  check(ctx) {
    eachHandler(ctx, (c, h) => {
      const report = reportWith(ctx, ` (${h.path} of ${containerLabel(c)})`);
      for (const action of ['httpGet', 'tcpSocket', 'grpc']) {
        const actionPair = getPair(h.node, action);
        const actionNode = asMap(actionPair?.value);
        if (!actionPair || !actionNode) continue;
        const port = getPair(actionNode, 'port')?.value ?? null;
        const field = `${action}.port`;
        if (!port || goValue(port)?.type === 'null') {
          report({ start: actionPair.key.start, end: actionPair.key.end, message: `${field} is required`, data: { reason: 'required' } });
        } else if (action === 'grpc') {
          checkIntField(report, port, field, PORT_RANGE);
        } else {
          const finding = portNumOrNameProblem(port, goValue(port), field);
          if (finding) report(finding);
        }
      }
    });
  },
  fixes: replacementFixes,
};
