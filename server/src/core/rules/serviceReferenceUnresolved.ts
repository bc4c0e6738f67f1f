import { isClusterService, serviceReferencesOf } from '../model/serviceReferences';
import { isNearby, referencedServices } from '../model/serviceRef';
import { checkServiceRef, serviceRefFixes } from './shared/serviceRef';
import { namespaceUnwritten } from './_shared/policyNamespaces';
import type { ResourceRule } from './types';

export const serviceReferenceUnresolved: ResourceRule = {
  id: 'service-reference-unresolved',
  title: 'Configuration names a missing Service or port by its DNS name',
  description: "A container's `env` value, `args` or `command`, or a ConfigMap's `data`, names a Service by its cluster DNS name (`cart.shop:7000`, `http://cart.shop.svc.cluster.local:7000/path`, `redis-0.redis.shop.svc.cluster.local`, or `cart:7000` when a Service `cart` lives nearby), but no such Service exists in that namespace, or it does not expose that port: the name does not resolve, or the connection is refused. A missing Service is reported only with evidence, as for Ingress backends: another name in the same object's configuration reaches a Service of that namespace nearby (it lives with its Services), a nearby Service has a similar name, or one of that name exists in another namespace that is written down (a Service with no namespace may be applied into any). A Service installed by other means (a chart, an operator) is common and correct, and so are the cluster's own (`kubernetes.default`, `kube-system`). Only names that are clearly cluster DNS names count: bare words, public host names, IPs, `localhost` and placeholders are left alone.",
  remediation: 'Correct the Service name, namespace or port, or create the Service. A Service is reached on its `ports[].port`, not the container\'s targetPort; a headless Service\'s DNS name reaches the pods themselves, on their container ports.',
  severity: 'warning',
  category: 'links',
  kinds: ['*'],
  scope: 'resource',
  reads: ['Service', 'Namespace'],
  check(ctx) {
    const refs = serviceReferencesOf(ctx.snapshot, ctx.resource).filter((ref) => !ref.namespaces.every((ns) => isClusterService(ref.name, ns)));
    const reaching = refs.filter((ref) => referencedServices(ctx.snapshot, ref).some((s) => isNearby(ctx.resource.uri, s.uri)));
    for (const ref of refs) {
      checkServiceRef(ctx, ref, {
        livesWithServices: reaching.some((o) => o.name !== ref.name && o.namespaces.some((n) => ref.namespaces.includes(n))),
        // One in the default namespace only because none is written may be applied anywhere (`kubectl apply -n`).
        elsewhere: (svc) => (namespaceUnwritten(ctx.snapshot, svc) ? null : `, whose DNS name is ${ref.name}.${svc.namespaces[0]}`),
        // A headless Service's name resolves to the pods' own addresses: the client connects to a container port.
        portBypassed: (svc) => svc.headless,
      });
    }
  },
  fixes: serviceRefFixes,
};
