/**
 * Hovers speak in words: over stdio, every place of `examples/` where a link starts or ends is hovered, and no hover
 * shows an internal link id (`service-selector`, `probe-port`, …). Where a link starts there is always a hover.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import { LineIndex, Workspace } from '../../server/src/core';
import { linkGraph } from '../../server/src/core/model/graph/ofSnapshot';
import { LINK_PROVIDERS } from '../../server/src/core/model/graph/providers';
import { WORDED_KINDS } from '../../server/src/core/features/linkWords';
import { PUSH_CAPABILITIES, withClient } from './client';

const EXAMPLES = path.resolve(__dirname, '../../examples');

/** An id as a word of its own: `target-port`, not `targetPort` or the rule id `target-port-name-unresolved`. */
const ID = new RegExp(`(?<![\\w-])(${[...new Set([...LINK_PROVIDERS.map((p) => p.kind), ...WORDED_KINDS])].join('|')})(?![\\w-])`);

function manifests(dir: string, rel = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const child = path.join(rel, entry.name);
    if (entry.isDirectory()) Object.assign(out, manifests(dir, child));
    else if (/\.ya?ml$/.test(entry.name)) out[child] = readFileSync(path.join(dir, child), 'utf8');
  }
  return out;
}

interface Spot {
  rel: string;
  offset: number;
  /** Where a link starts, a hover must say something; where one ends, it may say nothing. */
  source: boolean;
}

/** Every start and end of a link, as the core's graph of the same files has them. */
function linkSpots(files: Record<string, string>, dir: string): Spot[] {
  const ws = new Workspace();
  const relOf = new Map<string, string>();
  for (const [rel, text] of Object.entries(files)) {
    const uri = pathToFileURL(path.join(dir, rel)).href;
    relOf.set(uri, rel);
    ws.setFile(uri, text);
  }
  const spots = new Map<string, Spot>();
  const add = (uri: string, offset: number, source: boolean) => {
    const key = `${uri}:${offset}`;
    const known = spots.get(key);
    spots.set(key, { rel: relOf.get(uri)!, offset, source: source || !!known?.source });
  };
  for (const link of linkGraph(ws.snapshot()).all) {
    add(link.from.uri, link.from.start, true);
    for (const t of link.to) add(t.uri, t.start, false);
  }
  return [...spots.values()];
}

test('no hover over a link of the examples shows an internal link id', async () => {
  const files = manifests(EXAMPLES);
  await withClient({ files, capabilities: { ...PUSH_CAPABILITIES, textDocument: { ...PUSH_CAPABILITIES.textDocument, hover: { contentFormat: ['markdown'] } } } }, async (client) => {
    await client.waitReady();
    const spots = linkSpots(files, client.dir);
    assert.ok(spots.filter((s) => s.source).length > 30, `only ${spots.length} link places in examples/`);
    for (const spot of spots) {
      const position = new LineIndex(files[spot.rel]).positionAt(spot.offset);
      const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: client.uri(spot.rel) }, position });
      const where = `${spot.rel}:${position.line + 1}:${position.character + 1}`;
      if (spot.source) assert.ok(hover, `no hover where a link starts, ${where}`);
      const text = hover ? (hover.contents as MarkupContent).value : '';
      assert.doesNotMatch(text, ID, `${where}: ${text}`);
    }
  });
});
