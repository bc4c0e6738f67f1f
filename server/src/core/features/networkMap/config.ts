/**
 * ConfigMaps and Secrets on the map: only those a workload reads (env `valueFrom`, `envFrom`) and that hold a port or
 * an address (`host:port`, a URL, an IP, a Service DNS name), since only they say where traffic goes.
 */
import type { Resource } from '../../model/resource';
import type { Snapshot } from '../../model/snapshot';
import type { PodTemplate } from '../../model/workloads';
import { asMap, get, seqItems, str, stringEntries } from '../../syntax/nodes';

export interface ConfigUse {
  config: Resource;
  /** The keys holding addresses. */
  keys: string[];
}

const ADDRESS = [/^[a-z][a-z0-9+.-]*:\/\/\S+$/i, /^[\w.-]+:\d{1,5}$/, /^\d{1,3}(\.\d{1,3}){3}(\/\d+)?$/, /\.svc(\.[\w.-]+)?(:\d+)?$/, /(^|_)PORT$/];

function looksLikeAddress(key: string, value: string): boolean {
  return ADDRESS.slice(0, 4).some((re) => re.test(value.trim())) || (ADDRESS[4].test(key) && /^\d{1,5}$/.test(value.trim()));
}

/** A Secret's `data` is base64; `stringData` and a ConfigMap's `data` are plain. */
function entries(r: Resource): { key: string; value: string }[] {
  const plain = stringEntries(get(r.node, r.kind === 'Secret' ? 'stringData' : 'data'));
  if (r.kind !== 'Secret') return plain;
  const encoded = stringEntries(get(r.node, 'data')).flatMap((e) => {
    try {
      return [{ key: e.key, value: atob(e.value) }];
    } catch {
      return [];
    }
  });
  return [...plain, ...encoded];
}

/** `[kind, name, key | null]` of every ConfigMap or Secret the template's containers read. */
function references(t: PodTemplate): [string, string, string | null][] {
  const out: [string, string, string | null][] = [];
  for (const c of t.containers) {
    for (const e of seqItems(get(c.node, 'env'))) {
      for (const [field, kind] of [['configMapKeyRef', 'ConfigMap'], ['secretKeyRef', 'Secret']] as const) {
        const ref = asMap(get(e, 'valueFrom', field));
        const name = str(get(ref, 'name'));
        if (name) out.push([kind, name, str(get(ref, 'key'))]);
      }
    }
    for (const e of seqItems(get(c.node, 'envFrom'))) {
      for (const [field, kind] of [['configMapRef', 'ConfigMap'], ['secretRef', 'Secret']] as const) {
        const name = str(get(e, field, 'name'));
        if (name) out.push([kind, name, null]);
      }
    }
  }
  return out;
}

/** The ConfigMaps and Secrets with addresses that the template reads, with the keys it reads that hold them. */
export function configUses(snapshot: Snapshot, t: PodTemplate): ConfigUse[] {
  const found = new Map<Resource, Set<string>>();
  for (const [kind, name, key] of references(t)) {
    for (const config of t.owner.namespaces.flatMap((ns) => snapshot.lookup(kind, ns, name, t.owner.uri)).slice(0, 1)) {
      const keys = entries(config).filter((e) => (key === null || e.key === key) && looksLikeAddress(e.key, e.value)).map((e) => e.key);
      if (keys.length === 0) continue;
      const set = found.get(config) ?? new Set<string>();
      for (const k of keys) set.add(k);
      found.set(config, set);
    }
  }
  return [...found].map(([config, keys]) => ({ config, keys: [...keys] }));
}
