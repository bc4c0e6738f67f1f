/** Parses `kube-netlens map` arguments; usage errors are values, as for `check`. */
import type { InputArgs } from './inputs';

export type MapFormat = 'dot' | 'svg' | 'mermaid' | 'html' | 'json';
const FORMATS: readonly MapFormat[] = ['dot', 'svg', 'mermaid', 'html', 'json'];

export interface MapArgs extends InputArgs {
  command: 'map';
  format: MapFormat;
  namespaces: string[];
  kinds: string[];
  /** `namespace/name`: that object and its neighbours within `hops`. */
  focus?: string;
  hops: number;
}

export const MAP_USAGE = `Usage: kube-netlens map [paths…] [options]

Draws the network map of the manifests: Internet → Ingress/routes → Services → workloads, with ports, policies and
broken links.

Options:
  --format dot|svg|mermaid|html|json
                               output format (default: svg); html is one self-contained interactive page
  --namespace NS               only this namespace (repeatable)
  --kind KIND                  only objects of this kind (repeatable)
  --focus NS/NAME              only this object and its neighbours
  --hops N                     how far from --focus (default: 2)
  --default-namespace NS       namespace of objects without metadata.namespace (default: default)
  --config FILE                JSON settings, as in the editor's kubeNetlens.* settings`;

type Setter = (out: MapArgs, value: string) => string | null;

/** Each option that takes a value: it sets it, or says what is wrong. */
const OPTIONS: Record<string, Setter> = {
  '--format': (out, v) => (FORMATS.includes(v as MapFormat) ? ((out.format = v as MapFormat), null) : `--format must be ${FORMATS.join(', ')}, not '${v}'`),
  '--namespace': (out, v) => (out.namespaces.push(v), null),
  '--kind': (out, v) => (out.kinds.push(v), null),
  '--focus': (out, v) => (/^[^/]+\/[^/]+$/.test(v) ? ((out.focus = v), null) : `--focus needs NAMESPACE/NAME, not '${v}'`),
  '--hops': (out, v) => (/^\d+$/.test(v) ? ((out.hops = Number(v)), null) : `--hops needs a whole number, not '${v}'`),
  '--default-namespace': (out, v) => ((out.defaultNamespace = v), null),
  '--config': (out, v) => ((out.config = v), null),
};

export function parseMapArgs(argv: string[]): MapArgs | { command: 'error'; message: string } | { command: 'help'; usage: string } {
  const out: MapArgs = { command: 'map', paths: [], format: 'svg', namespaces: [], kinds: [], hops: 2 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') return { command: 'help', usage: MAP_USAGE };
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const set = OPTIONS[flag];
    if (set) {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      const problem = v === undefined || v === '' ? `${flag} needs a value` : set(out, v);
      if (problem) return { command: 'error', message: problem };
    } else if (a.startsWith('-') && a !== '-') return { command: 'error', message: `unknown option '${a}'` };
    else out.paths.push(a);
  }
  if (out.paths.length === 0) out.paths.push('.');
  return out;
}
