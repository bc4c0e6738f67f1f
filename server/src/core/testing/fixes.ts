/**
 * Quick-fix tests: run one rule over a fixture, take the fixes it offers for one of its diagnostics, apply the
 * chosen fix's edits, and return the whole resulting text of the fixture's first file.
 */
import assert from 'node:assert/strict';
import type { Config } from '../config';
import { DEFAULT_CONFIG } from '../config';
import type { Diagnostic, Fix, TextEdit } from '../diagnostics';
import { ruleById } from '../rules/registry';
import { checkFile } from '../rules/runner';
import { dedent, parseFixture, workspaceOf } from './fixture';
import type { Fixture } from './fixture';

/**
 * Applies edits to a text, last first so earlier offsets stay valid. Editors reject overlapping edits, so an overlap
 * is a bug in the fix and fails the test.
 */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  for (let i = 1; i < sorted.length; i++) {
    assert.ok(sorted[i].end <= sorted[i - 1].start, `overlapping edits at ${sorted[i].start}-${sorted[i].end} and ${sorted[i - 1].start}-${sorted[i - 1].end}`);
  }
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

export interface FixOptions {
  config?: Partial<Config>;
  /** Which of the rule's diagnostics (in order) to fix; 0 by default. */
  diagnostic?: number;
  /** Which of the offered fixes to apply; 0 by default. */
  fix?: number;
}

/** The fixes offered for the chosen diagnostic of the rule. */
export function fixesFor(yaml: string, ruleId: string, options: FixOptions = {}): { text: string; uri: string; fixes: Fix[] } {
  const fixture = parseFixture(dedent(yaml));
  const snapshot = workspaceOf(fixture, { ...DEFAULT_CONFIG, ...options.config }).snapshot();
  const [uri, text] = [...fixture.files][0];
  const diags = checkFile(snapshot, uri).filter((d) => d.rule === ruleId);
  const diagnostic = diags[options.diagnostic ?? 0];
  assert.ok(diagnostic, `rule ${ruleId} reported ${diags.length} diagnostics, wanted #${options.diagnostic ?? 0}`);
  const rule = ruleById(ruleId);
  assert.ok(rule?.fixes, `rule ${ruleId} has no fixes`);
  return { text, uri, fixes: rule.fixes({ snapshot, file: snapshot.files.get(uri)!, diagnostic }) };
}

/** The fixture's first file after applying the chosen fix. */
export function applyFix(yaml: string, ruleId: string, options: FixOptions = {}): string {
  const { text, uri, fixes } = fixesFor(yaml, ruleId, options);
  const fix = fixes[options.fix ?? 0];
  assert.ok(fix, `rule ${ruleId} offered ${fixes.length} fixes`);
  assert.ok(fix.edits.every((e) => e.uri === uri), 'the fix edits another file');
  return applyEdits(text, fix.edits);
}

/** The text a fixture becomes once dedented, for comparing with a fixed file. */
export function dedentText(yaml: string): string {
  return [...parseFixture(dedent(yaml)).files.values()][0];
}

/**
 * Checks every file of a fixture, takes the first diagnostic of `rule` (or the `index`th), applies its fix (the one
 * whose title contains `title`, or the first) and returns the resulting text of the file the diagnostic is in.
 */
export function applyFirstFix(yaml: string, ruleId: string, options: { title?: string; config?: Partial<Config>; index?: number } = {}): string {
  const { fixture, diagnostic, fixes } = firstFixes(yaml, ruleId, options);
  const fix = options.title ? fixes.find((f) => f.title.includes(options.title!)) : fixes[0];
  assert.ok(fix, `no fix${options.title ? ` titled '${options.title}'` : ''} for ${ruleId}; offered: ${fixes.map((f) => f.title).join(' | ') || 'none'}`);
  assert.ok(fix.edits.every((e) => e.uri === diagnostic.uri), 'the fix edits another file');
  return applyEdits(fixture.files.get(diagnostic.uri)!, fix.edits);
}

/** The fixes offered for the first (or `index`th) diagnostic of `rule` among every file of the fixture. */
export function firstFixes(yaml: string, ruleId: string, options: { config?: Partial<Config>; index?: number } = {}): { fixture: Fixture; diagnostic: Diagnostic; fixes: Fix[] } {
  const fixture = parseFixture(dedent(yaml));
  const snapshot = workspaceOf(fixture, { ...DEFAULT_CONFIG, ...options.config }).snapshot();
  const diagnostics = [...fixture.files.keys()].flatMap((uri) => checkFile(snapshot, uri)).filter((d) => d.rule === ruleId);
  const diagnostic = diagnostics[options.index ?? 0];
  assert.ok(diagnostic, `no ${ruleId} diagnostic in the fixture`);
  const rule = ruleById(ruleId);
  return { fixture, diagnostic, fixes: rule?.fixes?.({ snapshot, file: snapshot.files.get(diagnostic.uri)!, diagnostic }) ?? [] };
}

/** The fix titled `title` applied to every file it edits (a fix may edit the file the reference points into): file → text. */
export function applyFixAcrossFiles(yaml: string, ruleId: string, title: string): Record<string, string> {
  const { fixture, fixes } = firstFixes(yaml, ruleId);
  const fix = fixes.find((f) => f.title.includes(title));
  assert.ok(fix, `no fix titled '${title}' for ${ruleId}; offered: ${fixes.map((f) => f.title).join(' | ') || 'none'}`);
  const out: Record<string, string> = {};
  for (const uri of new Set(fix.edits.map((e) => e.uri))) out[uri.replace('/ws/', '')] = applyEdits(fixture.files.get(uri)!, fix.edits.filter((e) => e.uri === uri));
  return out;
}
