import { checkIntField, PORT_RANGE, replacement, replacementFixes } from './_shared/fieldChecks';
import { goValue } from '../k8s/goyaml';
import { get, getPair, keyText } from '../syntax/nodes';
import { POD_SPEC_VALIDATION, containerLabel, eachContainerPort, reportWith } from './podTemplate';
import type { ResourceRule } from './types';

export const containerPortNumber: ResourceRule = {
  id: 'container-port-number',
  title: 'Invalid containerPort or hostPort',
  description: 'Every entry of a container\'s `ports` needs a `containerPort` between 1 and 65535, and a `hostPort`, when set, is between 1 and 65535 (0 means unset). Both are integers: a quoted `"80"` is a string and the API server rejects the request while decoding it.',
  remediation: 'Write the port as a plain number in range, without quotes.',
  ...POD_SPEC_VALIDATION,
  templates: 'literal',
  check(ctx) {
    eachContainerPort(ctx, (c, p) => {
      const where = ` (${containerLabel(c)})`;
      const cp = getPair(p.node, 'containerPort');
      if (!cp?.value || goValue(cp.value)?.type === 'null') {
        // In a Helm template, an action on the next line may render the port.
        if (ctx.resource.templated) return;
        // Mark a miscased `containerport:` key, else the `containerPort:` key when it is there, else the first key.
        const miscased = p.node.items.find((x) => keyText(x)?.toLowerCase() === 'containerport' && keyText(x) !== 'containerPort');
        const key = miscased?.key ?? cp?.key ?? p.node.items[0]?.key ?? p.node;
        const hint = miscased ? `; '${keyText(miscased)}' is another field (keys are case-sensitive)` : '';
        const data = miscased ? { reason: 'required', ...replacement('containerPort', 'Rename to containerPort') } : { reason: 'required' };
        ctx.report({ start: key.start, end: key.end, message: `containerPort is required in every ports entry${hint}${where}`, data });
      } else {
        checkIntField(reportWith(ctx, where), cp.value, 'containerPort', PORT_RANGE);
      }
      checkIntField(reportWith(ctx, where), get(p.node, 'hostPort'), 'hostPort', { min: 0, max: PORT_RANGE.max });
    });
  },
  fixes: replacementFixes,
};
