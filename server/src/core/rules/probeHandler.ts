import type { Report } from './_shared/fieldChecks';
import { checkEnumField, checkIntField, replacement, replacementFixes } from './_shared/fieldChecks';
import { goValue } from '../k8s/goyaml';
import type { YNode } from '../syntax/nodes';
import { get, getPair, keyText, str } from '../syntax/nodes';
import type { Container } from '../model/workloads';
import type { Handler } from './podTemplate';
import { POD_SPEC_VALIDATION, containerLabel, eachHandler, intOf, reportWith } from './podTemplate';
import type { ResourceRule } from './types';

const PROBE_ACTIONS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const LIFECYCLE_ACTIONS = ['exec', 'httpGet', 'tcpSocket', 'sleep'];
const TIMINGS = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'];
const SCHEMES = ['HTTP', 'HTTPS'];
const INT32_MAX = 2147483647;

/** A pointer field is set unless it is absent or null (a map, list or any other scalar counts). */
function isSet(node: YNode | null | undefined): boolean {
  return !!node && goValue(node)?.type !== 'null';
}

function checkActions(report: Report, c: Container, h: Handler): void {
  const allowed = h.probe ? PROBE_ACTIONS : LIFECYCLE_ACTIONS;
  const set = h.node.items.filter((p) => allowed.includes(keyText(p) ?? '') && isSet(p.value));
  const hPair = h.probe ? getPair(c.node, h.path) : getPair(c.node, 'lifecycle', h.path.split('.')[1]);
  if (set.length === 0 && hPair) {
    report({ start: hPair.key.start, end: hPair.key.end, message: `${h.path} must specify a handler: one of ${allowed.join(', ')}`, data: { reason: 'no-handler' } });
  }
  for (const extra of set.slice(1)) {
    report({ start: extra.key.start, end: extra.key.end, message: `${h.path} may specify only one handler; it already has ${keyText(set[0])}`, data: { reason: 'two-handlers' } });
  }
  // An empty scheme is left alone: defaulting turns it into HTTP.
  checkEnumField(report, get(h.node, 'httpGet', 'scheme'), 'httpGet.scheme', SCHEMES);
}

function checkTimings(report: Report, h: Handler): void {
  for (const field of TIMINGS) checkIntField(report, get(h.node, field), field, { min: 0, max: INT32_MAX });
  const success = get(h.node, 'successThreshold');
  const n = intOf(success);
  if (success && h.path !== 'readinessProbe' && n !== null && n > 1) {
    report({ start: success.start, end: success.end, message: `successThreshold must be 1 for a ${h.path}; ${n} is rejected`, data: { reason: 'success-threshold', ...replacement('1', 'Change to 1') } });
  }
  const grace = getPair(h.node, 'terminationGracePeriodSeconds');
  if (!grace?.value || !isSet(grace.value)) return;
  if (h.path === 'readinessProbe') {
    report({ start: grace.key.start, end: grace.key.end, message: 'terminationGracePeriodSeconds must not be set on a readinessProbe', data: { reason: 'grace-readiness' } });
    return;
  }
  checkIntField(report, grace.value, 'terminationGracePeriodSeconds', { min: 1, max: INT32_MAX });
}

export const probeHandler: ResourceRule = {
  id: 'probe-handler',
  title: 'Invalid probe or lifecycle-hook handler',
  description: 'A probe or lifecycle hook names exactly one handler (`exec`, `httpGet`, `tcpSocket`, `grpc` for probes, `sleep` for hooks); `httpGet.scheme` is `HTTP` or `HTTPS`; timing fields are not negative; liveness and startup probes need `successThreshold: 1`; `terminationGracePeriodSeconds` is positive and not allowed on readiness probes. Init containers may have probes and hooks only when they are sidecars (`restartPolicy: Always`). The API server rejects the pod otherwise.',
  remediation: 'Keep one handler, use HTTP or HTTPS in upper case, and keep timings at zero (the default) or more.',
  ...POD_SPEC_VALIDATION,
  check(ctx) {
    eachHandler(ctx, (c, h) => {
      const report = reportWith(ctx, ` (${h.path} of ${containerLabel(c)})`);
      if (c.init && str(get(c.node, 'restartPolicy')) !== 'Always') {
        // Only sidecars (init containers with restartPolicy: Always) may have probes and lifecycle hooks.
        const key = h.probe ? getPair(c.node, h.path)?.key : getPair(c.node, 'lifecycle')?.key;
        if (key) report({ start: key.start, end: key.end, message: `${h.probe ? h.path : 'lifecycle'} may not be set on an init container unless it is a sidecar (restartPolicy: Always)`, data: { reason: 'init-container' } });
        return;
      }
      checkActions(report, c, h);
      if (h.probe) checkTimings(report, h);
    });
  },
  fixes: replacementFixes,
};
