/** `kube-netlens connectivity` and `kube-netlens can-reach`: load the files (JSON dumps too), ask the core, print. */
import type { Connection, Snapshot } from '../core';
import { connlistEntries, Connectivity, formatConnections, hasPort, isEmpty } from '../core';
import { readInputs } from './inputs';
import type { CheckResult } from './check';
import type { CanReachArgs, ConnectivityArgs } from './connectivityArgs';
import { escapeControls } from './formats';

async function snapshotOf(args: ConnectivityArgs | CanReachArgs, cwd: string): Promise<{ snapshot: Snapshot; stderr: string } | { failed: CheckResult }> {
  const inputs = await readInputs(args, cwd, true);
  if ('error' in inputs) return { failed: { stdout: '', stderr: inputs.error, exitCode: 2 } };
  if (inputs.io.failed) return { failed: { stdout: '', stderr: inputs.io.stderr.join(''), exitCode: 2 } };
  return { snapshot: inputs.snapshot, stderr: inputs.io.stderr.join('') };
}

/** True when the peer is the one `focus` names: `namespace/name`, `namespace/name[Kind]` or a bare name. */
function focused(name: string, focus: string): boolean {
  const plain = name.replace(/\[[^\]]*\]$/, '');
  return name === focus || plain === focus || plain.slice(plain.indexOf('/') + 1) === focus;
}

export async function runConnectivity(args: ConnectivityArgs, cwd = process.cwd()): Promise<CheckResult> {
  const got = await snapshotOf(args, cwd);
  if ('failed' in got) return got.failed;
  const model = new Connectivity(got.snapshot);
  const focus = args.focus;
  const conns = model.connections().filter((c) => !focus || focused(c.src.name, focus) || focused(c.dst.name, focus));
  if (!args.explain) return { stdout: formatConnections(model, conns, args.format), stderr: got.stderr, exitCode: 0 };
  const sorted = [...conns].sort((a, b) => compare(a.src.name, b.src.name) || compare(a.dst.name, b.dst.name));
  if (args.format === 'json') {
    const entries = connlistEntries(sorted).map((e, i) => ({ ...e, explanation: model.explain(sorted[i]).slice(1).map((l) => l.trim()) }));
    return { stdout: JSON.stringify(entries, null, 2) + '\n', stderr: got.stderr, exitCode: 0 };
  }
  return { stdout: sorted.map((c) => model.explain(c).join('\n') + '\n').join(''), stderr: got.stderr, exitCode: 0 };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export async function runCanReach(args: CanReachArgs, cwd = process.cwd()): Promise<CheckResult> {
  const got = await snapshotOf(args, cwd);
  if ('failed' in got) return got.failed;
  const model = new Connectivity(got.snapshot);
  const src = model.peer(args.src, 'source');
  const dst = model.peer(args.dst, 'destination');
  const missing = [!src && args.src, !dst && args.dst].filter(Boolean);
  if (!src || !dst) return { stdout: '', stderr: `kube-netlens: no workload or address ${missing.map((m) => `'${escapeControls(String(m))}'`).join(' or ')} in the manifests\n`, exitCode: 2 };
  const c: Connection = model.connection(src, dst);
  const yes = args.port === undefined ? !isEmpty(c.conns) : hasPort(c.conns, args.protocol as 'TCP', args.port);
  const what = args.port === undefined ? '' : ` on ${args.protocol} ${args.port}`;
  const lines = [`${yes ? 'yes' : 'no'}: ${src.name} ${yes ? 'can' : 'cannot'} reach ${dst.name}${what}`, ...model.explain(c)];
  return { stdout: lines.join('\n') + '\n', stderr: got.stderr, exitCode: yes ? 0 : 1 };
}
