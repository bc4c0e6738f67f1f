/**
 * Quick-fix tests: run one rule over a fixture, take the fixes it offers for one of its diagnostics, apply the
 * chosen fix's edits, and return the whole resulting text of the fixture's first file.
 */
import assert from 'node:assert/strict';
import type { Config } from '../config';
import { DEFAULT_CONFIG } from '../config';
import type { Fix, TextEdit } from '../diagnostics';
import { ruleById } from '../rules/registry';
import { checkFile } from '../rules/runner';
import { dedent, parseFixture, workspaceOf } from './fixture';

/** Applies non-overlapping edits to a text, last first so earlier offsets stay valid. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
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
