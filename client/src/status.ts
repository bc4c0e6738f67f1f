/**
 * The status bar text for the server's `kubeNetlens/status` notification, in words ("Kubernetes: 73 manifests ·
 * 222 links"), with a tooltip that says what each count counts. Pure (no `vscode` import), so that it can be tested
 * with node's test runner.
 */
import { plural } from '../../server/src/core/strings';

export interface ServerStatus {
  state: 'indexing' | 'ready';
  indexed: number;
  total: number;
  files: number;
  documents: number;
  resources: number;
  manifests: number;
  links: number;
}

export interface StatusView {
  text: string;
  tooltip: string;
}

const COUNTS = ['indexed', 'total', 'files', 'documents', 'resources', 'manifests', 'links'] as const;
const count = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const n = plural;

/** Reads the notification's params, or returns undefined when they do not have the documented shape. */
export function readServerStatus(params: unknown): ServerStatus | undefined {
  if (!params || typeof params !== 'object') return undefined;
  const p = params as Record<string, unknown>;
  if (p.state !== 'indexing' && p.state !== 'ready') return undefined;
  if (!COUNTS.every((k) => count(p[k]))) return undefined;
  const out = { state: p.state } as ServerStatus;
  for (const k of COUNTS) out[k] = p[k] as number;
  return out;
}

export function statusView(s: ServerStatus): StatusView {
  if (s.state === 'indexing') {
    return {
      text: `$(sync~spin) Kubernetes: indexing ${s.indexed.toLocaleString('en-US')}/${s.total.toLocaleString('en-US')}`,
      tooltip: `Kubernetes Network Lens is reading the workspace: ${s.indexed.toLocaleString('en-US')} of ${n(s.total, 'file')}. Click to show the output.`,
    };
  }
  return {
    text: `Kubernetes: ${n(s.manifests, 'manifest')} · ${n(s.links, 'link')}`,
    tooltip: [
      `Kubernetes Network Lens`,
      `${n(s.manifests, 'manifest')}: files that hold Kubernetes objects, of ${n(s.files, 'YAML file')} indexed (${n(s.documents, 'document')}, ${n(s.resources, 'object')}).`,
      `${n(s.links, 'link')}: from Services to the pod templates their selectors match.`,
      `"kube-netlens check" prints the same counts for this folder. Click to show the output.`,
    ].join('\n'),
  };
}

/** The answer to `kubeNetlens/checkWorkspace`: the findings by severity, and the counts of the status. */
export interface CheckResult {
  files: number;
  errors: number;
  warnings: number;
  information: number;
  hints: number;
}

/** The status bar message after Check Workspace, in the words of the CLI's summary line. */
export function checkSummary(r: CheckResult): string {
  return `Kubernetes: ${n(r.errors, 'error')}, ${n(r.warnings, 'warning')}, ${r.information.toLocaleString('en-US')} information, ${n(r.hints, 'hint')} in ${n(r.files, 'file')}`;
}

/** What the item shows while the server starts, until its first status notification, and after it has stopped. */
export const STARTING: StatusView = { text: '$(sync~spin) Kubernetes', tooltip: 'Kubernetes Network Lens: starting the language server.' };
export const RUNNING: StatusView = { text: 'Kubernetes', tooltip: 'Kubernetes Network Lens: the language server is running. Click to show the output.' };
export const STOPPED: StatusView = {
  text: '$(error) Kubernetes',
  tooltip: 'Kubernetes Network Lens: the language server is not running. Click to show the output; run "Kubernetes Network Lens: Restart Server" to start it again.',
};
