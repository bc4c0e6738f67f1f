/**
 * Feature tests at a `$0` cursor: builds the fixture's snapshot and hands a feature the cursor's file and offset.
 */
import assert from 'node:assert/strict';
import type { Config } from '../config';
import { DEFAULT_CONFIG } from '../config';
import type { Snapshot } from '../model/snapshot';
import { dedent, parseFixture, workspaceOf } from './fixture';
import type { Fixture } from './fixture';

export interface CursorFixture {
  fixture: Fixture;
  snapshot: Snapshot;
  uri: string;
  offset: number;
  /** The text of a range, as `file: text` with the fixture root stripped from the file name. */
  show(p: { uri: string; start: number; end: number }): string;
}

export function atCursor(yaml: string, config: Partial<Config> = {}): CursorFixture {
  const fixture = parseFixture(dedent(yaml));
  assert.ok(fixture.cursor, 'the fixture needs a $0 cursor');
  const snapshot = workspaceOf(fixture, { ...DEFAULT_CONFIG, ...config }).snapshot();
  return {
    fixture,
    snapshot,
    uri: fixture.cursor.uri,
    offset: fixture.cursor.offset,
    show: (p) => `${p.uri.replace('/ws/', '')}: ${fixture.files.get(p.uri)!.slice(p.start, p.end)}`,
  };
}
