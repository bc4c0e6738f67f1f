/**
 * Applies quick fixes in tests, so that each fix is checked by comparing the whole resulting text, the way an editor
 * would apply it.
 */
import assert from 'node:assert/strict';
import type { Diagnostic, Fix, TextEdit } from '../diagnostics';
import type { Snapshot } from '../model/snapshot';
import { ruleById } from '../rules/registry';
import { checkFile } from '../rules/runner';
import type { Config } from '../config';
import { DEFAULT_CONFIG } from '../config';
import { dedent, parseFixture, workspaceOf } from './fixture';

/** Applies non-overlapping edits to one file's text; overlapping edits are a bug in the fix and fail the test. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    assert.ok(sorted[i].start >= sorted[i - 1].end, `overlapping edits at ${sorted[i - 1].start}-${sorted[i - 1].end} and ${sorted[i].start}-${sorted[i].end}`);
  }
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** The fixes the diagnostic's rule offers for it. */
export function fixesFor(snapshot: Snapshot, diagnostic: Diagnostic): Fix[] {
  const rule = ruleById(diagnostic.rule);
  const file = snapshot.files.get(diagnostic.uri);
  if (!rule?.fixes || !file) return [];
  return rule.fixes({ snapshot, file, diagnostic });
}

/** Applies a fix to the texts of a workspace and returns every changed file's new text. */
export function applyFix(files: ReadonlyMap<string, string>, fix: Fix): Map<string, string> {
  const byUri = new Map<string, TextEdit[]>();
  for (const e of fix.edits) byUri.set(e.uri, [...(byUri.get(e.uri) ?? []), e]);
  const out = new Map<string, string>();
  for (const [uri, edits] of byUri) {
    const text = files.get(uri);
    assert.ok(text !== undefined, `fix edits unknown file ${uri}`);
    out.set(uri, applyEdits(text, edits));
  }
  return out;
}

/**
 * Checks a fixture, takes the first diagnostic of `rule`, applies its fix (the one whose title contains `title`, or
 * the first) and returns the resulting text of the file the diagnostic is in.
 */
export function applyFirstFix(fixtureText: string, rule: string, options: { title?: string; config?: Partial<Config>; index?: number } = {}): string {
  const fixture = parseFixture(dedent(fixtureText));
  const snapshot = workspaceOf(fixture, { ...DEFAULT_CONFIG, ...options.config }).snapshot();
  const diagnostics = [...fixture.files.keys()].flatMap((uri) => checkFile(snapshot, uri)).filter((d) => d.rule === rule);
  const diagnostic = diagnostics[options.index ?? 0];
  assert.ok(diagnostic, `no ${rule} diagnostic in the fixture`);
  const fixes = fixesFor(snapshot, diagnostic);
  const fix = options.title ? fixes.find((f) => f.title.includes(options.title!)) : fixes[0];
  assert.ok(fix, `no fix${options.title ? ` titled '${options.title}'` : ''} for ${rule}; offered: ${fixes.map((f) => f.title).join(' | ') || 'none'}`);
  const changed = applyFix(fixture.files, fix);
  return changed.get(diagnostic.uri) ?? fixture.files.get(diagnostic.uri)!;
}
