import { goValue } from '../k8s/goyaml';
import { portNumberProblem } from '../k8s/portValues';
import { getPair } from '../syntax/nodes';
import { POD_SPEC_VALIDATION, checkPortField, containerLabel, eachContainerPort } from './podTemplate';
import { replacementFixes } from './replacementFix';
import type { ResourceRule } from './types';

export const containerPortNumber: ResourceRule = {
  id: 'container-port-number',
  title: 'Invalid containerPort or hostPort',
  description: 'Every entry of a container\'s `ports` needs a `containerPort` between 1 and 65535, and a `hostPort`, when set, is between 1 and 65535 (0 means unset). Both are integers: a quoted `"80"` is a string and the API server rejects the request while decoding it.',
  remediation: 'Write the port as a plain number in range, without quotes.',
  ...POD_SPEC_VALIDATION,
  check(ctx) {
    eachContainerPort(ctx, (c, p) => {
      const cp = getPair(p.node, 'containerPort');
      if (!cp?.value || goValue(cp.value)?.type === 'null') {
        // Mark the `containerPort:` key when it is there, else the entry's first key.
        const key = cp?.key ?? p.node.items[0]?.key ?? p.node;
        ctx.report({ start: key.start, end: key.end, message: `containerPort is required in every ports entry (${containerLabel(c)})`, data: { reason: 'required' } });
      } else {
        checkPortField(ctx, c, p.node, 'containerPort', (node) => portNumberProblem(node, 'containerPort'));
      }
      checkPortField(ctx, c, p.node, 'hostPort', (node) => portNumberProblem(node, 'hostPort', true));
    });
  },
  fixes: replacementFixes,
};
