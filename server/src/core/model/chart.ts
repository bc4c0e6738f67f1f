/**
 * Helm charts as plain data: a folder with a `Chart.yaml` is a chart, the files under its `templates/` folder are its
 * templates, and `{{ define "name" }}` in any of them declares a named template. Nothing is rendered; the next step
 * (rendering with values) builds on this. The chart's own files (Chart.yaml, values, schema, helpers, notes) are not
 * manifests and get no diagnostics.
 */
import { basename, dirname } from '../paths';
import { get, str } from '../syntax/nodes';
import { findActions } from '../syntax/helmBlank';
import type { SourceFile } from './sourceFile';

export interface NamedTemplate {
  name: string;
  uri: string;
  /** The offset of the name's opening quote. */
  start: number;
  end: number;
  /** The named templates its body includes (`include`, `template`), in order. */
  includes: string[];
  /**
   * The `key: value` lines its body writes literally, e.g. `app.kubernetes.io/name: web` of a selectorLabels
   * template; `value` is null when an action renders it, and `raw` is the text after the colon.
   */
  entries: DefineEntry[];
}

export interface DefineEntry {
  key: string;
  value: string | null;
  raw: string;
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

/**
 * `{{ define "name" }}` and `{{- define "name" -}}`: the names a template file declares, each with the named
 * templates its body includes. The body runs to the `end` that closes the define, counting the `if`, `with`, `range`
 * and `block` actions nested in it.
 */
export function definesIn(file: SourceFile): NamedTemplate[] {
  const out: NamedTemplate[] = [];
  if (!file.text.includes('define')) return out;
  // The define being read, and where its text since the last action starts.
  let open: { define: NamedTemplate; depth: number; from: number } | null = null;
  for (const a of findActions(file.text)) {
    const body = file.text.slice(a.start + 2, a.end).replace(/^[-\s]+/, '');
    const define = /^define[ \t]+("([^"\n]*)"|`([^`\n]*)`)/.exec(body);
    if (define && !open) {
      const at = file.text.indexOf(define[1], a.start);
      open = { define: { name: define[2] ?? define[3], uri: file.uri, start: at, end: at + define[1].length, includes: [], entries: [] }, depth: 0, from: a.end };
      continue;
    }
    if (!open) continue;
    open.define.entries.push(...literalEntries(file.text.slice(open.from, a.start), file.text.slice(a.start, a.end)));
    open.from = a.end;
    if (/^(?:if|with|range|block|define)\b/.test(body)) open.depth++;
    else if (/^end\b/.test(body) && open.depth-- === 0) {
      out.push(open.define);
      open = null;
      continue;
    }
    for (const m of body.matchAll(/\b(?:include|template)[ \t]+"([^"\n]+)"/g)) open.define.includes.push(m[1]);
  }
  if (open) out.push(open.define);
  return out;
}

/**
 * The `key: value` lines of the literal text before an action. A line cut off by the action
 * (`app.kubernetes.io/name: {{ include "web.name" . }}`) has a value that the action renders: null.
 */
function literalEntries(text: string, action: string): DefineEntry[] {
  const out: DefineEntry[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const m = /^[ \t]*([A-Za-z0-9][-A-Za-z0-9_./]*):(?:[ \t]+(.*?))?[ \t\r]*$/.exec(line);
    if (!m) return;
    const cut = i === lines.length - 1;
    out.push({ key: m[1], value: cut ? null : unquote(m[2] ?? ''), raw: cut ? `${m[2] ?? ''}${action}` : (m[2] ?? '') });
  });
  return out;
}

function unquote(v: string): string {
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}

/** The named templates that `names` render, directly or through the templates they include (cycles are cut). */
export function includeClosure(defines: readonly NamedTemplate[], names: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const todo = [...names];
  for (let name = todo.pop(); name !== undefined; name = todo.pop()) {
    if (seen.has(name)) continue;
    seen.add(name);
    for (const d of defines) if (d.name === name) todo.push(...d.includes);
  }
  return seen;
}
