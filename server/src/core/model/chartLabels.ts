/**
 * The labels a Helm template's pods may carry, read without rendering: the literal ones under the pod template's
 * `labels:`, and those that the named templates it includes write literally (`web.selectorLabels` usually writes
 * `app.kubernetes.io/name: …`). Labels a chart's users may add through values (`toYaml .Values.podLabels`) could
 * be anything, and are not counted: a chart "may render" a label when its own text says so.
 */
import type { NamedTemplate } from './chart';
import { includeClosure } from './chart';
import type { Selector } from './selectors';
import type { PodTemplate } from './workloads';
import type { Resource } from './resource';
import { asScalar, getPair } from '../syntax/nodes';
import type { StringEntry, YPair } from '../syntax/nodes';
import { actionText, keyBlockEnd } from '../syntax/helmBlank';

export interface Include {
  name: string;
  /** The quoted name, quotes included. */
  start: number;
  end: number;
}

/** The `labels:` pair of a pod template's metadata. */
export function podLabelsPair(t: PodTemplate): YPair | null {
  return getPair(t.owner.node, ...t.workload.templatePath, 'metadata', 'labels');
}

/** A label whose key or value holds an action: `app: {{ include "web.name" . }}`. */
export function templatedEntry(e: StringEntry): boolean {
  return actionText(e.pair.key) !== null || actionText(e.pair.value) !== null;
}

/** The named templates included in a key's block (blanked action lines leave the key without a value, so the block is read from the text). */
export function includesUnder(text: string, pair: YPair | null): Include[] {
  if (!pair) return [];
  // From the key on: `selector: {{- include "web.selectorLabels" . | nindent 4 }}` includes on the key's own line.
  const from = pair.key.end;
  const block = text.slice(from, keyBlockEnd(text, pair));
  const out: Include[] = [];
  for (const m of block.matchAll(/\{\{-?\s*(?:include|template)\s+"([^"]+)"/g)) {
    // The opening quote stands before the name, the closing one ends the match.
    const start = from + m.index + m[0].length - m[1].length - 2;
    out.push({ name: m[1], start, end: start + m[1].length + 2 });
  }
  return out;
}

/** Whether the action that holds offset `at` stands alone on its line, or right after the block's own key. */
function rendersLines(text: string, at: number, keyStart: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const before = text.slice(lineStart, text.lastIndexOf('{{', at));
  return before.trim() === '' || lineStart <= keyStart;
}

/**
 * Whether a templated pod template may carry labels that satisfy `selector`: every requirement's key is among its
 * literal labels or the entries of the named templates its labels include, with a value that matches, or that an
 * action renders and that may be the one asked for (`valueMayBe`). `text` is the template's file; `chart` its chart's
 * name and named templates.
 */
export function mayRenderSelector(text: string, chart: { name: string | null; defines: readonly NamedTemplate[] }, t: PodTemplate, selector: Selector): boolean {
  const labels = podLabelsPair(t);
  if (!labels || selector.unreadable) return false;
  const includes = includesUnder(text, labels);
  const included = includes.map((i) => i.name);
  // A named template the workspace does not define (a library chart not vendored) may render any labels, when it
  // renders lines of the block rather than one label's value.
  if (includes.some((i) => !chart.defines.some((d) => d.name === i.name) && rendersLines(text, i.start, labels.key.start))) return true;
  const rendered = includeClosure(chart.defines, included);
  const values = (key: string): { value: string | null; raw: string }[] => [
    ...t.labels.filter((e) => e.key === key).map((e) => (templatedEntry(e) ? { value: null, raw: asScalar(e.pair.value)?.raw ?? '' } : { value: e.value, raw: e.value })),
    ...chart.defines.filter((d) => rendered.has(d.name)).flatMap((d) => d.entries.filter((e) => e.key === key)),
  ];
  return selector.requirements.every((q) => {
    const found = values(q.key);
    if (q.operator === 'In') return found.some((v) => (v.value === null ? q.values.some((x) => valueMayBe(v.raw, x, chart.name)) : q.values.includes(v.value)));
    if (q.operator === 'Exists') return found.length > 0;
    return true;
  });
}

/** Whether a templated object may be named `wanted`: its name as written, or one that an action renders. */
export function mayRenderName(r: Resource, wanted: string, chartName: string | null): boolean {
  const raw = actionText(r.nameNode);
  return raw !== null ? valueMayBe(raw, wanted, chartName) : r.name === wanted;
}

/**
 * Whether a value that an action renders may be `wanted`. A chart's names are made from its own name
 * (`web`, `release-web`), so a name-like value must hold it; the release name alone (`{{ .Release.Name }}`, as in
 * `app.kubernetes.io/instance`) may be anything. Without a chart name, anything may be rendered.
 */
function valueMayBe(raw: string, wanted: string, chartName: string | null): boolean {
  if (chartName === null || wanted.includes(chartName)) return true;
  return /^\s*\{\{-?\s*\.Release\.Name\s*-?\}\}\s*$/.test(raw);
}
