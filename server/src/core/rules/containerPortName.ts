import { ianaNameData, ianaNameProblem } from './_shared/portNames';
import { replacementFixes } from './_shared/fieldChecks';
import { goValue } from '../k8s/goyaml';
import { asScalar, getPair } from '../syntax/nodes';
import type { Container } from '../model/workloads';
import { POD_SPEC_VALIDATION, containerLabel, eachContainerPort } from './podTemplate';
import type { ResourceRule } from './types';

export const containerPortName: ResourceRule = {
  id: 'container-port-name',
  title: 'Invalid or duplicate container port name',
  description: 'A container port name is an IANA service name: at most 15 lower-case letters, digits and `-`, with at least one letter, so `"80"` and `metrics-endpoint-http` are rejected (unlike a Service port name, which may be `"80"`). Names must be unique within their container; two containers of a pod may reuse a name.',
  remediation: 'Shorten the name, lower-case it, add a letter, or rename the duplicate. Update Services and probes that refer to it.',
  ...POD_SPEC_VALIDATION,
  templates: 'literal',
  check(ctx) {
    // Names are unique per container: one map of seen names for each container.
    const seenIn = new Map<Container, Map<string, number>>();
    eachContainerPort(ctx, (c, p, i) => {
      const pair = getPair(p.node, 'name');
      const v = goValue(pair?.value);
      if (!pair?.value || !v || v.type === 'null') return;
      const name = v.type === 'string' ? v.value : (asScalar(pair.value)?.raw ?? '');
      // An empty name is the same as no name.
      if (name === '') return;
      const why = ianaNameProblem(name);
      if (why || v.type !== 'string') {
        const message = why ? `port name ${why}` : `port name must be a string; ${name} is read as a ${v.type}`;
        ctx.report({ start: pair.value.start, end: pair.value.end, message: `${message} (${containerLabel(c)})`, data: ianaNameData(name) });
        return;
      }
      // Two ports of a Helm template with one name are often the branches of an `if`, of which one is rendered.
      if (ctx.resource.templated) return;
      const seen = seenIn.get(c) ?? new Map<string, number>();
      seenIn.set(c, seen);
      const first = seen.get(name);
      if (first === undefined) seen.set(name, i);
      else ctx.report({ start: pair.value.start, end: pair.value.end, message: `port name '${name}' is already used by ports[${first}] of ${containerLabel(c)}; names must be unique within a container`, data: { reason: 'duplicate', first } });
    });
  },
  fixes: replacementFixes,
};
