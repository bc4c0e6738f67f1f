import { getPair } from '../syntax/nodes';
import { removalOf } from '../k8s/apiRemovals';
import type { ResourceRule } from './types';
import { OBJECT_ERROR } from './apiValidation';

export const apiVersionRemoved: ResourceRule = {
  id: 'api-version-removed',
  title: 'API version no longer served',
  description: "The object's `apiVersion` is one that the configured Kubernetes version (`kubeNetlens.kubernetesVersion`) no longer serves, such as NetworkPolicy or Deployment in `extensions/v1beta1` (removed in 1.16), Ingress in `networking.k8s.io/v1beta1` (1.22), or EndpointSlice, CronJob and PodDisruptionBudget in `v1beta1` (1.25). `kubectl apply` fails with \"no matches for kind\". kube-netlens still reads the object as what it says it is.",
  remediation: 'Move the object to the API version the message names; some fields change with it (an Ingress backend becomes `service: {name, port}`, a Deployment in `apps/v1` needs `spec.selector`).',
  ...OBJECT_ERROR,
  check(ctx) {
    const r = ctx.resource;
    const removal = removalOf(r.apiVersion, r.kind, ctx.config.kubernetesVersion);
    const node = getPair(r.node, 'apiVersion')?.value;
    if (!removal || !node) return;
    const { removedIn, use } = removal;
    ctx.report({
      start: node.start,
      end: node.end,
      message: `${r.kind} ${r.apiVersion} is not served since Kubernetes 1.${removedIn} (checked against ${ctx.config.kubernetesVersion}); kubectl apply fails: use ${use}`,
      data: { use },
    });
  },
};
