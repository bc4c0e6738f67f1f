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
import { RULES } from './registry';

export const SUPPRESS_COMMENT = 'kube-netlens-disable-next-line';
export const IGNORE_ANNOTATION = 'kube-netlens.io/ignore';
export const UNVERIFIABLE_RULE = 'link-unverifiable';
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
}

export function checkFile(snapshot: Snapshot, uri: string, options: CheckOptions = {}): Diagnostic[] {
  const rules = options.rules ?? RULES;
  const file = snapshot.files.get(uri);
  if (!file) return [];
  const config = snapshot.config;
  const raw: Diagnostic[] = [];
  const byId = new Map(RULES.map((r) => [r.id, r] as const));
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
  for (const info of docs) {
    const base: Omit<DocumentContext, 'report' | 'reportUnverifiable'> = { snapshot, config, file, doc: info.doc, docIndex: info.index };
    for (const rule of rules) {
      const report = (f: Finding) => emit(rule.id, f);
      const reportUnverifiable = (f: Finding) => emit(UNVERIFIABLE_RULE, f);
      try {
        if (rule.scope === 'document') rule.check({ ...base, report, reportUnverifiable });
        else if (rule.scope === 'resource') {
          for (const resource of info.resources) {
            if (rule.kinds.includes('*') || rule.kinds.includes(resource.kind)) rule.check({ ...base, resource, report, reportUnverifiable });
          }
        }
      } catch (e) {
        // A rule bug must not hide the other rules' findings, nor take the server down. The edges log it.
        options.onRuleError?.(rule.id, uri, e);
      }
    }
  }
  return finish(raw, file, docs);
}

export function checkAll(snapshot: Snapshot, options: CheckOptions = {}): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const uri of snapshot.files.keys()) out.set(uri, checkFile(snapshot, uri, options));
  return out;
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
  const idx = file.lineIndex();
  const line = idx.positionAt(d.start).line;
  if (line === 0) return false;
  const prev = file.text.slice(idx.lineStart(line - 1), idx.lineEnd(line - 1));
  const m = new RegExp(`#\\s*${SUPPRESS_COMMENT}\\b(.*)$`).exec(prev);
  if (!m) return false;
  const ids = m[1].split(/[\s,]+/).filter(Boolean);
  return ids.length === 0 || ids.includes(d.rule);
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
