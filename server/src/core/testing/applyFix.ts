/**
 * Quick-fix tests: run a fixture, take the one diagnostic of a rule, apply its fix and return the whole fixed text,
 * so that a test compares complete files rather than edit offsets.
 */
import assert from 'node:assert/strict';
import type { Config } from '../config';
import { DEFAULT_CONFIG } from '../config';
import type { TextEdit } from '../diagnostics';
import { checkFile } from '../rules/runner';
import { ruleById } from '../rules/registry';
import { dedent, parseFixture, workspaceOf } from './fixture';

/** Applies edits of one file, last first, so that earlier offsets stay valid. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

/**
 * Applies the fix of the only diagnostic of `rule` in the fixture (the fix titled `title`, else the first) and returns
 * the text of the file it edits.
 */
export function applyFix(text: string, options: { rule: string; title?: string; config?: Partial<Config> }): string {
  const fixture = parseFixture(dedent(text));
  const snapshot = workspaceOf(fixture, { ...DEFAULT_CONFIG, ...options.config }).snapshot();
  const found = [...fixture.files.keys()].flatMap((uri) => checkFile(snapshot, uri).filter((d) => d.rule === options.rule));
  assert.equal(found.length, 1, `expected exactly one ${options.rule} diagnostic, got ${found.length}: ${found.map((d) => d.message).join(' | ')}`);
  const diagnostic = found[0];
  const file = snapshot.files.get(diagnostic.uri)!;
  const fixes = ruleById(options.rule)?.fixes?.({ snapshot, file, diagnostic }) ?? [];
  const fix = options.title === undefined ? fixes[0] : fixes.find((f) => f.title === options.title);
  assert.ok(fix, `no fix${options.title ? ` titled '${options.title}'` : ''} for: ${diagnostic.message}; fixes: ${fixes.map((f) => f.title).join(', ')}`);
  const uris = new Set(fix.edits.map((e) => e.uri));
  assert.equal(uris.size, 1, 'the fix edits exactly one file');
  const uri = [...uris][0];
  return applyEdits(fixture.files.get(uri)!, fix.edits);
}
