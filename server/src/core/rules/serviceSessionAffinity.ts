import { get, getPair } from '../syntax/nodes';
import { sessionAffinity } from '../k8s/defaults';
import { checkEnumField, checkIntField, replacementFixes } from './_shared/fieldChecks';
import type { ResourceRule } from './types';
import { SERVICE_ERROR, serviceCheck } from './apiValidation';

const MAX_TIMEOUT = 86400;

export const serviceSessionAffinity: ResourceRule = {
  id: 'service-session-affinity',
  title: 'Service sessionAffinity or its timeout is invalid',
  description: '`sessionAffinity` is `ClientIP` or `None` (the default). With ClientIP, `sessionAffinityConfig.clientIP.timeoutSeconds` must be from 1 to 86400 (it defaults to 10800). With None, Kubernetes drops `sessionAffinityConfig` while defaulting, so it is harmless there.',
  remediation: 'Use ClientIP or None, and a timeout of at most 86400 seconds (one day).',
  ...SERVICE_ERROR,
  check: serviceCheck((ctx, spec) => {
    checkEnumField(ctx.report, get(spec, 'sessionAffinity'), 'sessionAffinity', ['ClientIP', 'None']);
    if (sessionAffinity(spec) !== 'ClientIP') return;
    const timeout = getPair(spec, 'sessionAffinityConfig', 'clientIP', 'timeoutSeconds');
    if (timeout?.value) checkIntField(ctx.report, timeout.value, 'timeoutSeconds', { min: 1, max: MAX_TIMEOUT });
  }),
  fixes: replacementFixes,
};
