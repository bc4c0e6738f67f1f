import { get, getPair } from '../syntax/nodes';
import { serviceType } from '../k8s/defaults';
import { readString } from '../k8s/goyaml';
import { looksTemplated } from './_shared/fieldChecks';
import { isDns1123Subdomain } from '../k8s/names';
import type { ResourceRule } from './types';
import { SERVICE_ERROR, serviceCheck } from './apiValidation';

export const serviceExternalName: ResourceRule = {
  id: 'service-external-name',
  title: 'ExternalName Service is incomplete or sets cluster IP fields',
  description: 'A Service of `type: ExternalName` needs `externalName`, a lower-case DNS name (one trailing dot allowed), and may not set `clusterIP`, `clusterIPs`, `ipFamilies` or `ipFamilyPolicy`: it is only a DNS CNAME. The API server rejects it otherwise.',
  remediation: 'Set `externalName` to the DNS name to alias, and remove the cluster IP and IP family fields.',
  ...SERVICE_ERROR,
  check: serviceCheck((ctx, spec) => {
    if (serviceType(spec) !== 'ExternalName') return;
    const node = get(spec, 'externalName');
    const r = readString(node);
    if (!node || !r || (r.ok && r.value === '')) {
      const anchor = getPair(spec, 'externalName')?.key ?? getPair(spec, 'type')?.value;
      // A kustomize patch may fill in externalName.
      if (anchor && ctx.snapshot.patchesFor(ctx.resource).length === 0) ctx.report({ start: anchor.start, end: anchor.end, message: 'a Service of type ExternalName needs spec.externalName, the DNS name it aliases' });
    } else if (!r.ok) ctx.report({ start: node.start, end: node.end, message: `externalName must be a DNS name; ${r.problem}` });
    else {
      const name = r.value.endsWith('.') ? r.value.slice(0, -1) : r.value;
      if (!isDns1123Subdomain(name) && !looksTemplated(name)) {
        ctx.report({ start: node.start, end: node.end, message: `externalName '${r.value}' is not a lower-case DNS name (RFC 1123 subdomain: labels of a-z, 0-9 and "-", separated by dots, at most 253 characters)` });
      }
    }
    for (const field of ['clusterIP', 'clusterIPs', 'ipFamilies', 'ipFamilyPolicy']) {
      const pair = getPair(spec, field);
      const v = pair?.value;
      if (!pair || !v) continue;
      const empty = v.type === 'scalar' ? readString(v)?.ok && (readString(v) as { value: string }).value === '' : v.type === 'seq' && v.items.length === 0;
      if (!empty) ctx.report({ start: pair.key.start, end: pair.key.end, message: `${field} may not be set on a Service of type ExternalName` });
    }
  }),
};
