/**
 * The shape of a rule, in the style of kube-linter's checks: metadata that the registry, docs/rules.md and the
 * settings schema are generated from, a check, and optional quick fixes keyed by the diagnostic's rule id and data.
 */
import type { Config, SeverityName } from '../config';
import type { Diagnostic, Fix, RelatedLocation } from '../diagnostics';
import type { Resource } from '../model/resource';
import type { Snapshot } from '../model/snapshot';
import type { SourceFile } from '../model/sourceFile';
import type { ParsedDocument } from '../syntax/parse';
import type { Range } from '../text';

export type RuleCategory = 'syntax' | 'links' | 'api-validation' | 'advice';

export interface RuleMeta {
  id: string;
  title: string;
  /** What the rule finds and why it matters, in a sentence or two. */
  description: string;
  /** How to fix what it finds. */
  remediation: string;
  severity: SeverityName;
  category: RuleCategory;
  /** Kinds the rule applies to, `*` for all objects, or `document` for rules on the YAML text itself. */
  kinds: string[];
  /**
   * `literal`: the rule checks Helm templates too, on their literal text. It judges only what is written literally
   * (the runner drops a finding on text that holds a template action) and reports nothing an action could supply,
   * such as a missing field. Without it, a rule skips templated objects.
   */
  templates?: 'literal';
  /**
   * The kinds of other objects the rule reads, across files: their content, beyond kind, namespace and name, which
   * anything may look up. `pods` (`PODS`) stands for the pod templates of every pod source. Invalidation follows from
   * it (model/signature.ts): an edit to an object of a kind no rule reads re-checks only its own file.
   * `rules/reads.test.ts` fails when a rule reads a kind it does not declare.
   */
  reads?: readonly string[];
  /**
   * True when `fixes()` offers a fix for every finding the rule reports: docs/rules.md then says "Has a quick fix";
   * a rule whose fixes depend on the case (a typo with a likely intent, a layout it can edit) "may offer" one.
   */
  alwaysFixable?: true;
}

export interface Finding extends Range {
  message: string;
  data?: Record<string, unknown>;
  related?: RelatedLocation[];
}

export interface DocumentContext {
  snapshot: Snapshot;
  config: Config;
  file: SourceFile;
  doc: ParsedDocument;
  docIndex: number;
  report(finding: Finding): void;
  /** Reports that a link cannot be checked because a document that might complete it is unreadable or templated. */
  reportUnverifiable(finding: Finding): void;
  /** Reports a selector that matches no pod anywhere in the workspace, where no evidence says it is wrong. */
  reportUnmatched(finding: Finding): void;
}

export interface ResourceContext extends DocumentContext {
  resource: Resource;
}

export interface FixContext {
  snapshot: Snapshot;
  file: SourceFile;
  diagnostic: Diagnostic;
}

interface RuleBase extends RuleMeta {
  fixes?(ctx: FixContext): Fix[];
}

export interface DocumentRule extends RuleBase {
  scope: 'document';
  check(ctx: DocumentContext): void;
}

export interface ResourceRule extends RuleBase {
  scope: 'resource';
  check(ctx: ResourceContext): void;
}

/** A rule whose findings other rules emit (through reportUnverifiable or reportUnmatched, or the runner itself). */
export interface ReportedRule extends RuleBase {
  scope: 'reported';
}

export type Rule = DocumentRule | ResourceRule | ReportedRule;

export const DOCS_BASE = 'https://github.com/kube-netlens/kube-netlens/blob/main/docs/rules.md';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}#${ruleId}`;
}
