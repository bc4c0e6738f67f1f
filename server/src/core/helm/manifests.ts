/**
 * From rendered template files to `helm template`'s output: each file split on `---` (Helm's regexp), every piece
 * read for its kind and hook annotation, manifests sorted by kind in Helm's install order (ties by path, then by
 * place in the file), hooks after them, each printed as `---\n# Source: <path>\n<manifest>\n`.
 */
import { readGoYamlHead } from './goYamlIn';

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

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/**
 * releaseutil.SplitManifests with offsets: split on Helm's `(?:^|\s*\n)---\s*` (a `---` at the start or after a line
 * break, with the blanks around it), pieces trimmed, empty ones dropped. Scanned by hand: the regexp backtracks over
 * every run of indentation, which made it a third of a CRD chart's render.
 */
export function splitManifests(text: string): Piece[] {
  const lead = text.length - text.trimStart().length;
  const body = text.trim();
  const out: Piece[] = [];
  const push = (a: number, b: number): void => {
    const raw = body.slice(a, b);
    if (raw === '') return;
    const t = raw.trim();
    out.push({ text: t, offset: lead + a + (raw.length - raw.trimStart().length) });
  };
  let last = 0;
  for (let at = body.indexOf('---'); at >= 0; at = body.indexOf('---', at + 1)) {
    if (at !== 0 && body[at - 1] !== '\n') continue;
    if (at < last) continue;
    let start = at;
    if (at > 0) {
      start = at - 1;
      while (start > last && isSpace(body[start - 1])) start--;
    }
    let end = at + 3;
    while (end < body.length && isSpace(body[end])) end++;
    push(last, start);
    last = end;
    at = end - 1;
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
  const head = readGoYamlHead(piece.text);
  if ('error' in head) return { error: `YAML parse error on ${source}: ${head.error}` };
  return { manifest: { source, content: piece.text, offset: piece.offset, kind: head.kind, isHook: head.isHook, index } };
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
