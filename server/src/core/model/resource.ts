/**
 * A Kubernetes object found in a document: either the document itself or an item of a `*List`.
 */
import type { ParsedDocument } from '../syntax/parse';
import { objectsRunTogether } from '../syntax/parse';
import { flattenedOf } from './flattened';
import { actionText } from '../syntax/helmBlank';
import type { StringEntry, YMap, YNode, YScalar } from '../syntax/nodes';
import { asMap, asScalar, get, pairOf, seqItems, str, stringEntries } from '../syntax/nodes';

export interface Resource {
  /** Stable within a snapshot: `uri#doc` or `uri#doc/item` for List items. */
  id: string;
  uri: string;
  docIndex: number;
  listIndex?: number;
  node: YMap;
  apiVersion: string;
  kind: string;
  /** The API group: '' for the core group (`v1`). */
  group: string;
  name: string | null;
  nameNode: YScalar | null;
  /** `metadata.namespace` as written, if any. */
  declaredNamespace: string | null;
  namespaceNode: YScalar | null;
  /** Where the object will live: the declared namespace, a kustomization's, or the default. Usually one entry. */
  readonly namespaces: string[];
  labels: StringEntry[];
  annotations: StringEntry[];
  /** True when the document is a Helm template: its values may be filled in at render time. */
  templated: boolean;
}

export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** True for the built-in APIs (core v1, apps, batch, autoscaling, policy, extensions and `*.k8s.io`), not custom resources. */
export function isBuiltInApi(apiVersion: string | null): boolean {
  if (apiVersion === 'v1') return true;
  const group = apiVersion?.includes('/') ? groupOf(apiVersion) : '';
  return BUILT_IN_GROUPS.includes(group) || group.endsWith('.k8s.io');
}

/** The built-in API groups not named `*.k8s.io`. */
const BUILT_IN_GROUPS = ['apps', 'batch', 'autoscaling', 'policy', 'extensions'];

/** True when the node looks like a Kubernetes object: a map with string `apiVersion` and `kind`. */
export function isObjectNode(node: YNode | null): node is YMap {
  const m = asMap(node);
  return !!m && typeof asScalar(get(m, 'apiVersion'))?.value === 'string' && typeof asScalar(get(m, 'kind'))?.value === 'string';
}

/**
 * Extracts the objects of one parsed document. A document whose top level repeats `apiVersion` or `kind` is two
 * objects run together (a missing `---`): it yields none, because which fields belong to which object is unknown.
 */
export function extractResources(uri: string, docIndex: number, doc: ParsedDocument, defaultNamespace: string): Resource[] {
  const flattened = flattenedOf(doc);
  if (flattened) {
    const objects = flattened.objects;
    return objects.map((o, i) => makeResource(uri, docIndex, objects.length > 1 ? i : undefined, o.root, false, defaultNamespace));
  }
  const root = asMap(doc.root);
  if (!root || !isObjectNode(root)) return [];
  if (objectsRunTogether(doc)) return [];
  if (doc.issues.some((i) => i.severity === 'error')) return [];
  const out: Resource[] = [];
  const top = makeResource(uri, docIndex, undefined, root, doc.helm, defaultNamespace);
  const items = pairOf(root, 'items');
  if (top.kind.endsWith('List') && items) {
    // `kubectl get pods -o json` writes a PodList whose items carry no apiVersion or kind: they are the list's.
    const typed = top.kind === 'List' ? null : { apiVersion: top.apiVersion, kind: top.kind.slice(0, -'List'.length) };
    seqItems(items.value).forEach((item, i) => {
      const m = asMap(item);
      if (m && isObjectNode(m)) out.push(makeResource(uri, docIndex, i, m, doc.helm, defaultNamespace));
      else if (m && typed && !get(m, 'apiVersion') && !get(m, 'kind')) out.push(makeResource(uri, docIndex, i, m, doc.helm, defaultNamespace, typed));
    });
    return out;
  }
  out.push(top);
  return out;
}

function makeResource(uri: string, docIndex: number, listIndex: number | undefined, node: YMap, templated: boolean, defaultNamespace: string, typed?: { apiVersion: string; kind: string }): Resource {
  const apiVersion = typed?.apiVersion ?? str(get(node, 'apiVersion')) ?? '';
  const kind = typed?.kind ?? str(get(node, 'kind')) ?? '';
  const metadata = get(node, 'metadata');
  const nameNode = asScalar(get(metadata, 'name'));
  const nsNode = asScalar(get(metadata, 'namespace'));
  const name = nameNode && typeof nameNode.value === 'string' && nameNode.value !== '' ? nameNode.value : nameNode && typeof nameNode.value === 'number' ? String(nameNode.value) : null;
  const declaredNamespace = nsNode && nsNode.value !== null && String(nsNode.value) !== '' ? String(nsNode.value) : null;
  return {
    id: listIndex === undefined ? `${uri}#${docIndex}` : `${uri}#${docIndex}/${listIndex}`,
    uri,
    docIndex,
    ...(listIndex === undefined ? {} : { listIndex }),
    node,
    apiVersion,
    kind,
    group: templatedApiGroup(get(node, 'apiVersion'), kind) ?? groupOf(apiVersion),
    name,
    nameNode: nameNode ?? null,
    declaredNamespace,
    namespaceNode: nsNode ?? null,
    namespaces: [declaredNamespace ?? defaultNamespace],
    labels: stringEntries(get(metadata, 'labels')),
    annotations: stringEntries(get(metadata, 'annotations')),
    templated,
  };
}

/**
 * The group of a built-in kind whose apiVersion a Helm template picks with an action
 * (`apiVersion: {{ include "web.deployment.apiVersion" . }}`, to follow the cluster's versions): the versions it
 * picks from are of one group, the kind's. Null when the apiVersion is literal or the kind is not built in.
 */
function templatedApiGroup(apiVersion: YNode | null, kind: string): string | null {
  if (!actionText(apiVersion)) return null;
  return BUILT_IN_KIND_GROUPS[kind] ?? null;
}

const BUILT_IN_KIND_GROUPS: Record<string, string> = {
  Pod: '',
  Service: '',
  Deployment: 'apps',
  ReplicaSet: 'apps',
  StatefulSet: 'apps',
  DaemonSet: 'apps',
  Job: 'batch',
  CronJob: 'batch',
  Ingress: 'networking.k8s.io',
  IngressClass: 'networking.k8s.io',
  NetworkPolicy: 'networking.k8s.io',
  HorizontalPodAutoscaler: 'autoscaling',
  PodDisruptionBudget: 'policy',
};

/** `kind/name` the way kubectl prints it, e.g. `deployment/web`; a Helm template's name as written. */
export function refName(r: Resource): string {
  return `${r.kind.toLowerCase()}/${writtenName(r.nameNode, r.name) ?? '<unnamed>'}`;
}

/**
 * A name for messages: a name that holds template actions is shown as written (`{{ include "web.fullname" . }}`),
 * not as the placeholder its blanked text reads.
 */
export function writtenName(node: YScalar | null, name: string | null): string | null {
  return actionText(node) ?? name;
}
