/**
 * From rendered template files to `helm template`'s output: each file split on `---` (Helm's regexp), every piece
 * read for its kind and hook annotation, manifests sorted by kind in Helm's install order (ties by path, then by
 * place in the file), hooks after them, each printed as `---\n# Source: <path>\n<manifest>\n`.
 */
import { readGoYaml } from './goYamlIn';
import { isMap, type GoMap } from './value';

/** releaseutil.InstallOrder in helm 3.17. */
const INSTALL_ORDER = [
  'PriorityClass', 'Namespace', 'NetworkPolicy', 'ResourceQuota', 'LimitRange', 'PodSecurityPolicy', 'PodDisruptionBudget', 'ServiceAccount',
  'Secret', 'SecretList', 'ConfigMap', 'StorageClass', 'PersistentVolume', 'PersistentVolumeClaim', 'CustomResourceDefinition', 'ClusterRole',
  'ClusterRoleList', 'ClusterRoleBinding', 'ClusterRoleBindingList', 'Role', 'RoleList', 'RoleBinding', 'RoleBindingList', 'Service', 'DaemonSet',
  'Pod', 'ReplicationController', 'ReplicaSet', 'Deployment', 'HorizontalPodAutoscaler', 'StatefulSet', 'Job', 'CronJob', 'IngressClass',
  'Ingress', 'APIService',
];
const RANK = new Map(INSTALL_ORDER.map((k, i) => [k, i]));

export interface Piece {
  text: string;
  /** Where the piece starts in the rendered file. */
  offset: number;
}

/** releaseutil.SplitManifests with offsets: split on `(?:^|\s*\n)---\s*`, pieces trimmed, empty ones dropped. */
export function splitManifests(text: string): Piece[] {
  const lead = text.length - text.trimStart().length;
  const body = text.trim();
  const sep = /(?:^|\s*\n)---\s*/g;
  const out: Piece[] = [];
  let last = 0;
  const push = (a: number, b: number): void => {
    const raw = body.slice(a, b);
    if (raw === '') return;
    const t = raw.trim();
    out.push({ text: t, offset: lead + a + (raw.length - raw.trimStart().length) });
  };
  for (let m = sep.exec(body); m; m = sep.exec(body)) {
    if (m[0].length === 0) {
      sep.lastIndex++;
      continue;
    }
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, body.length);
  return out;
}

export interface Manifest {
  /** The template path, as in `# Source:`. */
  source: string;
  content: string;
  /** Where the content starts in the template's rendered text. */
  offset: number;
  kind: string;
  isHook: boolean;
  /** The piece's place in its file. */
  index: number;
}

export type Classified = { manifest: Manifest } | { error: string };

export function classify(source: string, piece: Piece, index: number): Classified {
  const head = readGoYaml(piece.text);
  if ('error' in head) return { error: `YAML parse error on ${source}: ${head.error}` };
  const h: GoMap = isMap(head.value) ? head.value : {};
  const meta = isMap(h.metadata) ? h.metadata : {};
  const ann = isMap(meta.annotations) ? meta.annotations : {};
  return {
    manifest: {
      source,
      content: piece.text,
      offset: piece.offset,
      kind: typeof h.kind === 'string' ? h.kind : '',
      isHook: Object.prototype.hasOwnProperty.call(ann, 'helm.sh/hook'),
      index,
    },
  };
}

/** lessByKind: known kinds in install order, unknown ones after them alphabetically; stable otherwise. */
function lessByKind(a: string, b: string): number {
  const ra = RANK.get(a);
  const rb = RANK.get(b);
  if (ra === undefined && rb === undefined) return a < b ? -1 : a > b ? 1 : 0;
  if (ra === undefined) return 1;
  if (rb === undefined) return -1;
  return ra - rb;
}

/** Manifests (already in path order, then file order) sorted as helm prints them: plain ones, then hooks. */
export function sortManifests(all: Manifest[]): Manifest[] {
  const byKind = (xs: Manifest[]): Manifest[] => xs.map((m, i) => [m, i] as const).sort((x, y) => lessByKind(x[0].kind, y[0].kind) || x[1] - y[1]).map(([m]) => m);
  return [...byKind(all.filter((m) => !m.isHook)), ...byKind(all.filter((m) => m.isHook))];
}

export function printManifests(ms: Manifest[]): string {
  return ms.map((m) => `---\n# Source: ${m.source}\n${m.content}\n`).join('');
}
