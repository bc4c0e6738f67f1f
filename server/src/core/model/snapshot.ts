/**
 * An immutable view of the whole workspace at one moment: every object, indexed by kind, namespace and name, and
 * every pod template, indexed by namespace and label. Rules and features read only this.
 */
import type { Config } from '../config';
import type { Range } from '../text';
import { proximity } from '../paths';
import type { ParsedDocument } from '../syntax/parse';
import { objectsRunTogether } from '../syntax/parse';
import type { SourceFile } from './sourceFile';
import type { Resource } from './resource';
import { extractResources, isObjectNode } from './resource';
import { flattenedOf } from './flattened';
import { sameUnit } from './units';
import type { PodTemplate, WorkloadKind } from './workloads';
import { findWorkloadKind, podTemplateOf, workloadKinds } from './workloads';
import type { Selector } from './selectors';
import { selectionKey, selectorMatches } from './selectors';
import { isKustomizationFile, kustomizeContexts, looksLikePatchFile, readKustomization } from './kustomize';
import type { Kustomization, KustomizeContext } from './kustomize';
import { get, str } from '../syntax/nodes';
import type { HelmChart } from './chart';
import { helmCharts, isChartSupportFile } from './chart';
import { mayRenderName, mayRenderSelector } from './chartLabels';
import type { ServiceView } from './service';
import { isService, serviceView } from './service';
import { findOperatorPodKind, operatorPodTemplates } from './operatorPods';
import type { BuiltObject } from './kustomizeVariants';
import { builtObject, variantName, variantSelector, variantTemplate } from './kustomizeVariants';

/** What a link looks for, that a Helm template elsewhere may render. */
export type Wanted = { selector: Selector } | { name: string };

/** A document whose objects we cannot know: it does not parse, runs two objects together, or is a Helm template. */
export interface UnknownSource {
  uri: string;
  docIndex: number;
  reason: 'syntax' | 'helm' | 'merged' | 'patch' | 'remote';
  /** Kinds named in the document's text; empty when none could be read. */
  kinds: string[];
  /** The namespace named in the text, or null when unknown. */
  namespace: string | null;
  /** For a patch: the name of the object it modifies. */
  name?: string;
  range: Range;
}

export interface DocumentInfo {
  file: SourceFile;
  doc: ParsedDocument;
  index: number;
  resources: Resource[];
}

export class Snapshot {
  readonly resources: Resource[] = [];
  readonly templates: PodTemplate[] = [];
  readonly unknown: UnknownSource[] = [];
  readonly kustomizations: Kustomization[] = [];
  readonly workloadKinds: WorkloadKind[];
  private readonly docInfo = new Map<string, DocumentInfo[]>();
  private readonly byKey = new Map<string, Resource[]>();
  private readonly byKind = new Map<string, Resource[]>();
  private readonly templatesByNs = new Map<string, PodTemplate[]>();
  private readonly labelIndex = new Map<string, PodTemplate[]>();
  private readonly runtimeKeyTemplates = new Map<string, PodTemplate[]>();
  private readonly templateOfResource = new Map<Resource, PodTemplate>();
  private readonly serviceViews = new Map<Resource, ServiceView>();
  /** Cache of `selectTemplates` answers; a snapshot's templates never change once it is built. */
  private readonly selections = new Map<string, PodTemplate[]>();
  private kustomize: Map<string, KustomizeContext> = new Map();
  private chartList: HelmChart[] | undefined;
  /**
   * Values that a higher layer keeps with this snapshot and hands on to the snapshots derived from it (the link
   * graph, so that a keystroke that changes no link reuses it). The snapshot never reads them: see `bequeath`.
   */
  private readonly bequests = new Map<symbol, () => unknown>();
  private readonly inherited = new Map<symbol, unknown>();
  /**
   * While a snapshot is derived from the previous one: the index lists it shares with it (never modified, copied on
   * first change) are those not in this set, and the lists changed, to be put back in workspace order.
   */
  private derived: { own: Set<unknown[]>; changed: Set<(Resource | PodTemplate)[]> } | null = null;

  /**
   * `previous`, when given, is the snapshot these files replace. A snapshot that differs from it by a few edited
   * files outside any kustomization is derived from it: the edited files' objects are taken out of its indexes and
   * the new ones put in, instead of indexing the whole workspace again. A test checks that both ways give the same.
   */
  constructor(readonly files: ReadonlyMap<string, SourceFile>, readonly config: Config, previous?: Snapshot) {
    this.workloadKinds = workloadKindsOf(config);
    // Files in URI order, not in the order they were loaded: the LSP reads files concurrently, and every list derived
    // here (ties in nearest-first lookups, the first unreadable document named in a message) must not depend on that.
    const ordered = [...files.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
    const edited = previous && editedFiles(previous, files, config);
    if (previous && edited) this.derive(previous, ordered, edited);
    else this.build(ordered);
  }

  private build(ordered: SourceFile[]) {
    const config = this.config;
    for (const file of ordered) {
      if (isKustomizationFile(file.uri)) {
        const k = readKustomization(file.uri, file.docs[0]?.root ?? null);
        if (k) this.kustomizations.push(k);
      }
    }
    const patchFiles = new Set(this.kustomizations.flatMap((k) => k.patchFiles));
    this.kustomize = kustomizeContexts(this.kustomizations, [...this.files.keys()]);
    for (const file of ordered) {
      const c = contributionOf(file, config, patchFiles.has(file.uri));
      const infos = this.withKustomizeNamespaces(file.uri, c.infos);
      for (const info of infos) this.resources.push(...info.resources);
      this.unknown.push(...c.unknown);
      this.docInfo.set(file.uri, infos);
    }
    this.addRemoteBases();
    for (const r of this.resources) this.index(r);
  }

  /**
   * Builds this snapshot from `previous`, which has the same files but for `edited` (see `editedFiles`). Objects of
   * the other files keep what the previous snapshot worked out for them: namespaces, templates, Service views.
   */
  private derive(previous: Snapshot, ordered: SourceFile[], edited: ReadonlySet<string>) {
    this.kustomizations.push(...previous.kustomizations);
    this.kustomize = previous.kustomize;
    for (const key of new Set([...previous.bequests.keys(), ...previous.inherited.keys()])) {
      const value = previous.bequests.get(key)?.() ?? previous.inherited.get(key);
      if (value !== undefined) this.inherited.set(key, value);
    }
    for (const file of ordered) {
      const c = edited.has(file.uri) ? contributionOf(file, this.config, false) : contributions.get(file)!;
      // An edited file is built by no kustomization; the others keep the objects the previous snapshot made.
      const infos = edited.has(file.uri) ? c.infos : previous.docInfo.get(file.uri)!;
      for (const info of infos) this.resources.push(...info.resources);
      this.unknown.push(...c.unknown);
      this.docInfo.set(file.uri, infos);
    }
    this.addRemoteBases();
    for (const [mine, theirs] of [
      [this.byKey, previous.byKey],
      [this.byKind, previous.byKind],
      [this.templatesByNs, previous.templatesByNs],
      [this.labelIndex, previous.labelIndex],
      [this.runtimeKeyTemplates, previous.runtimeKeyTemplates],
    ] as [Map<string, unknown[]>, Map<string, unknown[]>][]) {
      for (const [k, v] of theirs) mine.set(k, v);
    }
    for (const [k, v] of previous.templateOfResource) this.templateOfResource.set(k, v);
    for (const [k, v] of previous.serviceViews) this.serviceViews.set(k, v);
    this.derived = { own: new Set(), changed: new Set() };
    const removed = new Set<Resource>();
    for (const uri of edited) for (const info of previous.documents(uri)) for (const r of info.resources) removed.add(r);
    const gone = new Set<PodTemplate>(previous.templates.filter((t) => removed.has(t.owner)));
    for (const r of removed) this.unindex(r, gone);
    for (const uri of edited) for (const info of this.documents(uri)) for (const r of info.resources) this.index(r);
    // Lists that changed are put back in workspace order, the order a full build would give them.
    const ordinal = new Map(this.resources.map((r, i) => [r, i] as const));
    const rank = (x: Resource | PodTemplate) => ordinal.get('owner' in x ? x.owner : x) ?? -1;
    for (const list of this.derived.changed) list.sort((a, b) => rank(a) - rank(b));
    const added = this.templates.splice(0);
    this.templates.push(...previous.templates.filter((t) => !gone.has(t)), ...added);
    if (added.length > 0 || gone.size > 0) this.templates.sort((a, b) => rank(a) - rank(b));
    this.derived = null;
  }

  /** Takes an object of an edited file, and its pod templates, out of the indexes shared with the previous snapshot. */
  private unindex(r: Resource, gone: ReadonlySet<PodTemplate>) {
    const drop = <K, V>(map: Map<K, V[]>, key: K, test: (v: V) => boolean) => {
      const list = map.get(key);
      if (!list || !list.some(test)) return;
      const kept = list.filter((v) => !test(v));
      if (kept.length > 0) map.set(key, kept);
      else map.delete(key);
    };
    const isR = (x: Resource) => x === r;
    const isGone = (t: PodTemplate) => gone.has(t);
    drop(this.byKind, r.kind, isR);
    if (r.name !== null) for (const ns of r.namespaces) drop(this.byKey, `${r.kind}\0${ns}\0${r.name}`, isR);
    this.templateOfResource.delete(r);
    this.serviceViews.delete(r);
    for (const t of templatesOf(r, this.workloadKinds)) {
      for (const ns of r.namespaces) {
        drop(this.templatesByNs, ns, isGone);
        for (const l of t.labels) drop(this.labelIndex, `${ns}\0${l.key}\0${l.value}`, isGone);
        for (const k of t.runtimeKeys) drop(this.runtimeKeyTemplates, `${ns}\0${k}`, isGone);
      }
    }
  }

  private addRemoteBases() {
    for (const k of this.kustomizations) {
      for (const base of k.remote) this.unknown.push({ uri: k.uri, docIndex: 0, reason: 'remote', kinds: [], namespace: null, range: { start: base.start, end: base.end } });
    }
  }

  /** Adds to an index list; a list shared with the previous snapshot is copied first, and noted to be re-ordered. */
  private add<K, V extends Resource | PodTemplate>(map: Map<K, V[]>, key: K, value: V) {
    const list = map.get(key);
    if (!this.derived) {
      if (list) list.push(value);
      else map.set(key, [value]);
      return;
    }
    const own = list && this.derived.own.has(list) ? list : [...(list ?? [])];
    own.push(value);
    if (own !== list) {
      map.set(key, own);
      this.derived.own.add(own);
    }
    this.derived.changed.add(own);
  }

  /** What kustomizations do to a file's objects, if any reaches it. */
  kustomizeContext(uri: string): KustomizeContext | undefined {
    return this.kustomize.get(uri);
  }

  /** The object as each kustomization that transforms it builds it (name, labels); empty when none does. */
  builtAs(r: Resource): BuiltObject[] {
    return (this.kustomize.get(r.uri)?.variants ?? []).map((v) => builtObject(r, v));
  }

  /** Patches in the workspace that modify the object of this kind and name. */
  patchesFor(r: Resource): UnknownSource[] {
    return this.unknown.filter((u) => u.reason === 'patch' && u.name === r.name && u.kinds.includes(r.kind));
  }

  /**
   * A file's documents as this snapshot sees them: the objects of a file that a kustomization builds are copies that
   * also live in the kustomization's namespaces. The file's own objects are shared by every snapshot and never
   * changed, so an older snapshot still reads the namespaces it was built with.
   */
  private withKustomizeNamespaces(uri: string, infos: DocumentInfo[]): DocumentInfo[] {
    const extra = this.kustomize.get(uri)?.namespaces;
    if (!extra || extra.size === 0) return infos;
    // The declared (or default) namespace stays possible too: the folder may also be applied on its own.
    const placed = (r: Resource): Resource => ({ ...r, namespaces: [...extra, ...r.namespaces.filter((n) => !extra.has(n))] });
    return infos.map((info) => ({ ...info, resources: info.resources.map(placed) }));
  }

  private index(r: Resource) {
    this.add(this.byKind, r.kind, r);
    if (r.name !== null) for (const ns of r.namespaces) this.add(this.byKey, `${r.kind}\0${ns}\0${r.name}`, r);
    const templates = templatesOf(r, this.workloadKinds);
    if (templates[0]) this.templateOfResource.set(r, templates[0]);
    for (const template of templates) this.indexTemplate(r, template);
    for (const variant of this.kustomize.get(r.uri)?.variants ?? []) {
      const name = variantName(r, variant);
      if (name !== null) for (const ns of r.namespaces) this.add(this.byKey, `${r.kind}\0${ns}\0${name}`, r);
      for (const template of templates) {
        const built = variantTemplate(template, variant);
        if (built) this.indexTemplate(r, built);
      }
    }
  }

  private indexTemplate(r: Resource, t: PodTemplate) {
    this.templates.push(t);
    for (const ns of r.namespaces) {
      this.add(this.templatesByNs, ns, t);
      for (const l of t.labels) this.add(this.labelIndex, `${ns}\0${l.key}\0${l.value}`, t);
      for (const k of t.runtimeKeys) this.add(this.runtimeKeyTemplates, `${ns}\0${k}`, t);
    }
  }

  /**
   * Hands a value on to the snapshots derived from this one: `value` is asked when one is derived, and when it has
   * nothing (undefined), what this snapshot inherited is handed on instead. A derived snapshot reads it with `heirloom`.
   */
  bequeath(key: symbol, value: () => unknown): void {
    this.bequests.set(key, value);
  }

  /** What the snapshot this one derives from handed on under `key` (see `bequeath`). */
  heirloom(key: symbol): unknown {
    return this.inherited.get(key);
  }

  /** Lets go of what was handed on under `key`, once it is no longer needed. */
  dropHeirloom(key: symbol): void {
    this.inherited.delete(key);
  }

  documents(uri: string): DocumentInfo[] {
    return this.docInfo.get(uri) ?? [];
  }

  ofKind(kind: string): Resource[] {
    return this.byKind.get(kind) ?? [];
  }

  /** Objects of a kind with this name in this namespace, nearest to `fromUri` first. */
  lookup(kind: string, namespace: string, name: string, fromUri?: string): Resource[] {
    const found = this.byKey.get(`${kind}\0${namespace}\0${name}`) ?? [];
    return fromUri ? byProximity(found, fromUri) : found;
  }

  templatesIn(namespace: string): PodTemplate[] {
    return this.templatesByNs.get(namespace) ?? [];
  }

  templateOf(r: Resource): PodTemplate | undefined {
    return this.templateOfResource.get(r);
  }

  /** The Helm charts of the workspace (model/chart.ts), worked out on first use. */
  charts(): readonly HelmChart[] {
    return (this.chartList ??= helmCharts(this.files));
  }

  service(r: Resource): ServiceView | null {
    if (!isService(r)) return null;
    let v = this.serviceViews.get(r);
    if (!v) {
      v = serviceView(r);
      const view = v;
      v.variantSelectors = (this.kustomize.get(r.uri)?.variants ?? []).flatMap((variant) => variantSelector(view, variant) ?? []);
      this.serviceViews.set(r, v);
    }
    return v;
  }

  /**
   * The pod templates in any of the namespaces that the selector matches. An empty selector matches every template
   * (LabelSelector semantics); callers that mean Service semantics must handle empty selectors themselves.
   */
  selectTemplates(selector: Selector, namespaces: string[], fromUri?: string): PodTemplate[] {
    // Many Services and policies repeat one selector (every Service of an app, say): each distinct question is worked
    // out once per snapshot, so that N objects with one selector cost N, not N times the templates they select.
    const key = `${selectionKey(selector)}\0${namespaces.join(',')}\0${fromUri ?? ''}`;
    let found = this.selections.get(key);
    if (!found) this.selections.set(key, (found = this.computeSelection(selector, namespaces, fromUri)));
    return found;
  }

  private computeSelection(selector: Selector, namespaces: string[], fromUri?: string): PodTemplate[] {
    const out = new Set<PodTemplate>();
    for (const ns of namespaces) {
      const first = selector.requirements.find((r) => r.operator === 'In' && r.values.length === 1);
      const candidates = first
        ? [...(this.labelIndex.get(`${ns}\0${first.key}\0${first.values[0]}`) ?? []), ...(this.runtimeKeyTemplates.get(`${ns}\0${first.key}`) ?? [])]
        : this.templatesIn(ns);
      for (const t of candidates) {
        if (!out.has(t) && selectorMatches(selector, { get: (k) => t.labels.find((l) => l.key === k)?.value, runtimeKeys: t.runtimeKeys })) out.add(t);
      }
    }
    // A template that matches as written needs no kustomization to match: its built variants would only repeat it.
    const list = [...out].filter((t) => !t.base || !out.has(t.base));
    return fromUri ? byProximity(list, fromUri, (t) => t.owner.uri) : list;
  }

  /**
   * Documents we could not read that might hold a pod source (or other object of `kinds`) for a link from `fromUri`
   * in one of `namespaces`. A broken document counts when it is in the same folder tree as the referring file. A
   * chart's template elsewhere in the workspace counts when it may render what is `wanted`: pods a selector selects, or
   * an object of that name (model/chartLabels.ts). A chart is installed in whatever namespace its release picks.
   */
  unknownSourcesFor(fromUri: string, namespaces: string[], kinds: (kind: string) => boolean, wanted?: Wanted): UnknownSource[] {
    return this.unknown.filter((u) => {
      // A remote base can hold anything, but only for the builds of the kustomization that names it.
      if (u.reason === 'remote') return this.kustomize.get(fromUri)?.builtBy.has(u.uri) ?? false;
      // Only a document applied together with the referrer (units.ts) could complete its link, or a chart's template
      // that may render what is wanted.
      if (!sameUnit(this, fromUri, u.uri)) return u.reason === 'helm' && !!wanted && this.helmMayRender(u, kinds, wanted);
      if (u.kinds.length > 0 && !u.kinds.some(kinds)) return false;
      if (u.namespace !== null && u.reason !== 'helm' && !namespaces.includes(u.namespace)) return false;
      return true;
    });
  }

  /** Whether a document of a Helm chart may render what is wanted: pods the selector selects, or an object of that name. */
  private helmMayRender(u: UnknownSource, kinds: (kind: string) => boolean, wanted: Wanted): boolean {
    const text = this.files.get(u.uri)?.text ?? '';
    // Outside a chart, a templated document is someone's own templating (a test harness, a generator), not a release.
    const chart = this.charts().find((c) => u.uri.startsWith(`${c.root}/templates/`));
    if (!chart) return false;
    const resources = this.documents(u.uri).find((d) => d.index === u.docIndex)?.resources ?? [];
    if ('name' in wanted) return resources.some((r) => kinds(r.kind) && mayRenderName(r, wanted.name, chart.name));
    const templates = resources.map((r) => this.templateOf(r)).filter((t): t is PodTemplate => !!t);
    return templates.some((t) => mayRenderSelector(text, chart, t, wanted.selector));
  }
}

/** How many edited files a snapshot is derived for, at most; beyond that, building it afresh is as quick. */
const MAX_DERIVED_EDITS = 16;

/**
 * The files edited since `previous`, when a snapshot of `files` may be derived from it: the same settings and the
 * same file names, a few files edited, none of them a kustomization, a patch or a file a kustomization builds (what
 * those change reaches other files' objects). Null when it must be built afresh.
 */
function editedFiles(previous: Snapshot, files: ReadonlyMap<string, SourceFile>, config: Config): Set<string> | null {
  if (previous.config !== config || previous.files.size !== files.size) return null;
  const edited = new Set<string>();
  for (const [uri, file] of files) {
    const before = previous.files.get(uri);
    if (before === file) continue;
    if (!before || edited.size === MAX_DERIVED_EDITS || isKustomizationFile(uri) || previous.kustomizeContext(uri)) return null;
    if (previous.kustomizations.some((k) => k.patchFiles.includes(uri))) return null;
    edited.add(uri);
  }
  return edited;
}

/** A file is a Kubernetes manifest when one of its documents is, or reads like one even though it does not parse. */
export function looksKubernetes(file: SourceFile): boolean {
  if (isChartSupportFile(file.uri)) return false;
  return file.docs.some((d) => isObjectNode(d.root) || (/^[ \t]*apiVersion[ \t]*:/m.test(d.text) && /^[ \t]*kind[ \t]*:/m.test(d.text)));
}

export function byProximity<T>(items: T[], fromUri: string, uriOf: (t: T) => string = (t) => (t as unknown as Resource).uri): T[] {
  return items
    .map((t, i) => ({ t, i, d: proximity(fromUri, uriOf(t)) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.t);
}

function unknownOf(file: SourceFile, doc: ParsedDocument, index: number, resources: Resource[]): UnknownSource | null {
  if (flattenedOf(doc)) return null;
  const merged = objectsRunTogether(doc);
  const broken = doc.issues.some((i) => i.severity === 'error');
  if (!merged && !broken && !doc.helm) return null;
  if (!merged && !broken && resources.length > 0 && !doc.helm) return null;
  // Blanks are `[ \t]`, never `\s`: with the `m` flag, `^\s*` runs across line breaks and makes a scan of many blank
  // lines quadratic (a minute for 100,000 of them).
  const kinds = [...doc.text.matchAll(/^[ \t]*kind:[ \t]*["']?([A-Za-z][A-Za-z0-9]*)/gm)].map((m) => m[1]);
  const ns = /^[ \t]*namespace:[ \t]*["']?([a-z0-9][-a-z0-9]*)["']?[ \t]*\r?$/m.exec(doc.text);
  return {
    uri: file.uri,
    docIndex: index,
    reason: doc.helm ? 'helm' : merged ? 'merged' : 'syntax',
    kinds,
    namespace: ns ? ns[1] : null,
    range: { start: doc.span.start, end: doc.span.end },
  };
}

/** A patch modifies an object defined elsewhere; links to that object are unknown, since the patch may change them. */
function patchOf(file: SourceFile, doc: ParsedDocument, index: number): UnknownSource | null {
  const root = doc.root;
  const kind = str(get(root, 'kind'));
  if (!kind) return null;
  return {
    uri: file.uri,
    docIndex: index,
    reason: 'patch',
    kinds: [kind],
    namespace: str(get(root, 'metadata', 'namespace')),
    ...(str(get(root, 'metadata', 'name')) ? { name: str(get(root, 'metadata', 'name'))! } : {}),
    range: { start: doc.span.start, end: doc.span.end },
  };
}

interface Contribution {
  config: Config;
  listedAsPatch: boolean;
  infos: DocumentInfo[];
  unknown: UnknownSource[];
}

/**
 * What one file contributes to a snapshot: its documents with their objects, and its unreadable documents. It
 * depends only on the file (immutable: an edit makes a new SourceFile), the settings and whether a kustomization
 * names it as a patch, so it is remembered per file and a new snapshot after an edit re-extracts only the edited file.
 */
const contributions = new WeakMap<SourceFile, Contribution>();

function contributionOf(file: SourceFile, config: Config, listedAsPatch: boolean): Contribution {
  const cached = contributions.get(file);
  if (cached && cached.config === config && cached.listedAsPatch === listedAsPatch) return cached;
  const infos: DocumentInfo[] = [];
  const unknown: UnknownSource[] = [];
  const k8s = looksKubernetes(file) && !isKustomizationFile(file.uri);
  const patch = k8s && (listedAsPatch || looksLikePatchFile(file.uri));
  file.docs.forEach((doc, index) => {
    const resources = k8s && !patch ? extractResources(file.uri, index, doc, config.defaultNamespace) : [];
    infos.push({ file, doc, index, resources });
    const u = patch ? patchOf(file, doc, index) : k8s ? unknownOf(file, doc, index, resources) : null;
    if (u) unknown.push(u);
  });
  const c = { config, listedAsPatch, infos, unknown };
  contributions.set(file, c);
  return c;
}

const kindsByConfig = new WeakMap<Config, WorkloadKind[]>();

function workloadKindsOf(config: Config): WorkloadKind[] {
  let kinds = kindsByConfig.get(config);
  if (!kinds) kindsByConfig.set(config, (kinds = workloadKinds(config.additionalWorkloadKinds)));
  return kinds;
}

const templatesByResource = new WeakMap<Resource, { kinds: WorkloadKind[]; templates: PodTemplate[] }>();

/** The pod templates an object stamps out (one for a workload, several for some operators' resources), remembered per object. */
function templatesOf(r: Resource, kinds: WorkloadKind[]): PodTemplate[] {
  const cached = templatesByResource.get(r);
  if (cached && cached.kinds === kinds) return cached.templates;
  const wk = findWorkloadKind(kinds, r);
  const operator = wk ? undefined : findOperatorPodKind(r);
  const t = wk ? podTemplateOf(r, wk) : null;
  const templates = t ? [t] : operator ? operatorPodTemplates(r, operator) : [];
  templatesByResource.set(r, { kinds, templates });
  return templates;
}
