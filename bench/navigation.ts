/**
 * Benchmark 3: hover and definition latency at 1,000 random positions on Service selectors, targetPorts and IP
 * addresses across the corpus, with the whole corpus as the workspace.
 */
import { pathToFileURL } from 'node:url';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import { Workspace } from '../server/src/core/model/workspace';
import { asMap, asScalar, get, seqItems } from '../server/src/core/syntax/nodes';
import type { CorpusFile } from './corpus';
import type { BenchClient } from './lspClient';
import { percentile } from './stats';

export interface Position {
  file: string;
  offset: number;
  what: 'selector' | 'targetPort' | 'ip';
}

const IP = /^(\d{1,3}\.){3}\d{1,3}(\/\d+)?$|^[0-9a-f:]+:[0-9a-f:]*(\/\d+)?$/i;

/** Every selector entry, targetPort and IP/CIDR value in the corpus, found with the core itself. */
export function candidatePositions(files: CorpusFile[]): Position[] {
  const ws = new Workspace(DEFAULT_CONFIG);
  for (const f of files) ws.setFile(f.path, f.text);
  const s = ws.snapshot();
  const out: Position[] = [];
  for (const r of s.resources) {
    const svc = s.service(r);
    if (svc) {
      for (const p of asMap(svc.selectorNode)?.items ?? []) {
        out.push({ file: r.uri, offset: p.key.start + 1, what: 'selector' });
        if (p.value) out.push({ file: r.uri, offset: p.value.start + 1, what: 'selector' });
      }
      for (const port of svc.ports) if (port.targetPortNode) out.push({ file: r.uri, offset: port.targetPortNode.start + 1, what: 'targetPort' });
      for (const ip of [asScalar(get(r.node, 'spec', 'clusterIP')), ...seqItems(get(r.node, 'spec', 'externalIPs')).map(asScalar)]) {
        if (ip && typeof ip.value === 'string' && IP.test(ip.value)) out.push({ file: r.uri, offset: ip.start + 1, what: 'ip' });
      }
    }
    if (r.kind === 'NetworkPolicy') {
      for (const dir of ['ingress', 'egress']) {
        for (const rule of seqItems(get(r.node, 'spec', dir))) {
          for (const peer of [...seqItems(get(rule, 'from')), ...seqItems(get(rule, 'to'))]) {
            const cidr = asScalar(get(peer, 'ipBlock', 'cidr'));
            if (cidr) out.push({ file: r.uri, offset: cidr.start + 1, what: 'ip' });
          }
        }
      }
    }
  }
  return out;
}

export function sample<T>(items: T[], n: number, seed = 42): T[] {
  let s = seed;
  const random = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: n }, () => items[Math.floor(random() * items.length)]);
}

export interface NavigationResult {
  hover: { p50: number; p99: number; answered: number };
  definition: { p50: number; p99: number; answered: number };
  count: number;
}

export async function navigation(client: BenchClient, files: CorpusFile[], positions: Position[]): Promise<NavigationResult> {
  const texts = new Map(files.map((f) => [f.path, f.text]));
  const opened = new Set<string>();
  for (const p of positions) {
    if (opened.has(p.file)) continue;
    opened.add(p.file);
    client.open(pathToFileURL(p.file).href, texts.get(p.file)!);
  }
  // Let the server take in the opened documents before timing requests.
  await new Promise((r) => setTimeout(r, 3000));
  const hover: number[] = [];
  const definition: number[] = [];
  let hoverAnswers = 0;
  let definitionAnswers = 0;
  for (const p of positions) {
    const text = texts.get(p.file)!;
    const before = text.slice(0, p.offset);
    const line = before.split('\n').length - 1;
    const character = p.offset - (before.lastIndexOf('\n') + 1);
    const params = { textDocument: { uri: pathToFileURL(p.file).href }, position: { line, character } };
    let t0 = performance.now();
    const h = await client.connection.sendRequest('textDocument/hover', params);
    hover.push(performance.now() - t0);
    if (h) hoverAnswers++;
    t0 = performance.now();
    const d = await client.connection.sendRequest('textDocument/definition', params);
    definition.push(performance.now() - t0);
    if (d && (!Array.isArray(d) || d.length > 0)) definitionAnswers++;
  }
  return {
    hover: { p50: percentile(hover, 50), p99: percentile(hover, 99), answered: hoverAnswers },
    definition: { p50: percentile(definition, 50), p99: percentile(definition, 99), answered: definitionAnswers },
    count: positions.length,
  };
}
