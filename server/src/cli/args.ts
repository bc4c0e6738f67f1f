import { parseRenderArgs, type RenderArgs } from './render';
import type { CanReachArgs, ConnectivityArgs } from './connectivityArgs';
import { CONNECTIVITY_USAGE, parseConnectivityArgs } from './connectivityArgs';

/** Parses `kube-netlens check` arguments. Usage errors are values, not exceptions, so main can exit with status 2. */
import type { MapArgs } from './mapArgs';
import { parseMapArgs } from './mapArgs';

export type Format = 'text' | 'json' | 'sarif';
export type FailOn = 'error' | 'warning' | 'never';

export interface CheckArgs {
  command: 'check';
  paths: string[];
  format: Format;
  defaultNamespace?: string;
  failOn: FailOn;
  maxFileSizeKB?: number;
  /** A JSON file with settings in the shape of the editor's `kubeNetlens.*` settings. */
  config?: string;
}

export type ParsedArgs = CheckArgs | RenderArgs | ConnectivityArgs | CanReachArgs | MapArgs | { command: 'help'; usage?: string } | { command: 'render-help' } | { command: 'version' } | { command: 'rules' } | { command: 'error'; message: string };

export const USAGE = `Usage: kube-netlens check [paths…] [options]
       kube-netlens rules
       kube-netlens --version
       kube-netlens --help

Checks the network wiring of Kubernetes manifests: Services and their pods, ports, selectors, and more.
Directories are searched recursively for *.yaml and *.yml files. With no path, the current directory is checked.

Options of check:
  --format text|json|sarif     output format (default: text)
  --default-namespace NS       namespace of objects without metadata.namespace (default: default)
  --fail-on error|warning|never
                               exit with status 1 when a finding is at or above this level (default: error)
  --max-file-size-kb N         skip larger files (default: 2048)
  --config FILE                JSON settings, as in the editor's kubeNetlens.* settings
  -h, --help                   show this help
  -v, --version                show the version

Other commands:
  kube-netlens rules           list the rules: id, default severity, title
  kube-netlens render CHART    print what \`helm template\` prints for a chart (see render --help)
${CONNECTIVITY_USAGE}
  kube-netlens map [paths…]    draw the network map (kube-netlens map --help)

Exit status: 0 when nothing is at or above the --fail-on level, 1 otherwise, 2 for usage or I/O errors.`;

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { command: 'version' };
  if (argv[0] === 'rules') return { command: 'rules' };
  if (argv[0] === 'render') return parseRenderArgs(argv.slice(1));
  if (argv[0] === 'connectivity' || argv[0] === 'can-reach') return parseConnectivityArgs(argv);
  if (argv[0] === 'map') return parseMapArgs(argv.slice(1));
  if (argv[0] !== 'check') return { command: 'error', message: `unknown command '${argv[0]}'; did you mean 'check'?` };
  const out: CheckArgs = { command: 'check', paths: [], format: 'text', failOn: 'error' };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string | null => {
      if (inline !== undefined) return inline;
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) return null;
      i++;
      return v;
    };
    switch (flag) {
      case '-h':
      case '--help':
        return { command: 'help' };
      case '-v':
      case '--version':
        return { command: 'version' };
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'sarif') return { command: 'error', message: `--format must be text, json or sarif${v ? `, not '${v}'` : ''}` };
        out.format = v;
        break;
      }
      case '--fail-on': {
        const v = value();
        if (v !== 'error' && v !== 'warning' && v !== 'never') return { command: 'error', message: `--fail-on must be error, warning or never${v ? `, not '${v}'` : ''}` };
        out.failOn = v;
        break;
      }
      case '--default-namespace': {
        const v = value();
        if (!v) return { command: 'error', message: '--default-namespace needs a namespace name' };
        out.defaultNamespace = v;
        break;
      }
      case '--max-file-size-kb': {
        const v = Number(value());
        if (!Number.isFinite(v) || v <= 0) return { command: 'error', message: '--max-file-size-kb needs a positive number' };
        out.maxFileSizeKB = v;
        break;
      }
      case '--config': {
        const v = value();
        if (!v) return { command: 'error', message: '--config needs a file name' };
        out.config = v;
        break;
      }
      default:
        if (a.startsWith('-') && a !== '-') return { command: 'error', message: `unknown option '${a}'` };
        out.paths.push(a);
    }
  }
  if (out.paths.length === 0) out.paths.push('.');
  return out;
}
