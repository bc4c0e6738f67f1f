import { getPair } from '../syntax/nodes';
import type { ResourceRule } from './types';

/**
 * The removed API versions of the kinds this tool reads (Kubernetes' deprecated API migration guide): the version,
 * the kinds it served, the minor version that stopped serving them, and what replaces it. Custom resources (Gateway
 * API routes, operators' kinds) are served by their CRDs and are not listed.
 */
const REMOVED: [apiVersion: string, kinds: string[], removedIn: number, use: string][] = [
  ['extensions/v1beta1', ['Deployment', 'DaemonSet', 'ReplicaSet'], 16, 'apps/v1'],
  ['extensions/v1beta1', ['NetworkPolicy'], 16, 'networking.k8s.io/v1'],
  ['extensions/v1beta1', ['Ingress'], 22, 'networking.k8s.io/v1'],
  ['apps/v1beta1', ['Deployment', 'StatefulSet'], 16, 'apps/v1'],
  ['apps/v1beta2', ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'], 16, 'apps/v1'],
  ['networking.k8s.io/v1beta1', ['Ingress', 'IngressClass'], 22, 'networking.k8s.io/v1'],
  ['discovery.k8s.io/v1beta1', ['EndpointSlice'], 25, 'discovery.k8s.io/v1'],
  ['batch/v1beta1', ['CronJob'], 25, 'batch/v1'],
  ['policy/v1beta1', ['PodDisruptionBudget'], 25, 'policy/v1'],
  ['autoscaling/v2beta1', ['HorizontalPodAutoscaler'], 25, 'autoscaling/v2'],
  ['autoscaling/v2beta2', ['HorizontalPodAutoscaler'], 26, 'autoscaling/v2'],
];

export const apiVersionRemoved: ResourceRule = {
  id: 'api-version-removed',
  title: 'API version no longer served',
  description: "The object's `apiVersion` is one that the configured Kubernetes version (`kubeNetlens.kubernetesVersion`) no longer serves, such as NetworkPolicy or Deployment in `extensions/v1beta1` (removed in 1.16), Ingress in `networking.k8s.io/v1beta1` (1.22), or EndpointSlice, CronJob and PodDisruptionBudget in `v1beta1` (1.25). `kubectl apply` fails with \"no matches for kind\". kube-netlens still reads the object as what it says it is.",
  remediation: 'Move the object to the API version the message names; some fields change with it (an Ingress backend becomes `service: {name, port}`, a Deployment in `apps/v1` needs `spec.selector`).',
  severity: 'error',
  category: 'api-validation',
  kinds: ['*'],
  scope: 'resource',
  check(ctx) {
    const r = ctx.resource;
    const removal = REMOVED.find(([apiVersion, kinds]) => apiVersion === r.apiVersion && kinds.includes(r.kind));
    const node = getPair(r.node, 'apiVersion')?.value;
    const minor = Number(ctx.config.kubernetesVersion.split('.')[1]);
    if (!removal || !node || minor < removal[2]) return;
    const [, , removedIn, use] = removal;
    ctx.report({
      start: node.start,
      end: node.end,
      message: `${r.kind} ${r.apiVersion} is not served since Kubernetes 1.${removedIn} (checked against ${ctx.config.kubernetesVersion}); kubectl apply fails: use ${use}`,
      data: { use },
    });
  },
};
