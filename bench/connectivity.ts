/**
 * Connectivity: the whole connlist (every pair of peers, both directions, every policy layer) of the corpus, and of a
 * synthetic namespace of 500 workloads and 200 policies, next to the cold check of the same corpus.
 */
import { DEFAULT_CONFIG } from '../server/src/core/config';
import { Workspace } from '../server/src/core/model/workspace';
import { Connectivity } from '../server/src/core/connectivity/engine';
import type { Snapshot } from '../server/src/core/model/snapshot';
import type { CorpusFile } from './corpus';
import { fullCheck } from './coldCheck';
import { median, time } from './stats';

function snapshotOf(files: CorpusFile[]): Snapshot {
  const ws = new Workspace(DEFAULT_CONFIG);
  for (const f of files) ws.setFile(f.path, f.text);
  return ws.snapshot();
}

function connections(snapshot: Snapshot): number {
  return new Connectivity(snapshot).connections().length;
}

/** 500 Deployments in one namespace (10 tiers, 2 ports each) and 200 policies, ingress and egress, with ports. */
export function syntheticNamespace(workloads = 500, policies = 200): CorpusFile[] {
  const docs: string[] = [];
  for (let i = 0; i < workloads; i++) {
    const labels = { app: `w${i}`, tier: `t${i % 10}` };
    docs.push(JSON.stringify({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: `w${i}`, namespace: 'synthetic' }, spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'c', image: 'x', ports: [{ name: 'http', containerPort: 8000 + (i % 50) }, { containerPort: 9090 }] }] } } } }));
  }
  for (let j = 0; j < policies; j++) {
    const spec = {
      podSelector: { matchLabels: { tier: `t${j % 10}` } },
      policyTypes: j % 2 ? ['Ingress', 'Egress'] : ['Ingress'],
      ingress: [{ from: [{ podSelector: { matchLabels: { tier: `t${(j + 1) % 10}` } } }, { podSelector: { matchLabels: { app: `w${j}` } } }], ports: [{ port: 'http' }, { port: 9000 + j, endPort: 9100 + j }] }],
      egress: [{ to: [{ podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: [`t${(j + 2) % 10}`, `t${(j + 3) % 10}`] }] } }, { ipBlock: { cidr: `10.${j}.0.0/16`, except: [`10.${j}.1.0/24`] } }], ports: [{ port: 9090 }, { protocol: 'UDP', port: 53 }] }],
    };
    docs.push(JSON.stringify({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: `p${j}`, namespace: 'synthetic' }, spec }));
  }
  return [{ path: '/synthetic/all.yaml', text: docs.join('\n---\n') }];
}

export interface ConnectivityBench {
  corpusMs: number;
  corpusFromTextsMs: number;
  coldMs: number;
  corpusPairs: number;
  syntheticMs: number;
  syntheticPairs: number;
  runs: number;
}

export async function connectivityBench(files: CorpusFile[], runs = 5): Promise<ConnectivityBench> {
  const snapshot = snapshotOf(files);
  const synthetic = snapshotOf(syntheticNamespace());
  // Warm-up of each, so that all sides run optimised code.
  connections(snapshot);
  fullCheck(files);
  connections(synthetic);
  const corpus: number[] = [];
  const fromTexts: number[] = [];
  const cold: number[] = [];
  const synth: number[] = [];
  let corpusPairs = 0;
  let syntheticPairs = 0;
  for (let i = 0; i < runs; i++) {
    const a = await time(() => connections(snapshot));
    const b = await time(() => connections(snapshotOf(files)));
    const c = await time(() => fullCheck(files));
    const d = await time(() => connections(synthetic));
    corpus.push(a.ms);
    fromTexts.push(b.ms);
    cold.push(c.ms);
    synth.push(d.ms);
    corpusPairs = a.value;
    syntheticPairs = d.value;
  }
  return { corpusMs: median(corpus), corpusFromTextsMs: median(fromTexts), coldMs: median(cold), corpusPairs, syntheticMs: median(synth), syntheticPairs, runs };
}
