/** Arguments of `kube-netlens connectivity` and `kube-netlens can-reach`; usage errors are values, as in args.ts. */
import type { ConnlistFormat } from '../core';
import { CONNLIST_FORMATS } from '../core';

interface Common {
  paths: string[];
  defaultNamespace?: string;
  config?: string;
}

export interface ConnectivityArgs extends Common {
  command: 'connectivity';
  format: ConnlistFormat;
  focus?: string;
  explain: boolean;
}

export interface CanReachArgs extends Common {
  command: 'can-reach';
  src: string;
  dst: string;
  port?: number;
  protocol: string;
}

export const CONNECTIVITY_USAGE = `  kube-netlens connectivity [paths…] [--format txt|json|csv|md|dot] [--focus NAMESPACE/NAME] [--explain]
                               who can reach whom under the NetworkPolicies and admin network policies, in
                               netpol-analyzer's connlist format (*.json dumps and List kinds are read too)
  kube-netlens can-reach SRC DST[:PORT[/PROTO]] [paths…]
                               yes (exit 0) or no (exit 1), with the explanation of both directions; SRC and DST
                               are NAMESPACE/NAME, {ingress-controller} or an IP address`;

type Parsed = ConnectivityArgs | CanReachArgs | { command: 'error'; message: string };

export function parseConnectivityArgs(argv: string[]): Parsed {
  const positional: string[] = [];
  const out = { format: 'txt' as ConnlistFormat, explain: false, focus: undefined as string | undefined, defaultNamespace: undefined as string | undefined, config: undefined as string | undefined };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i];
    if (a === '--format') {
      const v = value();
      if (!CONNLIST_FORMATS.includes(v as ConnlistFormat)) return { command: 'error', message: `--format must be ${CONNLIST_FORMATS.join(', ')}${v ? `, not '${v}'` : ''}` };
      out.format = v as ConnlistFormat;
    } else if (a === '--focus' || a === '--default-namespace' || a === '--config') {
      const v = value();
      if (!v) return { command: 'error', message: `${a} needs a value` };
      if (a === '--focus') out.focus = v;
      else if (a === '--config') out.config = v;
      else out.defaultNamespace = v;
    } else if (a === '--explain') out.explain = true;
    else if (a.startsWith('-') && a !== '-') return { command: 'error', message: `unknown option '${a}'` };
    else positional.push(a);
  }
  const common = { defaultNamespace: out.defaultNamespace, config: out.config };
  if (argv[0] === 'connectivity') return { command: 'connectivity', ...common, paths: positional.length ? positional : ['.'], format: out.format, focus: out.focus, explain: out.explain };
  const [src, target, ...paths] = positional;
  if (!src || !target) return { command: 'error', message: 'can-reach needs SRC and DST[:PORT[/PROTO]]' };
  const m = /^(.*?)(?::(\d+)(?:\/(TCP|UDP|SCTP))?)?$/i.exec(target)!;
  const port = m[2] === undefined ? undefined : Number(m[2]);
  if (port !== undefined && (port < 1 || port > 65535)) return { command: 'error', message: `port ${port} is not in 1-65535` };
  return { command: 'can-reach', ...common, paths: paths.length ? paths : ['.'], src, dst: m[1], port, protocol: (m[3] ?? 'TCP').toUpperCase() };
}
