import { goValue } from '../k8s/goyaml';
import { portNumberProblem } from '../k8s/portValues';
import { getPair } from '../syntax/nodes';
import { containerLabel, podTemplateFor, reportProblem } from './podTemplate';
import { replacementFixes } from './replacementFix';
import type { ResourceRule } from './types';

export const containerPortNumber: ResourceRule = {
  id: 'container-port-number',
  title: 'Invalid containerPort or hostPort',
  description: 'Every entry of a container\'s `ports` needs a `containerPort` between 1 and 65535, and a `hostPort`, when set, is between 1 and 65535 (0 means unset). Both are integers: a quoted `"80"` is a string and the API server rejects the request while decoding it.',
  remediation: 'Write the port as a plain number in range, without quotes.',
  severity: 'error',
  category: 'api-validation',
  kinds: ['*'],
  scope: 'resource',
  check(ctx) {
    const t = podTemplateFor(ctx);
    if (!t) return;
    for (const c of t.containers) {
      for (const p of c.ports) {
        const where = ` (${containerLabel(c)})`;
        const cp = getPair(p.node, 'containerPort');
        if (goValue(cp?.value)?.type === 'null' || !cp?.value) {
          // Mark the `containerPort:` key when it is there, else the entry's first key.
          const key = cp?.key ?? p.node.items[0]?.key ?? p.node;
          ctx.report({ start: key.start, end: key.end, message: `containerPort is required in every ports entry${where}`, data: { reason: 'required' } });
        } else {
          const problem = portNumberProblem(cp.value, 'containerPort');
          if (problem) reportProblem(ctx, cp.value, { ...problem, message: problem.message + where });
        }
        const hp = getPair(p.node, 'hostPort');
        const problem = hp?.value ? portNumberProblem(hp.value, 'hostPort', true) : null;
        if (hp?.value && problem) reportProblem(ctx, hp.value, { ...problem, message: problem.message + where });
      }
    }
  },
  fixes: replacementFixes,
};
