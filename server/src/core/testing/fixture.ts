/**
 * Fixture tests that read like the editor, after rust-analyzer: YAML with a `$0` cursor marker, several files
 * separated by `//- path` headers, and annotation lines under the expected ranges:
 *
 *     selector:
 *       app: ngnix
 *     # ^^^^^^^^^^ warning service-selector-no-match: matches no pod template
 *
 * An annotation line starts (after spaces) with `#` or nothing, then carets, then the severity, the rule id and,
 * after a colon, text the message must contain. The carets mark columns of the nearest non-annotation line above.
 * Annotation lines and the cursor marker are removed before the text is analysed.
 */
import assert from 'node:assert/strict';
import type { Config } from '../config';
import { DEFAULT_CONFIG } from '../config';
import type { Diagnostic } from '../diagnostics';
import { Workspace } from '../model/workspace';
import { checkFile } from '../rules/runner';
import { LineIndex } from '../text';

export interface Annotation {
  uri: string;
  start: number;
  end: number;
  severity: string;
  rule: string;
  message: string;
}

export interface Fixture {
  files: Map<string, string>;
  cursor: { uri: string; offset: number } | null;
  annotations: Annotation[];
}

const ANNOTATION = /^(\s*)(#\s*)?(\^+)\s+(error|warning|information|hint)\s+([a-z0-9-]+)(?::\s?(.*))?$/;
export const FIXTURE_ROOT = '/ws';

export function parseFixture(text: string): Fixture {
  const files = new Map<string, string>();
  const annotations: Annotation[] = [];
  let cursor: Fixture['cursor'] = null;
  const chunks: { path: string; lines: string[] }[] = [];
  for (const line of text.split('\n')) {
    const header = /^\/\/- (\S+)\s*$/.exec(line);
    if (header) chunks.push({ path: header[1], lines: [] });
    else {
      if (chunks.length === 0) chunks.push({ path: 'main.yaml', lines: [] });
      chunks[chunks.length - 1].lines.push(line);
    }
  }
  for (const chunk of chunks) {
    const uri = chunk.path.startsWith('/') ? chunk.path : `${FIXTURE_ROOT}/${chunk.path}`;
    const out: string[] = [];
    const pending: { line: number; col: number; len: number; m: RegExpExecArray }[] = [];
    for (const raw of chunk.lines) {
      const m = ANNOTATION.exec(raw);
      if (m && out.length > 0) {
        const col = raw.indexOf('^');
        pending.push({ line: out.length - 1, col, len: m[3].length, m });
        continue;
      }
      out.push(raw);
    }
    let body = out.join('\n');
    // Drop the trailing newline that template literals leave after the last line, but keep a deliberate one.
    const cursorAt = body.indexOf('$0');
    if (cursorAt >= 0) {
      body = body.slice(0, cursorAt) + body.slice(cursorAt + 2);
      cursor = { uri, offset: cursorAt };
    }
    const idx = new LineIndex(body);
    for (const p of pending) {
      let start = idx.lineStart(p.line) + p.col;
      if (cursorAt >= 0 && start > cursorAt) start -= 2;
      annotations.push({ uri, start, end: start + p.len, severity: p.m[4], rule: p.m[5], message: (p.m[6] ?? '').trim() });
    }
    files.set(uri, body);
  }
  return { files, cursor, annotations };
}

/** Dedents a template literal so fixtures can be indented with the test code. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').replace(/\n\s*$/, '\n').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

export function workspaceOf(fixture: Fixture, config: Config = DEFAULT_CONFIG): Workspace {
  const ws = new Workspace(config);
  for (const [uri, text] of fixture.files) ws.setFile(uri, text);
  return ws;
}

/**
 * Checks the fixture and asserts that the diagnostics of the given rules are exactly the annotated ones. Other
 * rules' diagnostics are ignored unless `rules` is omitted, in which case every diagnostic must be annotated.
 */
export function checkFixture(text: string, options: { rules?: string[]; config?: Partial<Config> } = {}): Diagnostic[] {
  const fixture = parseFixture(dedent(text));
  const ws = workspaceOf(fixture, { ...DEFAULT_CONFIG, ...options.config });
  const snapshot = ws.snapshot();
  const all: Diagnostic[] = [];
  for (const uri of fixture.files.keys()) {
    all.push(...checkFile(snapshot, uri, { onRuleError: (id, _uri, e) => { throw new Error(`rule ${id} threw: ${(e as Error).stack}`); } }));
  }
  const relevant = options.rules ? all.filter((d) => options.rules!.includes(d.rule)) : all;
  const show = (d: { uri: string; start: number; end: number; severity: string; rule: string; message: string }) => {
    const body = fixture.files.get(d.uri) ?? '';
    const pos = new LineIndex(body).positionAt(d.start);
    return `${d.uri.replace(`${FIXTURE_ROOT}/`, '')}:${pos.line + 1}:${pos.character + 1} [${JSON.stringify(body.slice(d.start, d.end))}] ${d.severity} ${d.rule}: ${d.message}`;
  };
  const unmatched = [...relevant];
  const missing: Annotation[] = [];
  for (const a of fixture.annotations) {
    const i = unmatched.findIndex((d) => d.uri === a.uri && d.start === a.start && d.end === a.end && d.severity === a.severity && d.rule === a.rule && d.message.includes(a.message));
    if (i >= 0) unmatched.splice(i, 1);
    else missing.push(a);
  }
  if (missing.length || unmatched.length) {
    assert.fail(
      [
        missing.length ? `expected but not reported:\n  ${missing.map(show).join('\n  ')}` : '',
        unmatched.length ? `reported but not expected:\n  ${unmatched.map(show).join('\n  ')}` : '',
      ].filter(Boolean).join('\n'),
    );
  }
  return relevant;
}
