/**
 * The status bar text for the server's `kubeNetlens/status` notification. Pure (no `vscode` import), so that it can
 * be tested with node's test runner.
 */
import { plural } from '../../server/src/core/strings';

export interface ServerStatus {
  state: 'indexing' | 'ready';
  indexed: number;
  total: number;
  manifests: number;
  links: number;
}

export interface StatusView {
  text: string;
  tooltip: string;
}

const count = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** Reads the notification's params, or returns undefined when they do not have the documented shape. */
export function readServerStatus(params: unknown): ServerStatus | undefined {
  if (!params || typeof params !== 'object') return undefined;
  const p = params as Record<string, unknown>;
  if (p.state !== 'indexing' && p.state !== 'ready') return undefined;
  if (!count(p.indexed) || !count(p.total) || !count(p.manifests) || !count(p.links)) return undefined;
  return { state: p.state, indexed: p.indexed, total: p.total, manifests: p.manifests, links: p.links };
}

export function statusView(s: ServerStatus): StatusView {
  const counts = `${plural(s.manifests, 'manifest')}, ${plural(s.links, 'link')}`;
  if (s.state === 'indexing') {
    return {
      text: `$(sync~spin) Netlens ${s.indexed}/${s.total}`,
      tooltip: `Kubernetes Network Lens: indexing the workspace (${s.indexed} of ${plural(s.total, 'file')}); ${counts} so far. Click to show the output.`,
    };
  }
  return {
    text: `$(type-hierarchy) Netlens ${s.manifests} · ${s.links}`,
    tooltip: `Kubernetes Network Lens: ${counts} in the workspace. Click to show the output.`,
  };
}

/** What the item shows while the server starts, until its first status notification, and after it has stopped. */
export const STARTING: StatusView = { text: '$(sync~spin) Netlens', tooltip: 'Kubernetes Network Lens: starting the language server.' };
export const RUNNING: StatusView = { text: '$(type-hierarchy) Netlens', tooltip: 'Kubernetes Network Lens: the language server is running. Click to show the output.' };
export const STOPPED: StatusView = {
  text: '$(error) Netlens',
  tooltip: 'Kubernetes Network Lens: the language server is not running. Click to show the output; run "Kubernetes Network Lens: Restart Server" to start it again.',
};
