/**
 * Runs the rules over a snapshot. The runner owns what no rule should: severity overrides from the settings,
 * suppression (a comment or an annotation), and de-duplication.
 */
import type { Config, SeverityName } from '../config';
import type { Diagnostic } from '../diagnostics';
import type { Snapshot, DocumentInfo } from '../model/snapshot';
import { looksKubernetes } from '../model/snapshot';
import type { SourceFile } from '../model/sourceFile';
import type { Resource } from '../model/resource';
import type { DocumentContext, Finding, Rule } from './types';
import { RULES, readsOf } from './registry';
import { linkEpoch } from '../model/signature';
import type { Action } from '../syntax/helmBlank';
import { findActions } from '../syntax/helmBlank';

export const SUPPRESS_COMMENT = 'kube-netlens-disable-next-line';
export const IGNORE_ANNOTATION = 'kube-netlens.io/ignore';
export const UNVERIFIABLE_RULE = 'link-unverifiable';
export const UNMATCHED_RULE = 'selector-unmatched';
export const SKIPPED_RULE = 'file-not-analysed';

export function effectiveSeverity(config: Config, rule: { id: string; severity: SeverityName }): SeverityName | null {
  const s = config.rules[rule.id]?.severity;
  if (s === 'off') return null;
  return s ?? rule.severity;
}

export interface CheckOptions {
  rules?: readonly Rule[];
  /** Called when a rule throws; the rule's findings for that document are lost, the others are kept. */
  onRuleError?(ruleId: string, uri: string, error: unknown): void;
  /** Keeps each document's findings between checks, so that a document that did not change is not checked again. */
  cache?: FindingsCache;
}

/** What one document's rules found, and everything those findings depend on. */
interface CachedDocument {
  text: string;
  start: number;
  index: number;
  epoch: string;
  config: Config;
  rules: readonly Rule[];
  found: Diagnostic[];
}

/**
 * Each document's findings from the last check of its file. A document's findings depend on its own text, where it
 * sits (offsets, and the index that names its objects), the settings, and other documents only through links: the
 * link epoch. When all of these are the same, the findings are too; so typing in one document of a 59-document file
 * re-runs the rules on that document alone (and on the documents below it that have findings, since they moved). A
 * document whose findings point into other documents (related locations) is checked again every time, since those
 * documents may have moved.
 */
export class FindingsCache {
  private readonly byUri = new Map<string, CachedDocument[]>();

  lookup(uri: string, index: number): CachedDocument | undefined {
    return this.byUri.get(uri)?.[index];
  }

  store(uri: string, entries: CachedDocument[]): void {
    this.byUri.set(uri, entries);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}

export function checkFile(snapshot: Snapshot, uri: string, options: CheckOptions = {}): Diagnostic[] {
  const steps = checkFileInSteps(snapshot, uri, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `checkFile` one document at a time: it pauses after each document it checked (not after those whose findings it
 * reused), so that a caller working through the workspace can let other requests in. One 30,000-line file whose
 * 59 documents all need checking again takes far longer than a keystroke's budget.
 */
export function* checkFileInSteps(snapshot: Snapshot, uri: string, options: CheckOptions = {}): Generator<void, Diagnostic[], void> {
  const rules = options.rules ?? RULES;
  const file = snapshot.files.get(uri);
  if (!file) return [];
  const config = snapshot.config;
  let raw: Diagnostic[] = [];
  const byId = rulesById(rules);
  const emit = (ruleId: string, f: Finding) => {
    const meta = byId.get(ruleId);
    if (!meta) return;
    const severity = effectiveSeverity(config, meta);
    if (!severity) return;
    raw.push({ uri, start: f.start, end: Math.max(f.start, f.end), severity, rule: ruleId, message: f.message, ...(f.data ? { data: f.data } : {}), ...(f.related?.length ? { related: f.related } : {}) });
  };
  if (file.skipped) {
    emit(SKIPPED_RULE, { start: 0, end: 0, message: file.skipped });
    return finish(raw, file, []);
  }
  if (!looksKubernetes(file)) return [];
  const docs = snapshot.documents(uri);
  const { cache } = options;
  const epoch = cache ? linkEpoch(snapshot, readsOf(rules)) : '';
  const all: Diagnostic[] = [];
  const entries: CachedDocument[] = [];
  let reports: ReturnType<typeof reporters> | undefined;
  for (const info of docs) {
    const key = { text: info.doc.text, start: info.doc.span.start, index: info.index, epoch, config, rules };
    const cached = cache?.lookup(uri, info.index);
    if (cached && sameInputs(cached, key)) {
      all.push(...cached.found);
      entries.push(cached);
      continue;
    }
    raw = [];
    runRules(snapshot, file, info, rules, (reports ??= reporters(rules, emit)), options);
    all.push(...raw);
    if (raw.every((d) => (d.related ?? []).every((r) => r.uri === uri && r.start >= info.doc.span.start && r.end <= info.doc.span.end))) entries.push({ ...key, found: raw });
    else entries.push({ ...key, epoch: '', found: [] });
    yield;
  }
  cache?.store(uri, entries);
  return finish(all, file, docs);
}

/**
 * True when the cached findings hold for the document now. A document that only moved (an edit above it) keeps them
 * when there were none: findings carry offsets, line numbers in messages and offsets in fix data, so a moved
 * document with findings is checked again, while the common case, a clean document, costs nothing.
 */
function sameInputs(cached: CachedDocument, now: Omit<CachedDocument, 'found'>): boolean {
  if (cached.epoch === '' || cached.epoch !== now.epoch || cached.index !== now.index || cached.config !== now.config || cached.rules !== now.rules) return false;
  return (cached.start === now.start || cached.found.length === 0) && cached.text === now.text;
}

const RULES_BY_ID = new Map(RULES.map((r) => [r.id, r] as const));

/**
 * The metadata a finding's severity comes from: the rules the caller gave first, so that a rule outside the registry
 * reports too, then the registry, since a rule may emit under another's id (link-unverifiable findings carry the id of
 * the rule whose link could not be checked).
 */
function rulesById(rules: readonly Rule[]): ReadonlyMap<string, Rule> {
  if (rules === RULES) return RULES_BY_ID;
  return new Map([...RULES_BY_ID, ...rules.map((r) => [r.id, r] as const)]);
}

type Report = (f: Finding) => void;

/** One report function per rule, made once per file rather than once per rule and document. */
function reporters(rules: readonly Rule[], emit: (ruleId: string, f: Finding) => void): { byRule: Map<Rule, Report>; unverifiable: Report; unmatched: Report } {
  return { byRule: new Map(rules.map((rule) => [rule, (f: Finding) => emit(rule.id, f)] as const)), unverifiable: (f) => emit(UNVERIFIABLE_RULE, f), unmatched: (f) => emit(UNMATCHED_RULE, f) };
}

function runRules(snapshot: Snapshot, file: SourceFile, info: DocumentInfo, rules: readonly Rule[], reports: ReturnType<typeof reporters>, options: CheckOptions): void {
  const base: Omit<DocumentContext, 'report'> = { snapshot, config: snapshot.config, file, doc: info.doc, docIndex: info.index, reportUnverifiable: reports.unverifiable, reportUnmatched: reports.unmatched };
  for (const rule of rules) {
    const report = reports.byRule.get(rule)!;
    try {
      if (rule.scope === 'document') rule.check({ ...base, report });
      else if (rule.scope === 'resource') {
        for (const resource of info.resources) {
          if (!rule.kinds.includes('*') && !rule.kinds.includes(resource.kind)) continue;
          if (!resource.templated) rule.check({ ...base, resource, report });
          else if (rule.templates === 'literal') rule.check({ ...base, resource, report: literalOnly(info, report) });
        }
      }
    } catch (e) {
      // A rule bug must not hide the other rules' findings, nor take the server down. The edges log it.
      options.onRuleError?.(rule.id, file.uri, e);
    }
  }
}

/**
 * A report function for a Helm template that drops findings on text holding a template action: what an action renders
 * is unknown, so it is never wrong. Offsets are the file's; the actions are found in the document's text.
 */
function literalOnly(info: DocumentInfo, report: Report): Report {
  let actions: Action[] | undefined;
  const base = info.doc.span.start;
  return (f) => {
    actions ??= findActions(info.doc.text);
    if (!actions.some((a) => a.start + base < Math.max(f.end, f.start + 1) && f.start < a.end + base)) report(f);
  };
}

function finish(raw: Diagnostic[], file: SourceFile, docs: DocumentInfo[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of raw.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule))) {
    const key = `${d.rule}\0${d.start}\0${d.end}\0${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (suppressedByComment(file, d) || suppressedByAnnotation(docs, d)) continue;
    out.push(d);
  }
  return out;
}

function suppressedByComment(file: SourceFile, d: Diagnostic): boolean {
  // Line breaks are searched for in the text rather than looked up in the file's line index: building that index
  // for a large file costs more than a whole keystroke's analysis, and only the previous line is needed.
  const text = file.text;
  const lineStart = previousBreak(text, d.start) + 1;
  if (lineStart === 0) return false;
  const prevEnd = text.charCodeAt(lineStart - 1) === 10 && text.charCodeAt(lineStart - 2) === 13 ? lineStart - 2 : lineStart - 1;
  const prev = text.slice(previousBreak(text, prevEnd) + 1, prevEnd);
  if (!prev.includes(SUPPRESS_COMMENT)) return false;
  const m = SUPPRESS_PATTERN.exec(prev);
  if (!m) return false;
  const ids = m[1].split(/[\s,]+/).filter(Boolean);
  return ids.length === 0 || ids.includes(d.rule);
}

const SUPPRESS_PATTERN = new RegExp(`#\\s*${SUPPRESS_COMMENT}\\b(.*)$`);

/** The offset of the last line break (LF or lone CR) before `offset`, or -1. */
function previousBreak(text: string, offset: number): number {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) return i;
  }
  return -1;
}

function suppressedByAnnotation(docs: DocumentInfo[], d: Diagnostic): boolean {
  for (const info of docs) {
    if (d.start < info.doc.span.start || d.start > info.doc.span.end) continue;
    for (const r of info.resources) {
      if (d.start >= r.node.start && d.start <= r.node.end && ignoredRules(r).some((id) => id === d.rule || id === 'all')) return true;
    }
  }
  return false;
}

export function ignoredRules(r: Resource): string[] {
  const a = r.annotations.find((e) => e.key === IGNORE_ANNOTATION);
  return a ? a.value.split(',').map((s) => s.trim()).filter(Boolean) : [];
}
