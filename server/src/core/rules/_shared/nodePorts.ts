/**
 * Two Services asking for one nodePort: node ports are allocated once per cluster, whatever the namespace. Found once
 * here for `node-port-conflict` (deployed together: the second is rejected) and `node-port-conflict-workspace` (only
 * in the same workspace, in one project's folders: rejected if they ever share a cluster).
 */
import { deployedTogether, sameObject } from '../../model/hostPorts';
import type { Resource } from '../../model/resource';
import { refName } from '../../model/resource';
import { isNearby } from '../../model/serviceRef';
import { basename } from '../../paths';
import type { ResourceContext } from '../types';

/** Reports each nodePort of the Service that another Service claims too, when `together` says whether they are applied together. */
export function reportNodePortClashes(ctx: ResourceContext, together: boolean, why: string): void {
  const svc = ctx.snapshot.service(ctx.resource);
  if (!svc || (svc.type !== 'NodePort' && svc.type !== 'LoadBalancer')) return;
  for (const sp of svc.ports) {
    if (sp.nodePort === null || sp.nodePort === 0 || !sp.nodePortNode) continue;
    // Cheap tests first: every Service of the workspace is looked at, for every Service with a nodePort.
    for (const o of ctx.snapshot.ofKind('Service')) {
      if (o === ctx.resource || o.templated) continue;
      const ov = ctx.snapshot.service(o);
      if (!ov || (ov.type !== 'NodePort' && ov.type !== 'LoadBalancer')) continue;
      const clash = ov.ports.find((p) => p.nodePort === sp.nodePort && p.protocol === sp.protocol);
      if (!clash?.nodePortNode || sameObject(o, ctx.resource) || !related(ctx, o, together)) continue;
      ctx.report({
        start: sp.nodePortNode.start,
        end: sp.nodePortNode.end,
        message: `nodePort ${sp.nodePort}/${sp.protocol} is also claimed by ${refName(o)}${o.uri === ctx.resource.uri ? '' : ` (${where(ctx.resource, o)})`}; ${why}`,
        related: [{ uri: o.uri, start: clash.nodePortNode.start, end: clash.nodePortNode.end, message: `nodePort of ${refName(o)}` }],
        data: { nodePort: sp.nodePort, protocol: sp.protocol, other: o.id },
      });
      break;
    }
  }
}

/**
 * Whether the other Service is related as asked: deployed together, or else only in the same project (a nearby
 * folder). A workspace often holds unrelated projects, meant for different clusters; their node ports never meet.
 */
function related(ctx: ResourceContext, o: Resource, together: boolean): boolean {
  const applied = deployedTogether(ctx.snapshot, ctx.resource, o);
  return together ? applied : !applied && isNearby(ctx.resource.uri, o.uri);
}

/** The other file, by name when it is in the same folder, else by its path from the folders' common parent. */
function where(r: Resource, o: Resource): string {
  const a = r.uri.split('/');
  const b = o.uri.split('/');
  let i = 0;
  while (i < a.length - 1 && i < b.length - 1 && a[i] === b[i]) i++;
  return i === b.length - 1 ? basename(o.uri) : b.slice(i).join('/');
}
