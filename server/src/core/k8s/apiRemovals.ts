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

/** The removal of this kind's apiVersion, when the Kubernetes version (`1.34`) no longer serves it. */
export function removalOf(apiVersion: string, kind: string, kubernetesVersion: string): { removedIn: number; use: string } | null {
  const found = REMOVED.find(([version, kinds]) => version === apiVersion && kinds.includes(kind));
  const minor = Number(kubernetesVersion.split('.')[1]);
  return found && minor >= found[2] ? { removedIn: found[2], use: found[3] } : null;
}
