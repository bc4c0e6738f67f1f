/**
 * Code actions for diagnostics: each rule's own quick fixes (keyed by rule id and diagnostic data), a comment that
 * disables the rule for the line, and a command that opens the rule's documentation.
 */
import type { Diagnostic, Fix, TextEdit } from '../diagnostics';
import type { Snapshot } from '../model/snapshot';
import { ruleById } from '../rules/registry';
import { SUPPRESS_COMMENT } from '../rules/runner';
import { docsUrl } from '../rules/types';
import { eolOf, lineEndAt, lineStartAt } from '../strings';

/** The command the LSP layer executes to open a rule's documentation; its one argument is the URL. */
export const SHOW_DOCUMENTATION_COMMAND = 'kubeNetlens.showDocumentation';

export interface CodeAction {
  title: string;
  /** The diagnostic the action addresses. */
  diagnostic: Diagnostic;
  edits?: TextEdit[];
  preferred?: boolean;
  command?: { command: string; arguments: unknown[] };
}

/**
 * The actions for these diagnostics of one file. A rule whose fixes throw loses its fixes, not the other actions;
 * `onError` lets the edge log it.
 */
export function codeActions(snapshot: Snapshot, uri: string, diagnostics: Diagnostic[], onError?: (rule: string, e: unknown) => void): CodeAction[] {
  const file = snapshot.files.get(uri);
  if (!file) return [];
  const fixes: CodeAction[] = [];
  const others: CodeAction[] = [];
  const seenRules = new Set<string>();
  for (const diagnostic of diagnostics) {
    const rule = ruleById(diagnostic.rule);
    if (!rule) continue;
    let ruleFixes: Fix[] = [];
    try {
      ruleFixes = rule.fixes?.({ snapshot, file, diagnostic }) ?? [];
    } catch (e) {
      onError?.(rule.id, e);
    }
    fixes.push(...ruleFixes.map((f) => ({ title: f.title, diagnostic, edits: f.edits, ...(f.preferred ? { preferred: true } : {}) })));
    others.push({ title: `Disable ${rule.id} for this line`, diagnostic, edits: [disableEdit(file.text, uri, diagnostic)] });
    if (!seenRules.has(rule.id)) {
      seenRules.add(rule.id);
      others.push({ title: `Show documentation for ${rule.id}`, diagnostic, command: { command: SHOW_DOCUMENTATION_COMMAND, arguments: [docsUrl(rule.id)] } });
    }
  }
  return [...fixes, ...others];
}

/**
 * Inserts `# kube-netlens-disable-next-line <rule>` above the diagnostic's line, with that line's indentation; when the
 * line above already disables other rules, the rule is added to it.
 */
function disableEdit(text: string, uri: string, d: Diagnostic): TextEdit {
  const start = lineStartAt(text, d.start);
  if (start > 0) {
    const prevStart = lineStartAt(text, start - 1);
    const prevEnd = lineEndAt(text, prevStart);
    const prev = text.slice(prevStart, prevEnd);
    if (new RegExp(`#\\s*${SUPPRESS_COMMENT}\\s+\\S`).test(prev)) return { uri, start: prevEnd, end: prevEnd, newText: ` ${d.rule}` };
  }
  const indent = /^[ \t]*/.exec(text.slice(start))![0];
  return { uri, start, end: start, newText: `${indent}# ${SUPPRESS_COMMENT} ${d.rule}${eolOf(text)}` };
}
