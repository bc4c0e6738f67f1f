/**
 * Helm charts as plain data: a folder with a `Chart.yaml` is a chart, the files under its `templates/` folder are its
 * templates, and `{{ define "name" }}` in any of them declares a named template. Nothing is rendered; the next step
 * (rendering with values) builds on this. The chart's own files (Chart.yaml, values, schema, helpers, notes) are not
 * manifests and get no diagnostics.
 */
import { basename, dirname } from '../paths';
import { get, str } from '../syntax/nodes';
import type { SourceFile } from './sourceFile';

export interface NamedTemplate {
  name: string;
  uri: string;
  /** The offset of the name's opening quote. */
  start: number;
  end: number;
}

export interface HelmChart {
  /** The chart's folder, without a trailing slash. */
  root: string;
  chartUri: string;
  name: string | null;
  version: string | null;
  valuesUri: string | null;
  templates: string[];
  defines: NamedTemplate[];
}

/** Files of a chart that are not Kubernetes manifests, whatever they contain. */
export function isChartSupportFile(uri: string): boolean {
  const name = basename(uri);
  return name === 'Chart.yaml' || name === 'NOTES.txt' || /^values[^/]*\.(ya?ml|json)$/.test(name) || /\.(tpl|tgz)$/.test(name);
}

export function helmCharts(files: ReadonlyMap<string, SourceFile>): HelmChart[] {
  const charts: HelmChart[] = [];
  for (const [uri, file] of files) {
    if (basename(uri) !== 'Chart.yaml') continue;
    const root = dirname(uri);
    const meta = file.docs[0]?.root ?? null;
    const valuesUri = `${root}/values.yaml`;
    charts.push({ root, chartUri: uri, name: str(get(meta, 'name')), version: str(get(meta, 'version')), valuesUri: files.has(valuesUri) ? valuesUri : null, templates: [], defines: [] });
  }
  // The innermost chart owns a template: a subchart under `charts/` is a chart of its own.
  charts.sort((a, b) => b.root.length - a.root.length);
  for (const [uri, file] of files) {
    const chart = charts.find((c) => uri.startsWith(`${c.root}/templates/`));
    if (!chart) continue;
    chart.templates.push(uri);
    chart.defines.push(...definesIn(file));
  }
  return charts.sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : 0));
}

/** `{{ define "name" }}` and `{{- define "name" -}}`: the names a template file declares. */
export function definesIn(file: SourceFile): NamedTemplate[] {
  const out: NamedTemplate[] = [];
  if (!file.text.includes('define')) return out;
  for (const m of file.text.matchAll(/\{\{-?[ \t]*define[ \t]+("([^"\n]*)"|`([^`\n]*)`)/g)) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ name: m[2] ?? m[3], uri: file.uri, start, end: start + m[1].length });
  }
  return out;
}
