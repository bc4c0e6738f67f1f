/**
 * `helm template` in-process: a chart's files and values in, the rendered manifests out, each with the segments that
 * say which template text produced it. Subcharts are taken by their dependency's name and version range, enabled by `condition`/`tags`, renamed by
 * `alias`; values are
 * coalesced as Helm does, defines are global (the parent's win), and the output is ordered and printed as helm
 * prints it. Never throws: a chart that does not render is a `RenderFailure` saying why and where.
 */
import { loadChart, type Chart, type Dependency, type FileData } from './chart';
import { DEFAULT_LIMITS, Engine, LimitError, UnknownFunctionError, Writer, type Limits, type Segment } from './exec';
import { readGoYaml } from './goYamlIn';
import { helmFunctionTable } from './helmFuncs';
import { classify, printManifests, sortManifests, splitManifests, type Manifest } from './manifests';
import { DEFAULT_API_VERSIONS, DEFAULT_KUBE_VERSION, capabilitiesObject, chartObject, filesObject, releaseObject } from './objects';
import { parseTemplate } from './parse';
import { semverCompare } from './semverMasterminds';
import { PLACEHOLDER_FUNCS } from './sprigMisc';
import { TemplateError, deepCopy, isMap, type GoMap } from './value';
import { coalesceGlobals, coalesceValues, mergeMaps, pathValue } from './values';

export interface RenderOptions {
  releaseName?: string;
  namespace?: string;
  kubeVersion?: string;
  /** Added to the default API versions (`--api-versions`). */
  apiVersions?: string[];
  /** The texts of `-f` values files, in order. */
  valuesFiles?: string[];
  limits?: Partial<Limits>;
}

/** One template's rendered text, with where each piece of it came from. */
export interface RenderedTemplate {
  path: string;
  text: string;
  segments: Segment[];
}

export interface RenderSuccess {
  ok: true;
  manifests: Manifest[];
  /** What `helm template` prints. */
  output: string;
  templates: Map<string, RenderedTemplate>;
  /** The texts of the templates by path (`mychart/templates/x.yaml`), for source maps. */
  sources: Map<string, string>;
  /** Functions called that Helm makes random or time-dependent; their values here are fixed placeholders. */
  placeholders: string[];
}

export interface RenderFailure {
  ok: false;
  kind: 'chart' | 'values' | 'parse' | 'template' | 'unknown-function' | 'limit';
  message: string;
  file?: string;
  pos?: number;
  function?: string;
  limit?: keyof Limits;
}

export type RenderResult = RenderSuccess | RenderFailure;

interface Unit {
  path: string;
  text: string;
  chart: Chart;
  top: GoMap;
  basePath: string;
  render: boolean;
}

const fail = (kind: RenderFailure['kind'], message: string, extra: Partial<RenderFailure> = {}): RenderFailure => ({ ok: false, kind, message, ...extra });

export function renderChart(files: Map<string, FileData>, options: RenderOptions = {}): RenderResult {
  try {
    return renderLoaded(files, options);
  } catch (e) {
    if (e instanceof RangeError) return fail('limit', `the chart is too deeply nested: ${e.message}`, { limit: 'maxDepth' });
    return fail('chart', `internal error: ${(e as Error)?.message ?? String(e)}`);
  }
}

function renderLoaded(files: Map<string, FileData>, options: RenderOptions): RenderResult {
  const loaded = loadChart(files);
  if ('error' in loaded) return fail('chart', loaded.error);
  const chart = loaded.chart;
  const kubeVersion = options.kubeVersion ?? DEFAULT_KUBE_VERSION;
  const constraint = chart.metadata.kubeVersion;
  if (typeof constraint === 'string' && constraint && !safeSatisfies(constraint, kubeVersion)) {
    return fail('chart', `chart requires kubeVersion: ${constraint} which is incompatible with Kubernetes ${kubeVersion.startsWith('v') ? kubeVersion : 'v' + kubeVersion}`);
  }
  let user: GoMap = {};
  for (const text of options.valuesFiles ?? []) {
    const r = readGoYaml(text);
    if ('error' in r) return fail('values', `cannot read a values file: ${r.error}`);
    if (isMap(r.value)) user = mergeMaps(user, r.value);
  }
  const resolved = resolveDependencies(chart, user);
  if (typeof resolved === 'string') return fail('chart', resolved);
  const values = coalesceAll(resolved, deepCopy(user));
  const common = {
    Release: releaseObject(options.releaseName ?? 'release-name', options.namespace ?? 'default'),
    Capabilities: capabilitiesObject(kubeVersion, [...DEFAULT_API_VERSIONS, ...(options.apiVersions ?? [])]),
  };
  const units: Unit[] = [];
  collectUnits(resolved, resolved.name, values, common, units);
  return execute(units, options);
}

function safeSatisfies(constraint: string, version: string): boolean {
  try {
    return semverCompare(constraint, version);
  } catch {
    return false;
  }
}

/** Subcharts to render: listed dependencies must exist; a version out of range drops it; condition/tags decide. */
function resolveDependencies(chart: Chart, user: GoMap): Chart | string {
  const withDeps = attachDependencies(chart);
  if (typeof withDeps === 'string') return withDeps;
  const cvals = coalesceAll(withDeps, deepCopy(user));
  return enable(withDeps, cvals, '');
}

/**
 * Helm's processDependencyEnabled, before conditions: a subchart that no dependency takes (by name and version range)
 * stays, under its own name, as an unlisted one does; each dependency takes the first subchart of its name whose
 * version fits, renamed by its alias. A dependency with no subchart of its name is an error.
 */
function attachDependencies(chart: Chart): Chart | string {
  const fits = (s: Chart, dep: Dependency): boolean => s.name === dep.name && (!dep.version || safeSatisfies(dep.version, String(s.metadata.version ?? '')));
  const subs: Chart[] = chart.subcharts.filter((s) => !chart.dependencies.some((d) => fits(s, d)));
  for (const dep of chart.dependencies) {
    if (!chart.subcharts.some((s) => s.name === dep.name)) return `An error occurred while checking for chart dependencies. You may need to run \`helm dependency build\` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: ${dep.name}`;
    const fit = chart.subcharts.find((s) => fits(s, dep));
    if (fit) subs.push(dep.alias ? { ...fit, name: dep.alias, metadata: { ...fit.metadata, name: dep.alias } } : fit);
  }
  const out: Chart[] = [];
  for (const s of subs) {
    const r = attachDependencies(s);
    if (typeof r === 'string') return r;
    out.push(r);
  }
  return { ...chart, subcharts: out };
}

function enable(chart: Chart, cvals: GoMap, path: string): Chart {
  const tags = isMap(cvals.tags) ? cvals.tags : null;
  const disabled = new Set<string>();
  for (const dep of chart.dependencies) {
    let on = true;
    if (tags) {
      const seen = dep.tags.filter((t) => typeof tags[t] === 'boolean').map((t) => tags[t] as boolean);
      if (seen.length && !seen.includes(true)) on = false;
    }
    for (const c of dep.condition.trim().split(',')) {
      if (!c) continue;
      const v = pathValue(cvals, path + c.trim());
      if (typeof v === 'boolean') {
        on = v;
        break;
      }
    }
    if (!on) disabled.add(dep.alias || dep.name);
  }
  const subcharts = chart.subcharts.filter((s) => !disabled.has(s.name)).map((s) => enable(s, cvals, `${path}${s.name}.`));
  return { ...chart, subcharts };
}

/** CoalesceValues over the chart tree. */
function coalesceAll(chart: Chart, v: GoMap): GoMap {
  coalesceValues(v, deepCopy(chart.values));
  for (const sub of chart.subcharts) {
    if (!(sub.name in v) || v[sub.name] === null) v[sub.name] = {};
    if (!isMap(v[sub.name])) continue;
    const sv = v[sub.name] as GoMap;
    coalesceGlobals(sv, v);
    v[sub.name] = coalesceAll(sub, sv);
  }
  return v;
}

function collectUnits(chart: Chart, prefix: string, values: GoMap, common: GoMap, out: Unit[]): void {
  const top: GoMap = { ...common, Values: values, Chart: chartObject(chart.metadata, chart.name), Files: filesObject(chart.files) };
  for (const t of chart.templates) {
    const partial = t.path.slice(t.path.lastIndexOf('/') + 1).startsWith('_');
    // A library chart contributes its partials' defines only (Helm's isTemplateValid).
    if (chart.isLibrary && !partial) continue;
    out.push({ path: `${prefix}/${t.path}`, text: t.text, chart, top, basePath: `${prefix}/templates`, render: !partial });
  }
  for (const sub of chart.subcharts) {
    const sv = isMap(values[sub.name]) ? (values[sub.name] as GoMap) : {};
    collectUnits(sub, `${prefix}/charts/${sub.name}`, sv, common, out);
  }
}

/** Helm's sortTemplates: most path segments first, then reverse path order; a later parse's define wins. */
function parseOrder(units: Unit[]): Unit[] {
  const depth = (p: string): number => p.split('/').length;
  return [...units].sort((a, b) => depth(b.path) - depth(a.path) || (a.path < b.path ? 1 : a.path > b.path ? -1 : 0));
}

function execute(units: Unit[], options: RenderOptions): RenderResult {
  const placeholders = new Set<string>();
  const funcs = helmFunctionTable();
  for (const name of PLACEHOLDER_FUNCS) {
    const f = funcs.get(name);
    if (f) funcs.set(name, (args, ctx) => (placeholders.add(name), f(args, ctx)));
  }
  const engine = new Engine(funcs, { ...DEFAULT_LIMITS, ...options.limits });
  const bodies = new Map<string, ReturnType<typeof parseTemplate>>();
  const sources = new Map<string, string>();
  for (const u of parseOrder(units)) {
    const parsed = parseTemplate(u.text);
    sources.set(u.path, u.text);
    if ('error' in parsed) return fail('parse', `parse error in ${u.path}: ${parsed.error}`, { file: u.path, pos: parsed.pos });
    bodies.set(u.path, parsed);
    // A file is a template of its own, by its path: charts include them for checksums.
    engine.templates.set(u.path, { name: u.path, file: u.path, body: parsed.body, pos: 0, end: u.text.length });
    for (const d of parsed.defines) {
      const old = engine.templates.get(d.name);
      if (old && d.body.length === 0) continue;
      engine.templates.set(d.name, { name: d.name, file: u.path, body: d.body, pos: d.pos, end: d.end });
    }
  }
  const rendered = new Map<string, RenderedTemplate>();
  for (const u of parseOrder(units)) {
    if (!u.render) continue;
    const parsed = bodies.get(u.path)!;
    if ('error' in parsed) continue;
    const w = new Writer(true);
    try {
      engine.executeBody(parsed.body, u.path, { ...u.top, Template: { Name: u.path, BasePath: u.basePath } }, w);
    } catch (e) {
      return templateFailure(e, u.path);
    }
    rendered.set(u.path, { path: u.path, text: w.text(), segments: w.segments ?? [] });
  }
  const manifests: Manifest[] = [];
  for (const path of [...rendered.keys()].sort()) {
    if (path.endsWith('NOTES.txt')) continue;
    const text = rendered.get(path)!.text;
    if (text.trim() === '') continue;
    const pieces = splitManifests(text);
    for (let i = 0; i < pieces.length; i++) {
      const c = classify(path, pieces[i], i);
      if ('error' in c) return fail('template', c.error, { file: path });
      manifests.push(c.manifest);
    }
  }
  const sorted = sortManifests(manifests);
  return { ok: true, manifests: sorted, output: printManifests(sorted), templates: rendered, sources, placeholders: [...placeholders].sort() };
}

function templateFailure(e: unknown, path: string): RenderFailure {
  if (e instanceof UnknownFunctionError) return fail('unknown-function', `function "${e.fn}" is not known to kube-netlens`, { file: e.file ?? path, pos: e.pos, function: e.fn });
  if (e instanceof LimitError) return fail('limit', e.message, { file: e.file ?? path, pos: e.pos, limit: e.limit });
  if (e instanceof TemplateError) return fail('template', `execution error at (${e.file ?? path}): ${e.message}`, { file: e.file ?? path, pos: e.pos });
  if (e instanceof RangeError) return fail('limit', `the template nests too deeply: ${e.message}`, { file: path, limit: 'maxDepth' });
  throw e;
}
