/** Connectivity fixtures: manifests as flow-style one-liners, and the connection between two peers by name. */
import type { Config } from '../config';
import { DEFAULT_CONFIG } from '../config';
import { Workspace } from '../model/workspace';
import { Connectivity } from '../connectivity/engine';
import type { Peer } from '../connectivity/peers';
import { formatConns } from '../connectivity/portSet';

/** A Deployment in a namespace with pod labels and container ports (`name:port/PROTO`, or `port`). */
export function deployment(ns: string, name: string, labels: Record<string, string>, ports: string[] = []): string {
  const cports = ports.map((p) => {
    const m = /^(?:([a-z0-9-]+):)?(\d+)(?:\/(\w+))?$/.exec(p)!;
    return { ...(m[1] ? { name: m[1] } : {}), containerPort: Number(m[2]), ...(m[3] ? { protocol: m[3] } : {}) };
  });
  const spec = { selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'c', image: 'x', ports: cports }] } } };
  return JSON.stringify({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, namespace: ns }, spec });
}

export function connectivityOf(docs: string[], config: Partial<Config> = {}): Connectivity {
  const ws = new Workspace({ ...DEFAULT_CONFIG, ...config });
  ws.setFile('/fixture/all.yaml', docs.join('\n---\n'));
  return new Connectivity(ws.snapshot());
}

function peer(model: Connectivity, name: string): Peer {
  const found = model.find(name)[0] ?? [...model.sources, ...model.destinations].find((p) => p.name.startsWith(`${name}[`) || p.name === name);
  if (!found) throw new Error(`no peer ${name}`);
  return found;
}

/** What is allowed from `src` to `dst` (names as `ns/name`, or an address interval), in connlist spelling. */
export function connsBetween(model: Connectivity, src: string, dst: string): string {
  return formatConns(model.between(peer(model, src), peer(model, dst)).conns);
}
