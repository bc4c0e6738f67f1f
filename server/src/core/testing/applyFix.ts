/**
 * Applies a rule's quick fix to a fixture, so that fix tests compare the whole resulting text:
 *
 *     assert.equal(applyFix(before, 'container-port-number'), after);
 */
import assert from 'node:assert/strict';
import type { Config } from '../config';
import { DEFAULT_CONFIG } from '../config';
import type { TextEdit } from '../diagnostics';
import { ruleById } from '../rules/registry';
import { checkFile } from '../rules/runner';
import { dedent, parseFixture, workspaceOf } from './fixture';

/** Applies non-overlapping edits to a text, from the last to the first so that offsets stay valid. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/**
 * Checks a one-file fixture, takes the `index`-th diagnostic of the rule, applies its first fix (or the one titled
 * `title`) and returns the fixed text. Fails when there is no such diagnostic or fix.
 */
export function applyFix(yaml: string, ruleId: string, options: { index?: number; title?: string; config?: Partial<Config> } = {}): string {
  const fixture = parseFixture(dedent(yaml));
  assert.equal(fixture.files.size, 1, 'applyFix takes a one-file fixture');
  const snapshot = workspaceOf(fixture, { ...DEFAULT_CONFIG, ...options.config }).snapshot();
  const [uri, text] = [...fixture.files][0];
  const diagnostics = checkFile(snapshot, uri).filter((d) => d.rule === ruleId);
  const diagnostic = diagnostics[options.index ?? 0];
  assert.ok(diagnostic, `no ${ruleId} diagnostic #${options.index ?? 0} (got ${diagnostics.length})`);
  const rule = ruleById(ruleId);
  const file = snapshot.files.get(uri);
  assert.ok(rule?.fixes && file, `rule ${ruleId} has no fixes`);
  const fixes = rule.fixes({ snapshot, file, diagnostic });
  const fix = options.title === undefined ? fixes[0] : fixes.find((f) => f.title === options.title);
  assert.ok(fix, `no fix${options.title ? ` titled '${options.title}'` : ''} for: ${diagnostic.message}`);
  return applyEdits(text, fix.edits);
}
