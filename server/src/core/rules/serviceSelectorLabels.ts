import { asScalar, get, stringEntries } from '../syntax/nodes';
import { goValue } from '../k8s/goyaml';
import { labelValueProblem, qualifiedNameProblem } from '../k8s/names';
import { looksTemplated, replacement, replacementFixes } from './_shared/fieldChecks';
import type { ResourceRule } from './types';
import { SERVICE_ERROR, serviceCheck } from './apiValidation';

export const serviceSelectorLabels: ResourceRule = {
  id: 'service-selector-labels',
  title: 'Service selector key or value is not a valid label',
  description: 'A Service selector is a map of label keys to label values. Keys are qualified names (optional DNS-subdomain prefix and "/", then at most 63 letters, digits, "-", "_" or "."); values are empty or at most 63 such characters, starting and ending with a letter or digit. The API server rejects other selectors.',
  remediation: 'Use the exact label key and value of the pods, which obey the same format.',
  ...SERVICE_ERROR,
  check: serviceCheck((ctx) => {
    for (const { key, value, pair } of stringEntries(get(ctx.resource.node, 'spec', 'selector'))) {
      const keyProblem = looksTemplated(key) ? null : qualifiedNameProblem(key);
      if (keyProblem) ctx.report({ start: pair.key.start, end: pair.key.end, message: `selector key '${key}' is not a valid label key: ${keyProblem}` });
      const v = goValue(pair.value);
      if (!pair.value || !v) continue;
      if (v.type !== 'string' && v.type !== 'null') {
        ctx.report({ start: pair.value.start, end: pair.value.end, message: `selector value for '${key}' must be a string; YAML reads it as a ${v.type === 'bool' ? 'boolean' : 'number'}, so quote it`, data: replacement(`"${asScalar(pair.value)?.raw ?? ''}"`, 'Quote the value') });
        continue;
      }
      const valueProblem = looksTemplated(value) ? null : labelValueProblem(value);
      if (valueProblem) ctx.report({ start: pair.value.start, end: pair.value.end, message: `selector value '${value}' for '${key}' is not a valid label value: it ${valueProblem}` });
    }
  }),
  fixes: replacementFixes,
};
