/**
 * YAML read as Helm reads values files, Chart.yaml and `fromYaml`: go-yaml v2 (YAML 1.1) through JSON. Plain scalars
 * resolve as go-yaml resolves them (`yes` is true, `0755` is 493), every number is a float64, keys are strings, and
 * aliases and `<<` merge keys are expanded. Never throws: a parse error is returned as `{ error }`.
 */
import { Alias, isAlias, isMap as isYamlMap, isScalar, isSeq, parseAllDocuments, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { resolvePlain } from '../k8s/goyaml';
import type { GoMap } from './value';

export type YamlRead = { value: unknown } | { error: string };

/** The first document of `text` (go-yaml's Unmarshal reads only the first). */
export function readGoYaml(text: string): YamlRead {
  const all = readGoYamlAll(text);
  if ('error' in all) return all;
  return { value: all.values[0] ?? null };
}

export function readGoYamlAll(text: string): { values: unknown[] } | { error: string } {
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: false, prettyErrors: false }) as Document.Parsed[];
  } catch (e) {
    return { error: String((e as Error).message) };
  }
  if (!Array.isArray(docs)) docs = [docs];
  const values: unknown[] = [];
  for (const doc of docs) {
    if (doc.errors.length) return { error: doc.errors[0].message };
    values.push(toGo(doc.contents as YamlNode | null, doc, 0));
  }
  return { values };
}

function toGo(node: YamlNode | null | undefined, doc: Document.Parsed, depth: number): unknown {
  if (!node || depth > 200) return null;
  if (isAlias(node)) return toGo((node as Alias).resolve(doc) as YamlNode | undefined, doc, depth + 1);
  if (isScalar(node)) {
    const text = String(node.value ?? '');
    const tag = node.tag;
    if (tag === 'tag:yaml.org,2002:str' || tag === '!!str') return text;
    if (tag === 'tag:yaml.org,2002:int' || tag === 'tag:yaml.org,2002:float' || tag === '!!int' || tag === '!!float') {
      const r = resolvePlain(text);
      return r.type === 'number' ? r.value : text;
    }
    if (node.type !== 'PLAIN') return text;
    const r = resolvePlain(text);
    return r.type === 'null' ? null : r.type === 'string' ? text : r.value;
  }
  if (isSeq(node)) return node.items.map((x) => toGo(x as YamlNode, doc, depth + 1));
  if (isYamlMap(node)) {
    const out: GoMap = {};
    for (const pair of node.items) {
      const keyNode = pair.key as YamlNode | null;
      const key = toGo(keyNode, doc, depth + 1);
      const value = toGo(pair.value as YamlNode | null, doc, depth + 1);
      if (key === '<<' && isScalar(keyNode) && keyNode.type === 'PLAIN') {
        for (const src of Array.isArray(value) ? value : [value]) {
          if (src && typeof src === 'object' && !Array.isArray(src)) for (const [k, v] of Object.entries(src)) if (!(k in out)) out[k] = v;
        }
        continue;
      }
      out[keyString(key)] = value;
    }
    return out;
  }
  return null;
}

/** A key as JSON makes it: sigs.k8s.io/yaml turns non-string keys into their text. */
function keyString(k: unknown): string {
  if (k === null) return 'null';
  if (typeof k === 'number') return Number.isInteger(k) ? String(k) : String(k);
  return typeof k === 'string' ? k : JSON.stringify(k);
}

/**
 * What Helm reads of a manifest (its SimpleHead): the kind, and whether it is a hook. The whole text must parse, but
 * only those fields are converted.
 */
export function readGoYamlHead(text: string): { kind: string; isHook: boolean } | { error: string } {
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { schema: 'failsafe', uniqueKeys: false, prettyErrors: false });
  } catch (e) {
    return { error: String((e as Error).message) };
  }
  if (doc.errors.length) return { error: doc.errors[0].message };
  const root = doc.contents as YamlNode | null;
  const field = (n: YamlNode | null | undefined, key: string): YamlNode | null => {
    if (!n || !isYamlMap(n)) return null;
    const pair = n.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    return (pair?.value as YamlNode | null) ?? null;
  };
  const kind = toGo(field(root, 'kind'), doc, 0);
  const annotations = field(field(root, 'metadata'), 'annotations');
  return { kind: typeof kind === 'string' ? kind : '', isHook: field(annotations, 'helm.sh/hook') !== null || hasKey(annotations, 'helm.sh/hook') };
}

function hasKey(n: YamlNode | null, key: string): boolean {
  return !!n && isYamlMap(n) && n.items.some((p) => isScalar(p.key) && String(p.key.value) === key);
}
