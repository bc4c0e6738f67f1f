/**
 * A chart loaded from its files (paths relative to the chart folder): Chart.yaml, values.yaml, templates/, crds/, the
 * other files (`.Files`), and its subcharts from `charts/` folders and packed `charts/*.tgz`, with `.helmignore`
 * applied as Helm does when it loads a folder. Never throws: a chart that cannot load is `{ error }`.
 */
import { readGoYaml } from './goYamlIn';
import { isIgnored, parseHelmignore } from './helmignore';
import { untgz } from './tgz';
import { isMap, type GoMap } from './value';

export type FileData = string | Uint8Array;

export interface Dependency {
  name: string;
  version: string;
  alias: string;
  condition: string;
  tags: string[];
}

export interface Chart {
  /** The name templates see (the alias, for an aliased subchart). */
  name: string;
  metadata: GoMap;
  values: GoMap;
  /** Paths relative to the chart, e.g. `templates/service.yaml`, in path order. */
  templates: { path: string; text: string }[];
  /** Every loaded file that is not a template, Chart.yaml or values.yaml (what `.Files` reads). */
  files: Map<string, FileData>;
  dependencies: Dependency[];
  subcharts: Chart[];
  isLibrary: boolean;
}

const decoder = new TextDecoder();
export const asText = (d: FileData): string => (typeof d === 'string' ? d : decoder.decode(d));

function readDependencies(meta: GoMap, requirements: FileData | undefined): Dependency[] | string {
  let list: unknown = meta.dependencies;
  if (meta.apiVersion === 'v1' && requirements !== undefined) {
    const r = readGoYaml(asText(requirements));
    if ('error' in r) return `cannot load requirements.yaml: ${r.error}`;
    list = isMap(r.value) ? r.value.dependencies : null;
  }
  if (!Array.isArray(list)) return [];
  return list.filter(isMap).map((d) => ({
    name: String(d.name ?? ''),
    version: d.version === undefined || d.version === null ? '' : String(d.version),
    alias: d.alias ? String(d.alias) : '',
    condition: d.condition ? String(d.condition) : '',
    tags: Array.isArray(d.tags) ? d.tags.map(String) : [],
  }));
}

export function loadChart(all: Map<string, FileData>, where = ''): { chart: Chart } | { error: string } {
  const ignore = all.has('.helmignore') ? parseHelmignore(asText(all.get('.helmignore')!)) : parseHelmignore('');
  const files = new Map<string, FileData>();
  for (const [p, d] of all) if (p === '.helmignore' || !isIgnored(ignore, p)) files.set(p, d);
  const chartYaml = files.get('Chart.yaml');
  if (chartYaml === undefined) return { error: `${where || 'chart'}: Chart.yaml file is missing` };
  const meta = readGoYaml(asText(chartYaml));
  if ('error' in meta || !isMap(meta.value)) return { error: `${where || 'chart'}: cannot load Chart.yaml: ${'error' in meta ? meta.error : 'not a map'}` };
  const metadata = meta.value;
  if (!metadata.name) return { error: `${where || 'chart'}: validation: chart.metadata.name is required` };
  let values: GoMap = {};
  const valuesText = files.get('values.yaml');
  if (valuesText !== undefined) {
    const v = readGoYaml(asText(valuesText));
    if ('error' in v) return { error: `cannot load values.yaml: ${v.error}` };
    values = isMap(v.value) ? v.value : {};
  }
  const dependencies = readDependencies(metadata, files.get('requirements.yaml'));
  if (typeof dependencies === 'string') return { error: dependencies };
  const chart: Chart = {
    name: String(metadata.name),
    metadata,
    values,
    templates: [],
    files: new Map(),
    dependencies,
    subcharts: [],
    isLibrary: metadata.type === 'library',
  };
  const subFolders = new Map<string, Map<string, FileData>>();
  for (const [p, d] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (p.startsWith('templates/')) chart.templates.push({ path: p, text: asText(d) });
    else if (p.startsWith('charts/')) {
      const rest = p.slice('charts/'.length);
      const slash = rest.indexOf('/');
      if (slash < 0) {
        if (!rest.endsWith('.tgz') && !rest.endsWith('.tar.gz')) continue;
        const sub = loadPacked(d, `${where}charts/${rest}`);
        if ('error' in sub) return sub;
        chart.subcharts.push(sub.chart);
      } else {
        const dir = rest.slice(0, slash);
        if (!subFolders.has(dir)) subFolders.set(dir, new Map());
        subFolders.get(dir)!.set(rest.slice(slash + 1), d);
      }
    } else if (p !== 'Chart.yaml' && p !== 'values.yaml' && p !== 'requirements.yaml' && p !== 'requirements.lock') chart.files.set(p, d);
  }
  for (const [dir, sub] of subFolders) {
    if (!sub.has('Chart.yaml')) continue;
    const loaded = loadChart(sub, `${where}charts/${dir}/`);
    if ('error' in loaded) return loaded;
    chart.subcharts.push(loaded.chart);
  }
  return { chart };
}

function loadPacked(d: FileData, where: string): { chart: Chart } | { error: string } {
  if (typeof d === 'string') return { error: `${where}: a packed chart read as text` };
  const tar = untgz(d);
  if ('error' in tar) return { error: `${where}: ${tar.error}` };
  // A packed chart holds one top folder, the chart's name.
  const inner = new Map<string, FileData>();
  for (const [p, bytes] of tar.files) {
    const slash = p.indexOf('/');
    if (slash > 0) inner.set(p.slice(slash + 1), bytes);
  }
  return loadChart(inner, `${where}/`);
}
