/**
 * `kube-netlens map`: the core's network map of the files named, as DOT, SVG (Graphviz in WebAssembly, in process),
 * Mermaid, JSON, or one HTML page that holds the editor's interactive map, its script and its data.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { MapOptions, NetworkMap, Place, Snapshot } from '../core';
import { networkMap, relocateMap } from '../core';
import { mapPage } from '../../../client/src/map/page';
import type { MapPlace } from '../../../client/src/map/protocol';
import type { Named } from './inputs';
import { readInputs } from './inputs';
import type { MapArgs } from './mapArgs';
import { toDot, toMermaid } from './mapFormats';

export async function runMap(args: MapArgs, cwd = process.cwd()): Promise<{ stdout: string; stderr: string; exitCode: 0 | 2 }> {
  const inputs = await readInputs(args, cwd);
  if ('error' in inputs) return { stdout: '', stderr: inputs.error, exitCode: 2 };
  const { files, snapshot, io } = inputs;
  const options: MapOptions = { namespaces: args.namespaces, kinds: args.kinds, ...(args.focus ? { focus: { kind: 'object', target: args.focus, hops: args.hops } } : {}) };
  const map = located(networkMap(snapshot, options), snapshot, files);
  const stdout = await render(map, args.format);
  return { stdout, stderr: io.stderr.join(''), exitCode: io.failed ? 2 : 0 };
}

/** Offsets become the lines and columns of the path as the user named it. */
function located(map: NetworkMap, snapshot: Snapshot, files: Map<string, Named>): NetworkMap<MapPlace> {
  return relocateMap(map, (p: Place): MapPlace => {
    const index = snapshot.files.get(p.uri)!.lineIndex();
    const start = index.positionAt(p.start);
    const end = index.positionAt(p.end);
    const file = files.get(p.uri)?.display ?? p.uri;
    return { uri: file, range: { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } }, where: `${file}:${start.line + 1}` };
  });
}

export async function render(map: NetworkMap<MapPlace>, format: MapArgs['format']): Promise<string> {
  switch (format) {
    case 'json':
      return JSON.stringify(map, null, 2) + '\n';
    case 'dot':
      return toDot(map);
    case 'mermaid':
      return toMermaid(map);
    case 'svg':
      return svgOf(toDot(map));
    case 'html': {
      // The webview's own script and styles, built beside this file (dist/map.js, dist/map.css).
      const [script, styles] = await Promise.all(['map.js', 'map.css'].map((f) => fsp.readFile(path.join(__dirname, f), 'utf8')));
      return mapPage({ script: { inline: script }, styles: { inline: styles }, data: map, title: 'Network map', nonce: randomBytes(16).toString('base64') });
    }
  }
}

/** Graphviz compiled to WebAssembly: no system Graphviz needed. */
export async function svgOf(dot: string): Promise<string> {
  const { instance } = await import('@viz-js/viz');
  return (await instance()).renderString(dot, { format: 'svg', engine: 'dot' });
}
