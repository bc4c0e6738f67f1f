/**
 * `kube-netlens render CHART [-f values.yaml]... [--release NAME] [--namespace NS] [--kube-version V]`: prints what
 * `helm template NAME CHART --namespace NS` prints, rendered in-process by the core's renderer (no helm binary).
 * Exit status: 0 rendered, 1 the chart does not render (the reason on stderr, as helm says it), 2 usage or I/O error.
 */
import { promises as fsp } from 'node:fs';
import { renderChart } from '../core';
import { readChartFolder } from '../node/chartFiles';

export interface RenderArgs {
  command: 'render';
  chart: string;
  valuesFiles: string[];
  release: string;
  namespace: string;
  kubeVersion?: string;
}

export const RENDER_USAGE = `Usage: kube-netlens render CHART [options]

Renders a Helm chart folder as \`helm template\` does, in-process, and prints the manifests.

Options:
  -f, --values FILE            a values file, merged over the chart's values.yaml (repeatable)
  --release NAME               the release name (default: release-name)
  --namespace NS, -n NS        the release namespace (default: default)
  --kube-version V             the Kubernetes version templates see (default: v1.32.0)`;

export function parseRenderArgs(argv: string[]): RenderArgs | { command: 'error'; message: string } | { command: 'render-help' } {
  const out: RenderArgs = { command: 'render', chart: '', valuesFiles: [], release: 'release-name', namespace: 'default' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string | null => (inline !== undefined ? inline : argv[i + 1] !== undefined ? argv[++i] : null);
    switch (flag) {
      case '-h':
      case '--help':
        return { command: 'render-help' };
      case '-f':
      case '--values': {
        const v = value();
        if (!v) return { command: 'error', message: `${flag} needs a file name` };
        out.valuesFiles.push(v);
        break;
      }
      case '--release':
      case '--namespace':
      case '-n':
      case '--kube-version': {
        const v = value();
        if (!v) return { command: 'error', message: `${flag} needs a value` };
        if (flag === '--release') out.release = v;
        else if (flag === '--kube-version') out.kubeVersion = v;
        else out.namespace = v;
        break;
      }
      default:
        if (a.startsWith('-')) return { command: 'error', message: `unknown option '${a}'` };
        if (out.chart) return { command: 'error', message: `render takes one chart, not '${out.chart}' and '${a}'` };
        out.chart = a;
    }
  }
  if (!out.chart) return { command: 'error', message: 'render needs a chart folder' };
  return out;
}

export async function runRender(args: RenderArgs): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  let files: Map<string, string | Uint8Array>;
  const values: string[] = [];
  try {
    files = await readChartFolder(args.chart);
    for (const f of args.valuesFiles) values.push(await fsp.readFile(f, 'utf8'));
  } catch (e) {
    return { stdout: '', stderr: `kube-netlens: ${(e as Error).message}\n`, exitCode: 2 };
  }
  const r = renderChart(files, { releaseName: args.release, namespace: args.namespace, kubeVersion: args.kubeVersion, valuesFiles: values });
  if (!r.ok) return { stdout: '', stderr: `Error: ${r.message}\n`, exitCode: 1 };
  return { stdout: r.output, stderr: '', exitCode: 0 };
}
